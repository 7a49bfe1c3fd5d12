package org.curtaincall.recognition.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts delivering a kudos' alerts as soon as it is committed, without holding up the giver's request. A plain CDI
 * bean on purpose: an after-success observer on the EJB worker made the container resume a transaction that had just
 * completed, which failed under concurrent kudos.
 */
@ApplicationScoped
public class DeliveryTrigger {

    private static final Logger LOG = Logger.getLogger(DeliveryTrigger.class.getName());

    @Inject
    DeliveryWorker worker;

    @Resource
    ManagedExecutorService executor;

    public void kudosGiven(@Observes(during = TransactionPhase.AFTER_SUCCESS) KudosGiven event) {
        try {
            executor.submit(worker::deliverDue);
        } catch (RuntimeException e) {
            // The scheduled run picks the deliveries up; the giver must not see this.
            LOG.log(Level.WARNING, "Could not start alert delivery now; it will run on schedule", e);
        }
    }
}
