package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.curtaincall.platform.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How long reports are kept, that each is computed once at a time, and how many are kept, on a clock we move. */
class ReportCacheTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:42:00Z"));
    private final AtomicInteger computations = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** A report that says which computation made it and when that started. */
    private Function<Instant, String> report(String name) {
        return at -> name + " #" + computations.incrementAndGet() + " as of " + at;
    }

    @Test
    void a_report_is_served_from_memory_until_its_maximum_age_and_then_computed_again() {
        ReportCache<String, String> cache = new ReportCache<>(clock, FIVE_MINUTES, 10);

        String first = cache.get("90 days", report("trends"));
        clock.advance(Duration.ofSeconds(299));
        assertSame(first, cache.get("90 days", report("trends")));
        clock.advance(Duration.ofSeconds(1));
        String second = cache.get("90 days", report("trends"));

        assertEquals("trends #1 as of 2026-11-23T10:42:00Z", first);
        assertEquals("trends #2 as of 2026-11-23T10:47:00Z", second, "five minutes later the figures are new");
    }

    @Test
    void a_maximum_age_of_zero_computes_every_report_afresh() {
        ReportCache<String, String> cache = new ReportCache<>(clock, Duration.ZERO, 10);

        cache.get("90 days", report("trends"));
        cache.refresh("90 days", report("trends"));
        cache.get("90 days", report("trends"));

        assertEquals(2, computations.get(), "each read computes, and nothing is computed ahead");
        assertEquals(0, cache.size());
        assertFalse(cache.keeps());
    }

    @Test
    void readers_arriving_while_a_report_is_computed_wait_for_that_computation() throws Exception {
        ReportCache<String, String> cache = new ReportCache<>(clock, FIVE_MINUTES, 10);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Instant, String> slow = at -> {
            started.countDown();
            await(release);
            return report("trends").apply(at);
        };
        Future<String> first = threads.submit(() -> cache.get("90 days", slow));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        AtomicReference<Thread> waiting = new AtomicReference<>();
        Future<String> second = threads.submit(() -> {
            waiting.set(Thread.currentThread());
            return cache.get("90 days", slow);
        });
        AtomicReference<Thread> refreshing = new AtomicReference<>();
        Future<?> refresh = threads.submit(() -> {
            refreshing.set(Thread.currentThread());
            cache.refresh("90 days", slow);
        });
        awaitBlocked(waiting);
        awaitBlocked(refreshing);

        release.countDown();

        assertEquals("trends #1 as of 2026-11-23T10:42:00Z", first.get(10, TimeUnit.SECONDS));
        assertSame(first.get(), second.get(10, TimeUnit.SECONDS));
        refresh.get(10, TimeUnit.SECONDS);
        assertEquals(1, computations.get(), "computed once for all three");
    }

    @Test
    void a_failed_computation_fails_its_waiting_readers_too_and_is_not_kept() throws Exception {
        ReportCache<String, String> cache = new ReportCache<>(clock, FIVE_MINUTES, 10);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<Instant, String> failing = at -> {
            computations.incrementAndGet();
            started.countDown();
            await(release);
            throw new IllegalStateException("database away");
        };
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> cache.get("90 days", failing), threads);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        AtomicReference<Thread> waiting = new AtomicReference<>();
        Future<String> second = threads.submit(() -> {
            waiting.set(Thread.currentThread());
            return cache.get("90 days", failing);
        });
        awaitBlocked(waiting);

        release.countDown();

        var failure = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
        assertEquals("database away", failure.getCause().getMessage());
        assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
        assertEquals(1, computations.get());
        assertEquals("trends #2 as of 2026-11-23T10:42:00Z", cache.get("90 days", report("trends")),
                "the next reader computes again");
    }

    @Test
    void beyond_its_bound_the_cache_forgets_the_report_read_least_recently() {
        ReportCache<String, String> cache = new ReportCache<>(clock, FIVE_MINUTES, 2);
        cache.get("30 days", report("trends"));
        cache.get("90 days", report("trends"));
        cache.get("30 days", report("trends"));

        cache.get("2026-01-01 to 2026-01-31", report("trends"));

        assertEquals(2, cache.size());
        assertEquals("trends #1 as of 2026-11-23T10:42:00Z", cache.get("30 days", report("trends")),
                "read lately, so kept");
        assertEquals("trends #4 as of 2026-11-23T10:42:00Z", cache.get("90 days", report("trends")),
                "read least recently, so forgotten and computed again");
    }

    @Test
    void a_report_is_due_for_computing_ahead_when_missing_or_about_to_expire_and_refresh_replaces_it() {
        ReportCache<String, String> cache = new ReportCache<>(clock, FIVE_MINUTES, 10);
        Duration lead = Duration.ofSeconds(75);
        assertTrue(cache.due("90 days", lead), "nothing kept yet");

        cache.get("90 days", report("trends"));
        clock.advance(Duration.ofSeconds(224));
        assertFalse(cache.due("90 days", lead));
        clock.advance(Duration.ofSeconds(1));
        assertTrue(cache.due("90 days", lead), "75 seconds left");

        cache.refresh("90 days", report("trends"));
        clock.advance(Duration.ofSeconds(200));
        assertEquals("trends #2 as of 2026-11-23T10:45:45Z", cache.get("90 days", report("trends")),
                "the report computed ahead is served, although the first one has expired by now");
        assertFalse(cache.due("90 days", lead));
    }

    @Test
    void expired_reports_are_let_go_when_another_is_kept() {
        ReportCache<String, String> cache = new ReportCache<>(clock, FIVE_MINUTES, 10);
        cache.get("30 days", report("trends"));
        cache.get("90 days", report("trends"));
        clock.advance(FIVE_MINUTES);

        cache.get("182 days", report("trends"));

        assertEquals(1, cache.size());
    }

    // ------------------------------------------------------------------------------------------------------------

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Until the thread waits for something: here, for the computation another thread started. */
    private static void awaitBlocked(AtomicReference<Thread> thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.get() == null || thread.get().getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the reader never waited");
            }
            Thread.sleep(5);
        }
    }
}
