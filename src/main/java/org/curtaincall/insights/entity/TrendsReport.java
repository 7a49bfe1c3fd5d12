package org.curtaincall.insights.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Engagement trends for a period: kudos received per back-stage team by week and by month, recognition given by
 * each stage, the average hand-off rating per back-stage team by month, the teams nobody thanked lately and pairs who
 * only thank each other; {@code computedAt} is the moment its figures are as of.
 */
public record TrendsReport(LocalDate from, LocalDate to, Grid kudosPerWeek, Grid kudosPerMonth,
        Grid recognitionByStage, Grid averageRating, List<QuietTeam> quietTeams, List<ReciprocalPair> reciprocalPairs,
        Instant computedAt) implements KeptReport {

    /** A back-stage team that nobody thanked with public kudos in the last {@code days} days (30 or 90). */
    public record QuietTeam(long teamId, String team, int days) {
    }

    /** Two people, or two teams, whose public kudos in the period went only to each other: worth a look. */
    public record ReciprocalPair(String kind, String first, String second, long firstToSecond, long secondToFirst) {
    }
}
