package org.curtaincall.recognition.boundary;

import java.time.LocalDateTime;
import java.util.List;

/** A team's webhook (url is null when none is set) and its latest deliveries, failed ones included. */
public record WebhookView(long teamId, String url, LocalDateTime updatedAt, List<DeliveryView> deliveries) {
}
