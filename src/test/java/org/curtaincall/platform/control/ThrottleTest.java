package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.curtaincall.platform.MutableClock;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final Throttle throttle = new Throttle(3, Duration.ofMinutes(15), clock);

    @Test
    void a_key_may_fail_up_to_the_limit_and_then_must_wait_until_the_oldest_failure_ages_out() {
        throttle.recordFailure("ana");
        clock.advance(Duration.ofMinutes(5));
        throttle.recordFailure("ana");
        assertTrue(throttle.waitFor("ana").isEmpty());
        throttle.recordFailure("ana");
        assertEquals(Duration.ofMinutes(10), throttle.waitFor("ana").orElseThrow());

        clock.advance(Duration.ofMinutes(10));
        assertTrue(throttle.waitFor("ana").isEmpty(), "the first failure left the window");
    }

    @Test
    void keys_are_throttled_independently_and_a_reset_clears_one() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("ana");
        }
        assertTrue(throttle.waitFor("ben").isEmpty());
        assertTrue(throttle.waitFor("ana").isPresent());
        throttle.reset("ana");
        assertTrue(throttle.waitFor("ana").isEmpty());
    }
}
