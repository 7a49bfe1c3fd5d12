package org.curtaincall.recognition.entity;

import org.curtaincall.platform.control.DomainException;

/** A giver reached the daily number of kudos (answered with 429): it keeps the wall from being flooded. */
public class DailyLimitReachedException extends DomainException {

    public DailyLimitReachedException(int limit) {
        super(null, "you have given " + limit + " kudos today, the daily limit; thank the next team tomorrow");
    }

    @Override
    public int status() {
        return 429;
    }
}
