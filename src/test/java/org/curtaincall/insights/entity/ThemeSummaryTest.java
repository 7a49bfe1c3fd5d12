package org.curtaincall.insights.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeSummaryTest {

    private static ThemeSummary theme(Figure kudos, Figure reports) {
        return new ThemeSummary("t", "Label", List.of(), Figure.count(56), kudos, reports, List.of(), List.of(),
                false, false, List.of());
    }

    @Test
    void the_source_mix_gives_both_counts_when_both_are_shown() {
        assertEquals("53 from kudos · 3 from reports", theme(Figure.count(53), Figure.count(3)).sourceMix());
    }

    @Test
    void a_hidden_split_is_said_once() {
        assertEquals("kudos and reports: the split is hidden to protect anonymity",
                theme(Figure.hidden(), Figure.hidden()).sourceMix());
        assertEquals("kudos and reports: the split is hidden to protect anonymity",
                theme(Figure.count(53), Figure.hidden()).sourceMix());
    }
}
