package org.curtaincall.recognition.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamKudosViewTest {

    private static final KudosView ONE = new KudosView(1, 2, "Gia", null, "FRONT", 3, "Warehouse", List.of(), 4, false,
            "Packed the whole order overnight.", null, List.of(), 0, false, LocalDateTime.of(2026, 11, 2, 9, 0), null,
            false, false, null);

    private static TeamKudosView page(int page, int size, int shown, long total) {
        return new TeamKudosView(3, "Warehouse", null, "BACK", total, 4.0, List.of(), Collections.nCopies(shown, ONE),
                List.of(), false, List.of(), false, page, size, total, 0, 0);
    }

    @Test
    void the_first_page_has_only_older_kudos_after_it() {
        TeamKudosView first = page(0, 20, 20, 45);
        assertFalse(first.hasNewer());
        assertTrue(first.hasOlder());
        assertEquals(1, first.firstShown());
        assertEquals(20, first.lastShown());
    }

    @Test
    void a_middle_page_has_both_and_the_last_page_ends_at_the_total() {
        TeamKudosView middle = page(1, 20, 20, 45);
        assertTrue(middle.hasNewer());
        assertTrue(middle.hasOlder());
        assertEquals(21, middle.firstShown());
        TeamKudosView last = page(2, 20, 5, 45);
        assertTrue(last.hasNewer());
        assertFalse(last.hasOlder());
        assertEquals(41, last.firstShown());
        assertEquals(45, last.lastShown());
    }

    @Test
    void a_full_last_page_offers_no_empty_older_page() {
        assertFalse(page(1, 20, 20, 40).hasOlder());
    }

    @Test
    void a_team_without_kudos_shows_nothing_to_page_through() {
        TeamKudosView empty = page(0, 20, 0, 0);
        assertFalse(empty.hasNewer());
        assertFalse(empty.hasOlder());
        assertEquals(0, empty.firstShown());
        assertEquals(0, empty.lastShown());
    }
}
