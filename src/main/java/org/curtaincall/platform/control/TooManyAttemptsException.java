package org.curtaincall.platform.control;

import java.time.Duration;

/** Too many failed attempts in a short time; the caller must wait (answered with 429). */
public class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(String field, Duration retryAfter) {
        super(field, "Too many failed attempts. Try again in " + Math.max(1, retryAfter.toMinutes()) + " minute(s).");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public int status() {
        return 429;
    }
}
