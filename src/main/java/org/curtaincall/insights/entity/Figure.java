package org.curtaincall.insights.entity;

/**
 * One figure as it may be shown: a count and, for ratings, their average; or neither and the note that it is hidden.
 * Pages, CSV exports and the API all print {@link #text()}, so a hidden figure reads the same everywhere.
 */
public record Figure(Long count, Double average, String note) {

    public static Figure count(long count) {
        return new Figure(count, null, null);
    }

    public static Figure average(long count, long sum) {
        return new Figure(count, count == 0 ? null : Math.round(10.0 * sum / count) / 10.0, null);
    }

    public static Figure hidden() {
        return new Figure(null, null, Disclosure.HIDDEN_NOTE);
    }

    public boolean shown() {
        return note == null;
    }

    /** What a cell says: the count, the average when there is one, or the hidden note. */
    public String text() {
        if (!shown()) {
            return note;
        }
        return average == null ? String.valueOf(count) : String.valueOf(average);
    }
}
