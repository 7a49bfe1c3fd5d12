package org.curtaincall.recognition.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.curtaincall.platform.control.CoalescedTask;

/**
 * Starts delivering a kudos' alerts a moment after it is committed, without holding up the giver's request. A plain CDI
 * bean on purpose: an after-success observer on the EJB worker made the container resume a transaction that had just
 * completed, which failed under concurrent kudos.
 */
@ApplicationScoped
public class DeliveryTrigger {

    /** A fifth of a second gathers a burst of kudos into one delivery run. */
    private static final Duration DELAY = Duration.ofMillis(200);

    @Inject
    DeliveryWorker worker;

    @Resource
    ManagedScheduledExecutorService executor;

    private CoalescedTask delivery;

    @PostConstruct
    void init() {
        delivery = new CoalescedTask("alert delivery", DELAY, worker::deliverDue);
    }

    public void kudosGiven(@Observes(during = TransactionPhase.AFTER_SUCCESS) KudosGiven event) {
        delivery.request(executor);
    }
}
