package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.curtaincall.platform.MutableClock;
import org.curtaincall.recognition.entity.DailyLimitReachedException;
import org.junit.jupiter.api.Test;

class DailyKudosLimitTest {

    private static final long ADA = 7;
    private static final LocalDateTime MORNING = LocalDateTime.of(2026, 11, 23, 9, 0);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final DailyKudosLimit limit = limitOf(3, 5);
    /** What the database holds: kudos stored per giver today, and every count read from it. */
    private final Map<Long, Long> stored = new ConcurrentHashMap<>();
    private final List<LocalDateTime> reads = new CopyOnWriteArrayList<>();

    private DailyKudosLimit limitOf(int kudosPerDay, int seconds) {
        DailyKudosLimit daily = new DailyKudosLimit();
        daily.clock = clock;
        daily.limit = kudosPerDay;
        daily.seconds = seconds;
        return daily;
    }

    private void take(DailyKudosLimit daily, LocalDateTime now) {
        daily.take(ADA, now, (giver, since) -> {
            reads.add(since);
            return stored.getOrDefault(giver, 0L);
        });
    }

    @Test
    void the_kudos_past_the_limit_is_refused_and_the_count_is_read_once() {
        stored.put(ADA, 1L);
        take(limit, MORNING);
        take(limit, MORNING.plusMinutes(1));
        DailyLimitReachedException refused = assertThrows(DailyLimitReachedException.class,
                () -> take(limit, MORNING.plusMinutes(2)));
        assertEquals(429, refused.status());
        assertEquals(List.of(MORNING.toLocalDate().atStartOfDay()), reads, "read from the start of the day, once");
    }

    @Test
    void a_kudos_that_was_not_stored_is_given_back() {
        take(limit, MORNING);
        take(limit, MORNING);
        take(limit, MORNING);
        limit.giveBack(ADA, MORNING);
        assertDoesNotThrow(() -> take(limit, MORNING));
        assertThrows(DailyLimitReachedException.class, () -> take(limit, MORNING));
    }

    @Test
    void the_next_day_starts_again_from_what_the_database_holds_for_it() {
        take(limit, MORNING);
        take(limit, MORNING);
        take(limit, MORNING);
        LocalDateTime tomorrow = MORNING.plusDays(1);
        take(limit, tomorrow);
        assertEquals(List.of(MORNING.toLocalDate().atStartOfDay(), tomorrow.toLocalDate().atStartOfDay()), reads);
        limit.giveBack(ADA, MORNING);
        take(limit, tomorrow);
        take(limit, tomorrow);
        assertThrows(DailyLimitReachedException.class, () -> take(limit, tomorrow),
                "giving back a kudos of yesterday frees nothing today");
    }

    @Test
    void kudos_given_through_another_instance_count_once_the_count_is_read_again() {
        take(limit, MORNING);
        stored.put(ADA, 3L); // this one and two given through another instance
        clock.advance(Duration.ofSeconds(4));
        take(limit, MORNING);
        assertEquals(1, reads.size(), "still the count read 4 s ago");
        clock.advance(Duration.ofSeconds(1));
        assertThrows(DailyLimitReachedException.class, () -> take(limit, MORNING));
        assertEquals(2, reads.size());
    }

    @Test
    void kudos_being_written_are_not_forgotten_when_the_count_is_read_again() {
        take(limit, MORNING);
        take(limit, MORNING); // neither stored yet: the database still counts 0
        clock.advance(Duration.ofSeconds(5));
        take(limit, MORNING);
        assertThrows(DailyLimitReachedException.class, () -> take(limit, MORNING));
    }

    @Test
    void with_no_seconds_the_count_is_read_for_every_kudos() {
        DailyKudosLimit everyTime = limitOf(3, 0);
        take(everyTime, MORNING);
        take(everyTime, MORNING);
        assertEquals(2, reads.size());
    }

    @Test
    void kudos_sent_at_once_stop_exactly_at_the_limit() throws Exception {
        DailyKudosLimit tenADay = limitOf(10, 5);
        stored.put(ADA, 8L);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> taken = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                taken.add(senders.submit(() -> {
                    start.await();
                    try {
                        take(tenADay, MORNING);
                        return true;
                    } catch (DailyLimitReachedException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long accepted = 0;
            for (Future<Boolean> each : taken) {
                accepted += each.get(10, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(2, accepted);
        } finally {
            senders.shutdownNow();
        }
    }
}
