package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final Duration KEEP = Duration.ofSeconds(5);

    private final AtomicInteger reads = new AtomicInteger();
    private final Recent<Long, String> recent = new Recent<>(3);

    private String read(long id) {
        return "value " + id + " read " + reads.incrementAndGet();
    }

    @Test
    void a_value_is_read_once_and_then_again_when_it_is_too_old() {
        assertEquals("value 1 read 1", recent.get(1L, this::read, NOW, KEEP));
        assertEquals("value 1 read 1", recent.get(1L, this::read, NOW.plusSeconds(4), KEEP));
        assertEquals("value 1 read 2", recent.get(1L, this::read, NOW.plusSeconds(5), KEEP));
    }

    @Test
    void keeping_for_no_time_reads_every_time() {
        recent.get(1L, this::read, NOW, Duration.ZERO);
        assertEquals("value 1 read 2", recent.get(1L, this::read, NOW, Duration.ZERO));
    }

    @Test
    void forgotten_values_are_read_again() {
        recent.get(1L, this::read, NOW, KEEP);
        recent.get(2L, this::read, NOW, KEEP);
        recent.forget(1L);
        assertEquals("value 1 read 3", recent.get(1L, this::read, NOW, KEEP));
        assertEquals("value 2 read 2", recent.get(2L, this::read, NOW, KEEP));
        recent.forgetValues(value -> value.startsWith("value 2"));
        assertEquals("value 2 read 4", recent.get(2L, this::read, NOW, KEEP));
        recent.forgetAll();
        assertEquals("value 1 read 5", recent.get(1L, this::read, NOW, KEEP));
    }

    @Test
    void a_value_read_while_it_was_being_forgotten_is_not_kept() {
        // The read saw the row before the change; the change was committed and forgotten before the read ended.
        recent.get(1L, id -> {
            recent.forgetAll();
            return read(id);
        }, NOW, KEEP);
        assertEquals("value 1 read 2", recent.get(1L, this::read, NOW, KEEP));
    }

    @Test
    void past_its_bound_everything_is_read_again() {
        for (long id = 1; id <= 3; id++) {
            recent.get(id, this::read, NOW, KEEP);
        }
        recent.get(4L, this::read, NOW, KEEP);
        assertEquals("value 1 read 5", recent.get(1L, this::read, NOW, KEEP));
        assertEquals("value 4 read 4", recent.get(4L, this::read, NOW, KEEP));
    }
}
