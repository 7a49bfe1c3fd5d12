package org.curtaincall.insights.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.curtaincall.listening.control.ReportFiled;
import org.curtaincall.platform.control.CoalescedTask;
import org.curtaincall.recognition.control.KudosGiven;

/**
 * Hands each committed kudos or report to the themes worker on a managed thread, so that the giver's or reporter's
 * request never waits for an embedding. A plain CDI bean on purpose: calling an EJB while the request's transaction
 * is completing would make the container try to suspend and resume a transaction that is already over.
 */
@ApplicationScoped
public class ThemeArrivals {

    /** Half a second gathers a burst of texts into one batch for the model. */
    private static final Duration DELAY = Duration.ofMillis(500);

    @Inject
    ThemeWorker worker;

    @Resource
    ManagedScheduledExecutorService executor;

    private CoalescedTask embedding;

    @PostConstruct
    void init() {
        embedding = new CoalescedTask("embedding arrived texts", DELAY, worker::embedArrivals);
    }

    public void kudosGiven(@Observes(during = TransactionPhase.AFTER_SUCCESS) KudosGiven event) {
        arrived();
    }

    public void reportFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportFiled event) {
        arrived();
    }

    private void arrived() {
        embedding.request(executor);
    }
}
