package org.curtaincall.listening.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A receipt code such as {@code K7QM-2XRD-9FTB-W4HN-C3PA}: a public locator (the first six characters) that finds the
 * report, and a secret (the other fourteen, 70 bits) that only its salted hash can check. Characters come from
 * Crockford's base32, which leaves out I, L, O and U so that nothing is misread; when typing, case, spaces and dashes
 * do not matter and O, I and L are read as 0, 1 and 1.
 */
public record Receipt(String locator, String secret) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LOCATOR_LENGTH = 6;
    public static final int SECRET_LENGTH = 14;
    public static final int LENGTH = LOCATOR_LENGTH + SECRET_LENGTH;
    /** Each character carries five bits. */
    public static final int SECRET_BITS = SECRET_LENGTH * 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    public static Receipt generate() {
        String code = randomCharacters(LENGTH);
        return new Receipt(code.substring(0, LOCATOR_LENGTH), code.substring(LOCATOR_LENGTH));
    }

    /** Reads a receipt as a person types it, or empty when it cannot be one. */
    public static Optional<Receipt> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            code.append(read);
        }
        if (code.length() != LENGTH) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(code.substring(0, LOCATOR_LENGTH), code.substring(LOCATOR_LENGTH)));
    }

    /** The code in groups of four, for reading aloud and writing down. */
    public String text() {
        String code = locator + secret;
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            if (i > 0) {
                grouped.append('-');
            }
            grouped.append(code, i, Math.min(i + 4, code.length()));
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        // Never print the secret by accident (a log line, an exception message).
        return "Receipt[" + locator + "-…]";
    }

    static String randomCharacters(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
