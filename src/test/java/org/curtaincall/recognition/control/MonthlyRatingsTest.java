package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.curtaincall.recognition.control.MonthlyRatings.Month;
import org.curtaincall.recognition.control.MonthlyRatings.Tally;
import org.junit.jupiter.api.Test;

class MonthlyRatingsTest {

    @Test
    void grouped_ratings_become_monthly_averages_oldest_first_whatever_order_the_database_answers() {
        List<Month> months = MonthlyRatings.of(List.of(
                new Tally(2026, 4, 1, 3),
                new Tally(2025, 12, 2, 9),
                new Tally(2026, 1, 3, 7),
                new Tally(2026, 2, 2, 9)));
        assertEquals(List.of(
                new Month(LocalDate.of(2025, 12, 1), 2, 4.5),
                new Month(LocalDate.of(2026, 1, 1), 3, 2.33),
                new Month(LocalDate.of(2026, 2, 1), 2, 4.5),
                new Month(LocalDate.of(2026, 4, 1), 1, 3.0)), months);
    }

    @Test
    void no_ratings_no_months() {
        assertEquals(List.of(), MonthlyRatings.of(List.of()));
    }

    @Test
    void the_chart_starts_on_the_first_of_the_month_eleven_months_back() {
        assertEquals(LocalDateTime.of(2025, 12, 1, 0, 0), MonthlyRatings.since(LocalDate.of(2026, 11, 23)));
        assertEquals(LocalDateTime.of(2025, 2, 1, 0, 0), MonthlyRatings.since(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), MonthlyRatings.since(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void averages_have_two_decimals_and_none_without_ratings() {
        assertEquals(3.67, MonthlyRatings.average(11, 3));
        assertEquals(1.67, MonthlyRatings.average(5, 3));
        assertEquals(5.0, MonthlyRatings.average(10, 2));
        assertNull(MonthlyRatings.average(0, 0));
    }
}
