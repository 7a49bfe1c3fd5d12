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

/**
 * An in-app alert, for one person or for a team: one row that the team's members and leads read (or its leads alone),
 * so that thanking a team of 25 writes one notification, not 25. Who has read it is kept in {@link NotificationRead}.
 */
@Entity
@Table(name = "notification")
public class Notification {

    public enum Kind { KUDOS, FEEDBACK, HIDDEN }

    /** Who of a team reads a team's notification. */
    public enum Audience { MEMBERS_AND_LEADS, LEADS }

    public static final int TEXT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "team_id")
    private Long teamId;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    /** Who caused it: a team's notification is not shown to the person who thanked the team. */
    @Column(name = "actor_id")
    private Long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String text;

    private String link;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Notification() {
    }

    private Notification(Kind kind, String text, String link, LocalDateTime createdAt) {
        this.kind = kind;
        this.text = text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "\u2026" : text;
        this.link = link;
        this.createdAt = createdAt;
    }

    public static Notification forPerson(long recipientId, Kind kind, String text, String link,
            LocalDateTime createdAt) {
        Notification n = new Notification(kind, text, link, createdAt);
        n.recipientId = recipientId;
        return n;
    }

    /** For the team's members and leads, or its leads alone; never for the actor. */
    public static Notification forTeam(long teamId, Audience audience, long actorId, Kind kind, String text,
            String link, LocalDateTime createdAt) {
        Notification n = new Notification(kind, text, link, createdAt);
        n.teamId = teamId;
        n.audience = audience;
        n.actorId = actorId;
        return n;
    }

    public Long getId() {
        return id;
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
}
