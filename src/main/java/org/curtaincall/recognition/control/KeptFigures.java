package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import org.curtaincall.recognition.control.KudosRepository.WallFilter;

/**
 * Figures that take time in proportion to the kudos they add up: a wall's count for its paging, and a team page's
 * totals and monthly ratings. Counting a million kudos takes about 2 s on H2, and a team's figures over 9,400 kudos
 * about 40 ms of processor time: too much to repeat for every page. A wall count under
 * {@value #WALL_EXACT_BELOW} and a team's figures under {@value #TEAM_EXACT_BELOW} kudos are always exact; bigger
 * ones are reused for up to {@link #MAX_AGE}, so that a big wall says "912,582 kudos" a few seconds late rather than
 * slowly. When kept figures expire, one request reads them again while the others go on with the last ones, so that
 * a busy page does not read once per request in flight. Kudos given, edited, withdrawn or hidden on this instance
 * expire their team's figures at once, so that whoever made the change sees it counted; other instances count it
 * within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class KeptFigures {

    static final long WALL_EXACT_BELOW = 10_000;
    /** Lower than the wall's: a team's figures are several grouped reads, not one count. */
    static final long TEAM_EXACT_BELOW = 1_000;
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** Per kind: wall filters (teams, stages, values) or teams; past this many, old figures are simply dropped. */
    private static final int MAX_KEYS = 1_000;

    private final Kept<WallFilter, Long> wallTotals = new Kept<>(total -> total >= WALL_EXACT_BELOW);
    private final Kept<Long, TeamFigures> teamFigures =
            new Kept<>(figures -> figures.totals().rated() >= TEAM_EXACT_BELOW);

    @Inject
    Clock clock;

    /** How many kudos a wall filter matches. */
    public long wallTotal(WallFilter filter, Function<WallFilter, Long> count) {
        return wallTotals.get(filter, count, clock.instant());
    }

    /** A team page's figures, over the kudos the team received that still stand. */
    public TeamFigures team(long teamId, Function<Long, TeamFigures> read) {
        return teamFigures.get(teamId, read, clock.instant());
    }

    /** Runs once the kudos are committed, so that the next read of the team's figures counts them. */
    void kudosGiven(@Observes(during = TransactionPhase.AFTER_SUCCESS) KudosGiven given) {
        teamFigures.expire(given.teamId());
    }

    /** Runs once the change is committed: an edited rating, a withdrawal or a hiding moves the team's figures. */
    void kudosChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) KudosChanged change) {
        teamFigures.expire(change.teamId());
    }

    /** One kind of figures by key: the big ones kept for a while. */
    private static final class Kept<K, V> {

        private record Read<V>(V figures, Instant at, AtomicBoolean rereading) {
        }

        private final Map<K, Read<V>> kept = new ConcurrentHashMap<>();
        private final Predicate<V> big;

        Kept(Predicate<V> big) {
            this.big = big;
        }

        V get(K key, Function<K, V> read, Instant now) {
            Read<V> known = kept.get(key);
            boolean fresh = known != null && known.at().plus(MAX_AGE).isAfter(now);
            if (fresh || known != null && !known.rereading().compareAndSet(false, true)) {
                return known.figures();
            }
            V figures;
            try {
                figures = read.apply(key);
            } catch (RuntimeException e) {
                if (known != null) {
                    known.rereading().set(false);
                }
                throw e;
            }
            if (big.test(figures)) {
                if (kept.size() >= MAX_KEYS) {
                    kept.clear();
                }
                kept.put(key, new Read<>(figures, now, new AtomicBoolean()));
            } else {
                kept.remove(key);
            }
            return figures;
        }

        /** The next request reads the figures again; the ones in flight meanwhile still get the last ones. */
        void expire(K key) {
            kept.computeIfPresent(key, (k, known) -> new Read<>(known.figures(), Instant.EPOCH, known.rereading()));
        }
    }
}
