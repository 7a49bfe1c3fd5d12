package org.curtaincall.recognition.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class AlertDeliveryTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 5, 1, 9, 0);

    @Test
    void failures_wait_twice_as_long_each_time_and_give_up_after_the_last_attempt() {
        var d = new AlertDelivery(AlertDelivery.Channel.WEBHOOK, 1, 2, "https://hooks.example/x", "s", "b", T0);
        d.failed("HTTP 500", T0, Duration.ofSeconds(30), 4);
        assertEquals(T0.plusSeconds(30), d.getNextAttemptAt());
        d.failed("HTTP 500", T0, Duration.ofSeconds(30), 4);
        assertEquals(T0.plusSeconds(60), d.getNextAttemptAt());
        d.failed("HTTP 500", T0, Duration.ofSeconds(30), 4);
        assertEquals(T0.plusSeconds(120), d.getNextAttemptAt());
        assertEquals(AlertDelivery.Status.PENDING, d.getStatus());
        d.failed("timed out", T0, Duration.ofSeconds(30), 4);
        assertEquals(AlertDelivery.Status.FAILED, d.getStatus());
        assertEquals(4, d.getAttempts());
        assertEquals("timed out", d.getLastError());
    }

    @Test
    void a_success_after_failures_counts_every_attempt_and_clears_the_error() {
        var d = new AlertDelivery(AlertDelivery.Channel.EMAIL, 1, 2, "lead@example.org", "s", "b", T0);
        d.failed("connection refused", T0, Duration.ofSeconds(1), 5);
        d.delivered(T0.plusSeconds(2));
        assertEquals(AlertDelivery.Status.DELIVERED, d.getStatus());
        assertEquals(2, d.getAttempts());
        assertNull(d.getLastError());
        assertEquals(T0.plusSeconds(2), d.getDeliveredAt());
    }
}
