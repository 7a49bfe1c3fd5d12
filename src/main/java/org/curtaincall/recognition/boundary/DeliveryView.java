package org.curtaincall.recognition.boundary;

import java.time.LocalDateTime;
import org.curtaincall.recognition.entity.AlertDelivery;

/** One webhook delivery and how it went; never the message itself. */
public record DeliveryView(long id, long kudosId, String status, int attempts, String lastError,
        LocalDateTime createdAt, LocalDateTime nextAttemptAt, LocalDateTime deliveredAt) {

    static DeliveryView of(AlertDelivery d) {
        return new DeliveryView(d.getId(), d.getKudosId(), d.getStatus().name(), d.getAttempts(), d.getLastError(),
                d.getCreatedAt(), d.isPending() ? d.getNextAttemptAt() : null, d.getDeliveredAt());
    }
}
