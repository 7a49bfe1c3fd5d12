package org.curtaincall.recognition.control;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.curtaincall.recognition.entity.AlertDelivery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the alert outbox: e-mails and webhook calls written with each kudos. Runs a fifth of a second after a
 * burst of kudos commits (started by {@link DeliveryTrigger} on a managed thread, so the giver never waits) and every
 * two seconds for retries. A failed attempt is logged at WARNING with the delivery id and reason, never with the
 * message, and retried with growing pauses until it succeeds or is marked FAILED for admins and leads to see. Overlapping runs are safe: each delivery is claimed first.
 */
@Singleton
@Lock(LockType.READ)
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    private static final int BATCH = 50;
    private static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    AlertRepository alerts;

    @Inject
    MailClient mail;

    @Inject
    WebhookClient webhooks;

    @Inject
    MailConfiguration mailConfiguration;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.alerts.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "curtaincall.alerts.retry-seconds", defaultValue = "30")
    int retrySeconds;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    public void onSchedule() {
        deliverDue();
    }

    public void deliverDue() {
        LocalDateTime now = now();
        for (AlertDelivery delivery : alerts.due(now, BATCH)) {
            if (alerts.claim(delivery, now, now.plus(LEASE))) {
                attempt(delivery);
            }
        }
    }

    private void attempt(AlertDelivery delivery) {
        try {
            switch (delivery.getChannel()) {
                case EMAIL -> {
                    SmtpSettings smtp = mailConfiguration.current();
                    if (!smtp.enabled()) {
                        throw new IllegalStateException("e-mail was switched off after this alert was written");
                    }
                    mail.send(smtp, delivery.getTarget(), delivery.getSubject(), delivery.getBody());
                }
                case WEBHOOK -> webhooks.post(delivery.getTarget(), delivery.getBody());
            }
            alerts.record(delivery.getId(), d -> d.delivered(now()));
        } catch (Exception e) {
            String reason = reason(e);
            AlertDelivery after = alerts.record(delivery.getId(),
                    d -> d.failed(reason, now(), Duration.ofSeconds(retrySeconds), maxAttempts));
            LOG.warning(() -> "Alert delivery " + delivery.getId() + " (" + delivery.getChannel() + ", team "
                    + delivery.getTeamId() + ") failed attempt " + after.getAttempts() + ": " + reason
                    + (after.isPending() ? "; will retry at " + after.getNextAttemptAt() : "; giving up, marked FAILED"));
        }
    }

    /** What a team lead reads beside a failed delivery: many network failures carry no message, only a name. */
    static String reason(Exception e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
