package org.curtaincall.recognition.boundary;

import java.time.LocalDateTime;
import org.curtaincall.recognition.entity.Notification;

public record NotificationView(long id, String kind, String text, String link, LocalDateTime createdAt, boolean read) {

    static NotificationView of(Notification n, boolean read) {
        return new NotificationView(n.getId(), n.getKind().name(), n.getText(), n.getLink(), n.getCreatedAt(), read);
    }
}
