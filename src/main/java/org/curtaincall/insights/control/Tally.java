package org.curtaincall.insights.control;

/**
 * What an aggregate query found for one group: how many distinct people contributed, how many items (kudos,
 * ratings, reports) and the sum behind an average (ratings, days).
 */
public record Tally(int contributors, long count, long sum) {

    public static final Tally NONE = new Tally(0, 0, 0);
}
