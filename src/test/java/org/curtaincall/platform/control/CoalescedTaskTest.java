package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedTaskTest {

    /** Holds scheduled runs until the test lets them go, like a busy executor, and notes each delay asked for. */
    static final class HeldExecutor extends ScheduledThreadPoolExecutor {
        final List<Runnable> queued = new ArrayList<>();
        final List<Long> delaysMillis = new ArrayList<>();
        boolean rejecting;

        HeldExecutor() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            if (rejecting) {
                throw new RejectedExecutionException("shutting down");
            }
            queued.add(command);
            delaysMillis.add(unit.toMillis(delay));
            return null;
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }
    }

    private final AtomicInteger runs = new AtomicInteger();
    private final CoalescedTask task = new CoalescedTask("counting", Duration.ofMillis(250), runs::incrementAndGet);
    private final HeldExecutor executor = new HeldExecutor();

    @Test
    void a_burst_of_requests_while_one_run_waits_makes_a_single_run_after_the_delay() {
        for (int i = 0; i < 50; i++) {
            task.request(executor);
        }
        executor.runAll();

        assertEquals(1, runs.get());
        assertEquals(List.of(250L), executor.delaysMillis);
    }

    @Test
    void a_request_after_the_waiting_run_started_gets_a_run_of_its_own() {
        task.request(executor);
        executor.runAll();
        task.request(executor);
        task.request(executor);
        executor.runAll();

        assertEquals(2, runs.get());
    }

    @Test
    void a_refused_submission_does_not_block_later_requests() {
        executor.rejecting = true;
        task.request(executor);
        executor.rejecting = false;
        task.request(executor);
        executor.runAll();

        assertEquals(1, runs.get());
    }
}
