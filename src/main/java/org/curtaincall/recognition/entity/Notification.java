package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An in-app alert for one person: the bell counts the unread ones. */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind { KUDOS, FEEDBACK, HIDDEN }

    public static final int TEXT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String text;

    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "read_at")
    private LocalDateTime readAt;

    protected Notification() {
    }

    public Notification(long recipientId, Kind kind, String text, String link, LocalDateTime createdAt) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.text = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "\u2026" : text;
        this.link = link;
        this.createdAt = createdAt;
    }

    public void markRead(LocalDateTime now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getRecipientId() {
        return recipientId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReadAt() {
        return readAt;
    }
}
