package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeLabellerTest {

    private final ThemeLabeller labeller = new ThemeLabeller();

    @Test
    void words_are_split_and_lower_cased_by_the_standard_tokenizer() {
        assertEquals(List.of("it", "fixed", "the", "tills", "before", "the", "rush"),
                ThemeLabeller.tokens("IT fixed the tills, before the rush!"));
    }

    @Test
    void candidate_phrases_neither_start_nor_end_with_a_stop_word_but_may_hold_one() {
        List<String> candidates = ThemeLabeller.candidates(ThemeLabeller.tokens("fixed the tills before the rush"));
        assertTrue(candidates.contains("fixed the tills"));
        assertTrue(candidates.contains("tills before the rush"));
        assertFalse(candidates.contains("the tills"));
        assertFalse(candidates.contains("tills before the"));
        assertFalse(candidates.stream().anyMatch(phrase -> phrase.split(" ").length > ThemeLabeller.MAX_PHRASE_WORDS));
    }

    @Test
    void the_label_is_the_phrase_that_sets_a_theme_apart_not_the_words_all_themes_share() {
        List<List<String>> labels = labeller.label(List.of(
                List.of("Thanks to the team: payroll errors every month are gone",
                        "Payroll errors every month, again",
                        "Thanks to the team for fixing payroll errors every month"),
                List.of("Thanks to the team, the tills froze before the rush",
                        "Thanks to the team, the tills were down before the rush",
                        "The tills crashed before the rush")));
        assertEquals("payroll errors every month", labels.get(0).get(0));
        assertTrue(labels.get(1).get(0).contains("tills") || labels.get(1).get(0).contains("rush"),
                labels.get(1).toString());
        assertTrue(labels.stream().flatMap(List::stream).noneMatch(phrase -> phrase.equals("team")));
    }
}
