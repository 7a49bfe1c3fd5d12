package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    private final Workload workload = new Workload();
    private final int processors = Runtime.getRuntime().availableProcessors();

    @Test
    void the_portal_is_busy_only_with_more_requests_in_flight_than_processors() {
        for (int i = 0; i < processors; i++) {
            workload.enter();
        }
        assertFalse(workload.busy(), "as many requests as processors leave room for background work");

        workload.enter();
        assertTrue(workload.busy());

        workload.leave();
        assertFalse(workload.busy());
    }

    @Test
    void background_work_waits_while_busy_but_never_longer_than_asked() {
        for (int i = 0; i <= processors; i++) {
            workload.enter();
        }
        long started = System.nanoTime();
        workload.giveWay(Duration.ofMillis(300));
        long waited = (System.nanoTime() - started) / 1_000_000;

        assertTrue(waited >= 300 && waited < 2_000, "waited " + waited + " ms");
    }

    @Test
    void background_work_goes_on_at_once_when_the_portal_is_quiet() {
        long started = System.nanoTime();
        workload.giveWay(Duration.ofSeconds(5));

        assertTrue((System.nanoTime() - started) / 1_000_000 < 1_000);
    }
}
