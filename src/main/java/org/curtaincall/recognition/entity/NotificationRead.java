package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One person has read one notification: a team's notification is read by each of its people on their own. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    public record Key(Long personId, Long notificationId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Id
    @Column(name = "notification_id")
    private Long notificationId;

    @Column(name = "read_at", nullable = false)
    private LocalDateTime readAt;

    protected NotificationRead() {
    }

    public NotificationRead(long personId, long notificationId, LocalDateTime readAt) {
        this.personId = personId;
        this.notificationId = notificationId;
        this.readAt = readAt;
    }
}
