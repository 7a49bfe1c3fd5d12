package org.curtaincall.recognition.control;

/**
 * The figures of a team's page, over the kudos it received that still stand: every rating (public and private) with
 * their sum, the public kudos among them, and the public kudos that tell a customer story.
 */
public record TeamTotals(long rated, long ratingSum, long publicKudos, long stories) {

    /** Ratings of 1 and 2: whatever is rated but not public. */
    public long feedback() {
        return rated - publicKudos;
    }

    /** The average of every standing rating, to two decimals; null before the first. */
    public Double averageRating() {
        return MonthlyRatings.average(ratingSum, rated);
    }
}
