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

    @Test
    void a_stop_waits_for_the_requests_under_way_and_no_longer_than_asked() throws Exception {
        workload.enter();
        assertFalse(workload.awaitIdle(Duration.ofMillis(200)), "a request is still under way");

        Thread leaving = new Thread(() -> {
            sleep(300);
            workload.leave();
        });
        leaving.start();
        long started = System.nanoTime();
        assertTrue(workload.awaitIdle(Duration.ofSeconds(10)));
        long waited = (System.nanoTime() - started) / 1_000_000;
        leaving.join();

        assertTrue(waited >= 250 && waited < 5_000, "waited " + waited + " ms, until the request had finished");
        assertTrue(workload.awaitIdle(Duration.ZERO), "nothing in flight: no wait");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
