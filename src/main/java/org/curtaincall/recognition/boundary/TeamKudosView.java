package org.curtaincall.recognition.boundary;

import java.util.List;

/**
 * A team's recognition page: the public kudos it received, its average hand-off rating by month, the customer stories
 * it enabled and, for its leads and HR only, the private low-rating feedback ({@code feedback} is empty for others).
 */
public record TeamKudosView(long teamId, String teamName, String description, String stage, long kudosCount,
        Double averageRating, List<MonthlyRating> ratingsByMonth, List<KudosView> kudos, List<KudosView> stories,
        boolean seesFeedback, List<KudosView> feedback, boolean managesWebhook) {
}
