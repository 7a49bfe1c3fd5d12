package org.curtaincall.recognition.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Average hand-off ratings per calendar month, oldest month first. */
public final class MonthlyRatings {

    public record Rated(LocalDateTime at, int rating) {
    }

    public record Month(LocalDate month, long count, double average) {
    }

    private MonthlyRatings() {
    }

    public static List<Month> of(Collection<Rated> ratings) {
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (Rated r : ratings) {
            long[] sumAndCount = buckets.computeIfAbsent(r.at().toLocalDate().withDayOfMonth(1), m -> new long[2]);
            sumAndCount[0] += r.rating();
            sumAndCount[1]++;
        }
        return buckets.entrySet().stream()
                .map(e -> new Month(e.getKey(), e.getValue()[1], round((double) e.getValue()[0] / e.getValue()[1])))
                .toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
