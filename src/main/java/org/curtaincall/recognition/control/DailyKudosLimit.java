package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.curtaincall.recognition.entity.Kudos;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many kudos each giver has given today, counted on this instance as they give. Counting the stored kudos before
 * each write let kudos sent at the same moment near the limit all pass it (four of eight sent at once at eight a day
 * were stored), and it was a query per kudos. A giver's count is read from the database when they first give on a
 * day and again once it is older than {@code curtaincall.directory.recent-seconds}, to take in what they gave through
 * other instances of a cluster: there the limit may be passed by what was given elsewhere within those seconds.
 */
@ApplicationScoped
public class DailyKudosLimit {

    /** Far more than the people giving kudos in a few seconds; past it, every count is read again. */
    private static final int MAX_GIVERS = 100_000;

    /** One giver's count; its lock makes their kudos take turns, never other givers'. */
    private static final class Tally {
        private LocalDate day;
        private long given;
        private Instant readUntil = Instant.MIN;
    }

    private final Map<Long, Tally> tallies = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.kudos.daily-limit", defaultValue = "10")
    int limit;

    @Inject
    @ConfigProperty(name = "curtaincall.directory.recent-seconds", defaultValue = "5")
    int seconds;

    /**
     * Counts one more kudos for the giver today, or refuses it when they have reached the limit. {@code storedSince}
     * reads the kudos the giver has stored since the start of the day, withdrawn ones included: withdrawing must not
     * reopen the limit.
     */
    public void take(long giverId, LocalDateTime now, StoredSince storedSince) {
        if (tallies.size() >= MAX_GIVERS) {
            tallies.clear();
        }
        Tally tally = tallies.computeIfAbsent(giverId, id -> new Tally());
        Instant instant = clock.instant();
        LocalDate day = now.toLocalDate();
        synchronized (tally) {
            if (!day.equals(tally.day)) {
                tally.day = day;
                tally.given = 0;
                tally.readUntil = Instant.MIN;
            }
            if (!tally.readUntil.isAfter(instant)) {
                // What this instance counted includes kudos still being written, which the database does not have yet.
                tally.given = Math.max(tally.given, storedSince.count(giverId, day.atStartOfDay()));
                tally.readUntil = instant.plusSeconds(seconds);
            }
            Kudos.checkDailyLimit(tally.given, limit);
            tally.given++;
        }
    }

    /** Gives back what {@link #take} counted, for a kudos that was not stored after all. */
    public void giveBack(long giverId, LocalDateTime now) {
        Tally tally = tallies.get(giverId);
        if (tally != null) {
            synchronized (tally) {
                if (now.toLocalDate().equals(tally.day) && tally.given > 0) {
                    tally.given--;
                }
            }
        }
    }

    /** Reads how many kudos a giver has stored since a moment. */
    @FunctionalInterface
    public interface StoredSince {
        long count(long giverId, LocalDateTime since);
    }
}
