package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.curtaincall.platform.MutableClock;
import org.curtaincall.recognition.control.KudosRepository.WallFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WallTotalsTest {

    private static final WallFilter EVERYTHING = new WallFilter(null, null, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final WallTotals totals = new WallTotals();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();

    @BeforeEach
    void clock() {
        totals.clock = clock;
    }

    private long total(WallFilter filter) {
        return totals.total(filter, f -> {
            counts.incrementAndGet();
            return stored.get();
        });
    }

    @Test
    void a_small_wall_is_counted_exactly_every_time() {
        stored.set(120);
        assertEquals(120, total(EVERYTHING));
        stored.set(121);

        assertEquals(121, total(EVERYTHING));
        assertEquals(2, counts.get());
    }

    @Test
    void a_big_wall_reuses_its_count_for_thirty_seconds_then_counts_again() {
        stored.set(912_582);
        assertEquals(912_582, total(EVERYTHING));
        stored.set(912_590);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(912_582, total(EVERYTHING));
        assertEquals(1, counts.get());

        clock.advance(Duration.ofSeconds(2));
        assertEquals(912_590, total(EVERYTHING));
        assertEquals(2, counts.get());
    }

    @Test
    void while_one_request_counts_again_the_others_get_the_last_count() {
        stored.set(912_582);
        total(EVERYTHING);
        clock.advance(Duration.ofSeconds(31));
        stored.set(912_600);
        long[] seenMeanwhile = new long[1];

        long recounted = totals.total(EVERYTHING, f -> {
            seenMeanwhile[0] = total(EVERYTHING);
            return stored.get();
        });

        assertEquals(912_582, seenMeanwhile[0], "a request arriving during the count is not made to count as well");
        assertEquals(912_600, recounted);
        assertEquals(1, counts.get());
    }

    @Test
    void a_count_that_fails_lets_the_next_request_try_again() {
        stored.set(50_000);
        total(EVERYTHING);
        clock.advance(Duration.ofSeconds(31));
        assertThrows(IllegalStateException.class,
                () -> totals.total(EVERYTHING, f -> {
                    throw new IllegalStateException("database away");
                }));
        stored.set(50_001);

        assertEquals(50_001, total(EVERYTHING));
    }

    @Test
    void each_filter_has_its_own_count() {
        stored.set(50_000);
        total(EVERYTHING);
        stored.set(20_000);

        assertEquals(20_000, total(new WallFilter(7L, null, null)));
        assertEquals(50_000, total(EVERYTHING));
    }

    @Test
    void a_wall_that_shrinks_below_the_threshold_is_exact_again() {
        stored.set(10_000);
        total(EVERYTHING);
        clock.advance(Duration.ofSeconds(31));
        stored.set(9_999);
        total(EVERYTHING);
        stored.set(9_998);

        assertEquals(9_998, total(EVERYTHING));
    }
}
