package org.curtaincall.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * How many requests this instance is serving right now, so that background work (embedding texts for the themes)
 * can give way to people. The portal counts as busy when more requests are in flight than it has processors.
 */
@ApplicationScoped
public class Workload {

    private static final long PAUSE_MILLIS = 100;
    private static final long IDLE_CHECK_MILLIS = 10;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final int processors = Runtime.getRuntime().availableProcessors();

    public void enter() {
        inFlight.incrementAndGet();
    }

    public void leave() {
        inFlight.decrementAndGet();
    }

    public boolean busy() {
        return inFlight.get() > processors;
    }

    /**
     * Waits while the portal is busy, at most {@code longest}, so that a caller doing background work in steps takes
     * at most one step per {@code longest} under sustained load and goes at full speed otherwise.
     */
    public void giveWay(Duration longest) {
        waitWhile(this::busy, longest, PAUSE_MILLIS);
    }

    /** Waits until no request is in flight, at most {@code longest}; false when some still were. */
    public boolean awaitIdle(Duration longest) {
        return waitWhile(() -> inFlight.get() > 0, longest, IDLE_CHECK_MILLIS);
    }

    /** Polls {@code condition} every {@code pauseMillis} until it is false or {@code longest} has passed. */
    private static boolean waitWhile(BooleanSupplier condition, Duration longest, long pauseMillis) {
        long until = System.nanoTime() + longest.toNanos();
        try {
            while (condition.getAsBoolean()) {
                if (System.nanoTime() >= until) {
                    return false;
                }
                Thread.sleep(pauseMillis);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !condition.getAsBoolean();
        }
    }
}
