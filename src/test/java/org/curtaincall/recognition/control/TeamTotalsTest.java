package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TeamTotalsTest {

    @Test
    void the_average_counts_private_feedback_too_and_feedback_is_what_is_not_public() {
        // Ratings 5, 4 and 2: two public kudos, one private feedback.
        TeamTotals totals = new TeamTotals(3, 11, 2, 1);
        assertEquals(3.67, totals.averageRating());
        assertEquals(1, totals.feedback());
    }

    @Test
    void a_team_without_kudos_has_no_average() {
        TeamTotals none = new TeamTotals(0, 0, 0, 0);
        assertNull(none.averageRating());
        assertEquals(0, none.feedback());
    }
}
