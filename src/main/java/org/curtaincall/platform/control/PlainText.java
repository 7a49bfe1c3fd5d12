package org.curtaincall.platform.control;

/**
 * What people may type into a text field: any printable text, line breaks and tabs, but no other control characters
 * and no half of a surrogate pair. PostgreSQL refuses a NUL character outright, and the others only ever arrive from
 * broken or hostile clients; refusing them here keeps stored text valid on every database.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Answers the text unchanged, or refuses it naming the field. Null passes: emptiness is the caller's rule. */
    public static String check(String field, String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new RuleViolationException(field, "contains a control character (code " + (int) c
                        + "); send plain text");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RuleViolationException(field, "contains an incomplete character; send valid UTF-8 text");
            }
        }
        return text;
    }
}
