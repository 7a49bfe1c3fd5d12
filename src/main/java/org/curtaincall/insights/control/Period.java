package org.curtaincall.insights.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.platform.control.RuleViolationException;

/** The days a figure covers, both included, and how they split into weeks (starting Monday) or calendar months. */
public record Period(LocalDate from, LocalDate to) {

    public static final int LONGEST_DAYS = 3 * 366;

    public Period {
        if (from == null || to == null) {
            throw new RuleViolationException("from", "give both ends of the period");
        }
        if (to.isBefore(from)) {
            throw new RuleViolationException("to", "the end of the period comes before its start");
        }
        if (from.plusDays(LONGEST_DAYS).isBefore(to)) {
            throw new RuleViolationException("from", "a period covers at most three years");
        }
    }

    public static Period lastDays(LocalDate today, int days) {
        return new Period(today.minusDays(days - 1L), today);
    }

    public LocalDateTime start() {
        return from.atStartOfDay();
    }

    public LocalDateTime end() {
        return to.plusDays(1).atStartOfDay();
    }

    /** The first day of each week the period touches; the first may start before the period. */
    public List<LocalDate> weeks() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate week = Text.weekOf(from); !week.isAfter(to); week = week.plusWeeks(1)) {
            starts.add(week);
        }
        return starts;
    }

    /** The first day of each month the period touches. */
    public List<LocalDate> months() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            starts.add(month);
        }
        return starts;
    }
}
