package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescedTaskTest {

    /** Holds submitted runs until the test lets them go, like a busy executor. */
    static final class HeldExecutor extends AbstractExecutorService {
        final List<Runnable> queued = new ArrayList<>();
        boolean rejecting;

        @Override
        public void execute(Runnable command) {
            if (rejecting) {
                throw new RejectedExecutionException("shutting down");
            }
            queued.add(command);
        }

        void runAll() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    private final AtomicInteger runs = new AtomicInteger();
    private final CoalescedTask task = new CoalescedTask("counting", runs::incrementAndGet);
    private final HeldExecutor executor = new HeldExecutor();

    @Test
    void a_burst_of_requests_while_one_run_waits_makes_a_single_run() {
        for (int i = 0; i < 50; i++) {
            task.request(executor);
        }
        executor.runAll();

        assertEquals(1, runs.get());
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
