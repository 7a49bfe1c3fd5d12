package org.curtaincall.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NulCharacterFilterTest {

    private static boolean nul(String body) {
        return NulCharacterFilter.containsNul(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_json_escaped_or_raw_nul_is_found() {
        assertTrue(nul("{\"message\":\"till\\u0000froze\"}"));
        assertTrue(nul("{\"message\":\"till\\\\\\u0000froze\"}"), "an escaped backslash, then the NUL escape");
        assertTrue(nul("{\"message\":\"raw\0\"}"));
    }

    @Test
    void text_that_only_shows_the_escape_is_not_refused() {
        assertFalse(nul("{\"message\":\"type \\\\u0000 to see it\"}"), "a literal backslash before u0000");
        assertFalse(nul("{\"message\":\"\\u00e9t\\u00e9 and \\u0001\"}"));
        assertFalse(nul("{\"message\":\"ends with \\u000\"}"));
    }
}
