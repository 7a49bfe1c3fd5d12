package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import org.curtaincall.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class ThemeWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12); // a Thursday
    private static final LocalDate THIS_WEEK = LocalDate.of(2026, 3, 9);

    @Test
    void the_window_starts_on_the_monday_its_number_of_weeks_before_the_current_week() {
        ThemeWindow window = new ThemeWindow(26, 100_000);
        LocalDate start = LocalDate.of(2025, 9, 8);
        assertEquals(start, window.start(THIS_WEEK));
        assertEquals(start, window.start(TODAY));
        assertEquals(start, window.start(THIS_WEEK.plusDays(6)), "Sunday still belongs to the current week");
        assertEquals(start.plusWeeks(1), window.start(THIS_WEEK.plusWeeks(1)));
        assertEquals(LocalDate.of(2025, 12, 15), new ThemeWindow(12, 100_000).start(TODAY));
    }

    @Test
    void half_a_year_of_history_lies_inside_the_default_window_whatever_the_day() {
        // The demo's kudos go back 181 days: they must all be embedded and in the themes.
        for (int day = 0; day < 7; day++) {
            LocalDate today = THIS_WEEK.plusDays(day);
            assertFalse(ThemeWindow.DEFAULTS.start(today).isAfter(today.minusDays(182)), today.toString());
        }
    }

    @Test
    void a_window_shorter_than_the_dashboard_trend_or_without_room_for_texts_is_refused() {
        assertThrows(RuleViolationException.class, () -> new ThemeWindow(InsightsAssembler.TREND_WEEKS - 1, 1000));
        assertThrows(RuleViolationException.class, () -> new ThemeWindow(26, 0));
    }

    @Test
    void a_window_holding_no_more_than_the_cap_is_read_from_its_start() {
        ThemeWindow window = new ThemeWindow(12, 10);
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        perDay.put(window.start(TODAY).minusDays(1), 500L); // before the window: never counts
        perDay.put(window.start(TODAY), 4L);
        perDay.put(TODAY, 6L);
        assertEquals(window.start(TODAY), window.firstDay(TODAY, perDay));
        assertEquals(window.start(TODAY), window.firstDay(TODAY, new TreeMap<>()));
    }

    @Test
    void above_the_cap_a_run_reads_the_newest_whole_days_that_fit_in_it() {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        perDay.put(TODAY, 4L);
        perDay.put(TODAY.minusDays(1), 5L);
        perDay.put(TODAY.minusDays(3), 3L);
        perDay.put(TODAY.minusDays(10), 7L);
        assertEquals(TODAY, new ThemeWindow(26, 8).firstDay(TODAY, perDay), "4 fit, 4 + 5 do not");
        assertEquals(TODAY.minusDays(1), new ThemeWindow(26, 9).firstDay(TODAY, perDay), "4 + 5 fit exactly");
        assertEquals(TODAY.minusDays(1), new ThemeWindow(26, 11).firstDay(TODAY, perDay), "4 + 5 + 3 do not");
        assertEquals(TODAY.minusDays(3), new ThemeWindow(26, 18).firstDay(TODAY, perDay),
                "the days without texts in between change nothing");
    }

    @Test
    void a_newest_day_holding_more_than_the_cap_on_its_own_is_still_read() {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        perDay.put(TODAY.minusDays(2), 50L);
        perDay.put(TODAY.minusDays(5), 1L);
        assertEquals(TODAY.minusDays(2), new ThemeWindow(26, 10).firstDay(TODAY, perDay));
    }
}
