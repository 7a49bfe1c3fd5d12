package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One person has read one notification: a team's notification is read by each of its people on their own. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead {

    /** The composite key, as JPA asks for it: fields named as the entity's, a constructor without arguments. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long personId;
        private long notificationId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId == personId && k.notificationId == notificationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, notificationId);
        }
    }

    @Id
    @Column(name = "person_id")
    private long personId;

    @Id
    @Column(name = "notification_id")
    private long notificationId;

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
