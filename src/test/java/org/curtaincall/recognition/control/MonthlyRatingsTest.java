package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.curtaincall.recognition.control.MonthlyRatings.Month;
import org.curtaincall.recognition.control.MonthlyRatings.Rated;
import org.junit.jupiter.api.Test;

class MonthlyRatingsTest {

    @Test
    void ratings_are_averaged_per_calendar_month_oldest_first() {
        List<Month> months = MonthlyRatings.of(List.of(
                new Rated(LocalDateTime.of(2026, 2, 28, 23, 59), 5),
                new Rated(LocalDateTime.of(2026, 1, 1, 0, 0), 4),
                new Rated(LocalDateTime.of(2026, 1, 31, 23, 59, 59), 1),
                new Rated(LocalDateTime.of(2026, 2, 1, 0, 0), 4),
                new Rated(LocalDateTime.of(2026, 1, 15, 12, 0), 2),
                new Rated(LocalDateTime.of(2026, 4, 3, 8, 0), 3)));
        assertEquals(List.of(
                new Month(LocalDate.of(2026, 1, 1), 3, 2.33),
                new Month(LocalDate.of(2026, 2, 1), 2, 4.5),
                new Month(LocalDate.of(2026, 4, 1), 1, 3.0)), months);
    }

    @Test
    void no_ratings_no_months() {
        assertEquals(List.of(), MonthlyRatings.of(List.of()));
    }
}
