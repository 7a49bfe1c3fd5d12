package org.curtaincall.insights.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.curtaincall.listening.control.ReportFiled;
import org.curtaincall.recognition.control.KudosGiven;

/**
 * Hands each committed kudos or report to the themes worker on a managed thread, so that the giver's or reporter's
 * request never waits for an embedding. A plain CDI bean on purpose: calling an EJB while the request's transaction
 * is completing would make the container try to suspend and resume a transaction that is already over.
 */
@ApplicationScoped
public class ThemeArrivals {

    private static final Logger LOG = Logger.getLogger(ThemeArrivals.class.getName());

    @Inject
    ThemeWorker worker;

    @Resource
    ManagedExecutorService executor;

    public void kudosGiven(@Observes(during = TransactionPhase.AFTER_SUCCESS) KudosGiven event) {
        arrived();
    }

    public void reportFiled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportFiled event) {
        arrived();
    }

    private void arrived() {
        try {
            executor.submit(worker::embedArrivals);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not start embedding now; the scheduled catch-up will do it", e);
        }
    }
}
