package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void ordinary_text_with_line_breaks_tabs_accents_and_emoji_passes_unchanged() {
        String text = "Merci, Zoë!\n\tThe till works again \uD83C\uDF89 <b>not bold</b> ' OR 1=1 --";
        assertEquals(text, PlainText.check("message", text));
        assertNull(PlainText.check("message", null));
    }

    @Test
    void a_nul_or_other_control_character_is_refused_naming_the_field() {
        assertEquals("message", assertThrows(RuleViolationException.class,
                () -> PlainText.check("message", "till\u0000froze")).field());
        assertEquals("title", assertThrows(RuleViolationException.class,
                () -> PlainText.check("title", "bell\u0007")).field());
        assertThrows(RuleViolationException.class, () -> PlainText.check("title", "escape\u001b[31m"));
    }

    @Test
    void half_a_surrogate_pair_is_refused() {
        assertThrows(RuleViolationException.class, () -> PlainText.check("message", "lone \uD83C here"));
        assertThrows(RuleViolationException.class, () -> PlainText.check("message", "\uDF89 first"));
        assertThrows(RuleViolationException.class, () -> PlainText.check("message", "ends with \uD83C"));
    }
}
