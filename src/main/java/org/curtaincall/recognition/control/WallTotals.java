package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;
import org.curtaincall.recognition.control.KudosRepository.WallFilter;

/**
 * How many kudos a wall filter matches, for the wall's paging. Counting takes time in proportion to the kudos: about
 * 2 s for a million on H2, too long to repeat for every page. Small counts are always exact; a count of
 * {@value #EXACT_BELOW} or more is reused for up to {@link #MAX_AGE}, so that a big wall says "912,582 kudos" a few
 * seconds late rather than slowly. When a kept count expires, one request counts again while the others go on with
 * the last count, so that a busy wall does not count once per request in flight.
 */
@ApplicationScoped
public class WallTotals {

    static final long EXACT_BELOW = 10_000;
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** Filters are teams, stages and values; past this many, old counts are simply dropped. */
    private static final int MAX_FILTERS = 1_000;

    private record Counted(long total, Instant at, AtomicBoolean recounting) {
    }

    private final Map<WallFilter, Counted> counted = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public long total(WallFilter filter, ToLongFunction<WallFilter> count) {
        Instant now = clock.instant();
        Counted known = counted.get(filter);
        boolean fresh = known != null && known.at().plus(MAX_AGE).isAfter(now);
        if (fresh || known != null && !known.recounting().compareAndSet(false, true)) {
            return known.total();
        }
        long total;
        try {
            total = count.applyAsLong(filter);
        } catch (RuntimeException e) {
            if (known != null) {
                known.recounting().set(false);
            }
            throw e;
        }
        if (total >= EXACT_BELOW) {
            if (counted.size() >= MAX_FILTERS) {
                counted.clear();
            }
            counted.put(filter, new Counted(total, now, new AtomicBoolean()));
        } else {
            counted.remove(filter);
        }
        return total;
    }
}
