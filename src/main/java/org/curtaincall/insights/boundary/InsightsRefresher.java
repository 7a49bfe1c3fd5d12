package org.curtaincall.insights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the dashboard's figures computed ahead, so that HR never waits for a read of a whole period: shortly after
 * start-up, and from then on before they expire, it computes the all-teams reports of the dashboard's fixed periods
 * (trends, heatmap and listening health of the last 30, 90, 182 and 365 days) and the themes. Each check looks at
 * every report and computes only those that expire within a quarter of their lifetime; a check that finds the
 * previous one still running leaves it alone. Nothing is kept ahead when reports are not kept at all
 * ({@code curtaincall.insights.cache-seconds} 0).
 */
@Singleton
@Startup
@Lock(LockType.READ)
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InsightsRefresher {

    private static final Logger LOG = Logger.getLogger(InsightsRefresher.class.getName());
    /** Long enough for start-up to settle, short enough that the first dashboard after a restart is ready. */
    private static final long FIRST_CHECK_MS = 15_000;

    @Inject
    InsightsService insights;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private Duration lead;

    @PostConstruct
    void start() {
        int cacheSeconds = insights.cacheSeconds();
        if (cacheSeconds == 0) {
            return;
        }
        lead = Duration.ofSeconds(cacheSeconds).dividedBy(4);
        // Checks twice per lead, so that a report due is found with at least half the lead left to compute it.
        long every = Math.max(1_000, lead.toMillis() / 2);
        timers.createIntervalTimer(FIRST_CHECK_MS, every, new TimerConfig("insights-refresh", false));
    }

    @Timeout
    public void check() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            // Off the timer thread: at a million kudos a round takes seconds.
            executor.submit(this::refresh);
        } catch (RuntimeException e) {
            running.set(false);
            LOG.log(Level.WARNING, "Could not start refreshing the insights; the next check tries again", e);
        }
    }

    private void refresh() {
        try {
            insights.refreshThemes(lead);
            for (int days : InsightsService.DASHBOARD_DAYS) {
                insights.refreshEngagement(days, lead);
                insights.refreshListening(days, lead);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not refresh the insights; pages compute what they need meanwhile", e);
        } finally {
            running.set(false);
        }
    }
}
