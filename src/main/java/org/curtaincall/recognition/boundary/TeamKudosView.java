package org.curtaincall.recognition.boundary;

import java.util.List;

/**
 * A team's recognition page: the public kudos it received, its average hand-off rating by month, the customer stories
 * it enabled and, for its leads and HR only, the private low-rating feedback ({@code feedback} is empty for others).
 * {@code kudos} is one page of the public kudos, newest first: {@code page} (from 0) of {@code size}, out of
 * {@code total}, which like {@code kudosCount} counts them all. {@code stories} and {@code feedback} hold the newest
 * few, out of {@code storyCount} and {@code feedbackCount}. {@code ratingsByMonth} covers the last twelve months;
 * {@code averageRating} every standing rating.
 */
public record TeamKudosView(long teamId, String teamName, String description, String stage, long kudosCount,
        Double averageRating, List<MonthlyRating> ratingsByMonth, List<KudosView> kudos, List<KudosView> stories,
        boolean seesFeedback, List<KudosView> feedback, boolean managesWebhook, int page, int size, long total,
        long storyCount, long feedbackCount) {

    public boolean hasNewer() {
        return page > 0;
    }

    public boolean hasOlder() {
        return (long) (page + 1) * size < total;
    }

    /** The number of the first kudos on this page, counting from 1; 0 on an empty page. */
    public long firstShown() {
        return kudos.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastShown() {
        return kudos.isEmpty() ? 0 : (long) page * size + kudos.size();
    }
}
