package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.curtaincall.recognition.entity.AlertDelivery;
import org.curtaincall.recognition.entity.MailSettings;
import org.curtaincall.recognition.entity.TeamWebhook;

/** Team webhooks, SMTP settings and the outbox of alert deliveries. */
@ApplicationScoped
public class AlertRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<TeamWebhook> webhookOf(long teamId) {
        return Optional.ofNullable(em.find(TeamWebhook.class, teamId));
    }

    public void addWebhook(TeamWebhook webhook) {
        em.persist(webhook);
    }

    public void removeWebhook(TeamWebhook webhook) {
        em.remove(webhook);
    }

    public Optional<MailSettings> mailSettings() {
        return Optional.ofNullable(em.find(MailSettings.class, MailSettings.ONLY_ROW));
    }

    public void addMailSettings(MailSettings settings) {
        em.persist(settings);
    }

    public void addDelivery(AlertDelivery delivery) {
        em.persist(delivery);
    }

    public List<AlertDelivery> deliveriesOf(long teamId, AlertDelivery.Channel channel, int max) {
        return em.createQuery("select d from AlertDelivery d where d.teamId = :t and d.channel = :c "
                        + "order by d.createdAt desc, d.id desc", AlertDelivery.class)
                .setParameter("t", teamId).setParameter("c", channel).setMaxResults(max).getResultList();
    }

    // The worker below runs outside any request: each step commits on its own, so one slow or failing
    // receiver never holds a transaction open or rolls back what other deliveries recorded.

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AlertDelivery> due(LocalDateTime now, int max) {
        return em.createQuery("select d from AlertDelivery d where d.status = :pending and d.nextAttemptAt <= :now "
                        + "order by d.nextAttemptAt, d.id", AlertDelivery.class)
                .setParameter("pending", AlertDelivery.Status.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /**
     * Takes a due delivery for this worker by moving its next attempt to the end of a lease. Whoever else read it as
     * due (another instance, an earlier tick) then finds nothing to update. If this worker dies, the lease runs out
     * and the delivery is tried again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(AlertDelivery seen, LocalDateTime now, LocalDateTime leaseUntil) {
        return em.createQuery("update AlertDelivery d set d.nextAttemptAt = :lease where d.id = :id "
                        + "and d.status = :pending and d.attempts = :attempts and d.nextAttemptAt <= :now")
                .setParameter("lease", leaseUntil).setParameter("id", seen.getId())
                .setParameter("pending", AlertDelivery.Status.PENDING).setParameter("attempts", seen.getAttempts())
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AlertDelivery record(long deliveryId, java.util.function.Consumer<AlertDelivery> outcome) {
        AlertDelivery delivery = em.find(AlertDelivery.class, deliveryId);
        outcome.accept(delivery);
        return delivery;
    }
}
