package org.curtaincall.recognition.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Average hand-off ratings per calendar month, oldest month first, from the counts and sums the database groups. Only
 * the latest {@link #MONTHS} months are charted, so that the chart stays readable and its query reads one year of a
 * team's kudos at most.
 */
public final class MonthlyRatings {

    /** The current month and the eleven before it. */
    public static final int MONTHS = 12;

    /** The ratings of one calendar month (month 1-12): how many and their sum. */
    public record Tally(int year, int month, long count, long sum) {
    }

    public record Month(LocalDate month, long count, double average) {
    }

    private MonthlyRatings() {
    }

    /** The start of the first month charted, on the day {@code today}. */
    public static LocalDateTime since(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(MONTHS - 1).atStartOfDay();
    }

    public static List<Month> of(Collection<Tally> tallies) {
        return tallies.stream()
                .map(t -> new Month(LocalDate.of(t.year(), t.month(), 1), t.count(), average(t.sum(), t.count())))
                .sorted(Comparator.comparing(Month::month))
                .toList();
    }

    /** The average of {@code count} ratings adding up to {@code sum}, to two decimals; null without ratings. */
    public static Double average(long sum, long count) {
        return count == 0 ? null : Math.round((double) sum / count * 100) / 100.0;
    }
}
