package org.curtaincall.platform.control;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work that a burst of events asks for many times but that needs to run only once per burst: a catch-up
 * that handles whatever is waiting when it runs. At most one run waits in the executor; a request while one waits is
 * already covered by it. Without this, each kudos of a busy minute queued its own run, and every run searched the
 * database again for the same work.
 */
public final class CoalescedTask {

    private static final Logger LOG = Logger.getLogger(CoalescedTask.class.getName());

    private final String name;
    private final Runnable work;
    private final AtomicBoolean waiting = new AtomicBoolean();

    public CoalescedTask(String name, Runnable work) {
        this.name = name;
        this.work = work;
    }

    /** Asks for a run on the executor soon; does nothing when a run is already waiting to start. */
    public void request(ExecutorService executor) {
        if (!waiting.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.submit(() -> {
                waiting.set(false);
                work.run();
            });
        } catch (RuntimeException e) {
            waiting.set(false);
            // Callers are after-commit observers: the request that caused this must not fail; schedules catch up.
            LOG.log(Level.WARNING, "Could not start " + name + " now; its scheduled run will do it", e);
        }
    }
}
