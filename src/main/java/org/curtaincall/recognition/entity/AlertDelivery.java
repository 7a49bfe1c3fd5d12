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
import java.time.Duration;
import java.time.LocalDateTime;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;

/**
 * One e-mail or webhook call to make about a kudos, with its attempts. Written with the kudos and delivered after,
 * retried with growing pauses, and kept as FAILED when every attempt failed: never dropped silently.
 */
@Entity
@Table(name = "alert_delivery")
@Customizer(AlertDelivery.InsertedAfterItsKudos.class)
public class AlertDelivery {

    /**
     * Its kudos is a plain id, not a mapped relation, so EclipseLink would not know to insert the kudos first when
     * both are written in one commit; the foreign key refuses the other order.
     */
    public static class InsertedAfterItsKudos implements DescriptorCustomizer {

        @Override
        public void customize(ClassDescriptor descriptor) {
            descriptor.addConstraintDependency(Kudos.class);
        }
    }

    public enum Channel { EMAIL, WEBHOOK }

    public enum Status { PENDING, DELIVERED, FAILED }

    private static final int ERROR_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_delivery_seq")
    @SequenceGenerator(name = "alert_delivery_seq", sequenceName = "alert_delivery_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "kudos_id", nullable = false)
    private long kudosId;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;

    protected AlertDelivery() {
    }

    public AlertDelivery(Channel channel, long teamId, long kudosId, String target, String subject, String body,
            LocalDateTime now) {
        this.channel = channel;
        this.teamId = teamId;
        this.kudosId = kudosId;
        this.target = target;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body.length() > 4000 ? body.substring(0, 4000) : body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void delivered(LocalDateTime now) {
        attempts++;
        status = Status.DELIVERED;
        deliveredAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt. Waits {@code firstPause}, then twice as long after each further failure, and gives up
     * (FAILED, kept for people to see) after {@code maxAttempts}.
     */
    public void failed(String error, LocalDateTime now, Duration firstPause, int maxAttempts) {
        attempts++;
        String text = error == null ? "unknown error" : error;
        lastError = text.length() > ERROR_MAX ? text.substring(0, ERROR_MAX) : text;
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(firstPause.multipliedBy(1L << Math.min(attempts - 1, 20)));
        }
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public Channel getChannel() {
        return channel;
    }

    public long getTeamId() {
        return teamId;
    }

    public long getKudosId() {
        return kudosId;
    }

    public String getTarget() {
        return target;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }
}
