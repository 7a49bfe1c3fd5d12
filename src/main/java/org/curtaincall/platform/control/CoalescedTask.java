package org.curtaincall.platform.control;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work that a burst of events asks for many times but that needs to run only once per burst: a catch-up
 * that handles whatever is waiting when it runs. A request schedules a run a short delay ahead; requests while that
 * run waits are covered by it. Without this, each kudos of a busy minute queued its own run, and every run searched
 * the database again for the same work. The delay gathers a burst into one run (one batch of texts to embed, one
 * search for due alerts) and keeps the cost of handing work to the executor off most requests.
 */
public final class CoalescedTask {

    private static final Logger LOG = Logger.getLogger(CoalescedTask.class.getName());

    private final String name;
    private final Duration delay;
    private final Runnable work;
    private final AtomicBoolean waiting = new AtomicBoolean();

    public CoalescedTask(String name, Duration delay, Runnable work) {
        this.name = name;
        this.delay = delay;
        this.work = work;
    }

    /** Asks for a run on the executor after the delay; does nothing when a run is already waiting to start. */
    public void request(ScheduledExecutorService executor) {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.schedule(() -> {
                waiting.set(false);
                work.run();
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            waiting.set(false);
            // Callers are after-commit observers: the request that caused this must not fail; schedules catch up.
            LOG.log(Level.WARNING, "Could not start " + name + " now; its scheduled run will do it", e);
        }
    }
}
