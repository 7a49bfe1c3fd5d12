package org.curtaincall.recognition.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.curtaincall.platform.MutableClock;
import org.curtaincall.recognition.control.KudosRepository.WallFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KeptFiguresTest {

    private static final WallFilter EVERYTHING = new WallFilter(null, null, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final KeptFigures kept = new KeptFigures();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicInteger counts = new AtomicInteger();

    @BeforeEach
    void clock() {
        kept.clock = clock;
    }

    private long total(WallFilter filter) {
        return kept.wallTotal(filter, f -> {
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

        long recounted = kept.wallTotal(EVERYTHING, f -> {
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
                () -> kept.wallTotal(EVERYTHING, f -> {
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

    @Test
    void a_big_team_keeps_its_figures_for_thirty_seconds_while_a_small_team_is_always_exact() {
        long big = 1196;
        long small = 7;
        AtomicInteger reads = new AtomicInteger();
        AtomicLong rated = new AtomicLong(14_432);
        Function<Long, TeamFigures> read = team -> {
            reads.incrementAndGet();
            long n = team == big ? rated.get() : 40;
            return new TeamFigures(new TeamTotals(n, 4 * n, n - 100, 10), List.of());
        };
        assertEquals(14_432, kept.team(big, read).totals().rated());
        rated.set(14_440);
        clock.advance(Duration.ofSeconds(29));
        assertEquals(14_432, kept.team(big, read).totals().rated(), "a big team's figures are kept");
        kept.team(small, read);
        kept.team(small, read);
        assertEquals(3, reads.get(), "a small team is read every time");

        clock.advance(Duration.ofSeconds(2));
        assertEquals(14_440, kept.team(big, read).totals().rated());
        assertEquals(4, reads.get());
    }

    @Test
    void a_team_is_kept_from_a_thousand_kudos_on() {
        AtomicLong rated = new AtomicLong(999);
        AtomicInteger reads = new AtomicInteger();
        Function<Long, TeamFigures> read = counted(reads, team -> rated.get());
        kept.team(3, read);
        kept.team(3, read);
        assertEquals(2, reads.get(), "999 kudos are read every time");

        rated.set(1_000);
        kept.team(3, read);
        kept.team(3, read);
        assertEquals(3, reads.get(), "1,000 kudos are kept");
    }

    @Test
    void kudos_given_to_a_kept_team_are_counted_by_the_next_read_and_other_teams_stay_kept() {
        AtomicLong rated = new AtomicLong(9_443);
        AtomicInteger reads = new AtomicInteger();
        Function<Long, TeamFigures> read = counted(reads, team -> team == 1196 ? rated.get() : 2_000);
        kept.team(1196, read);
        kept.team(88, read);
        rated.set(9_444);

        kept.kudosGiven(new KudosGiven(5_000_001, 1196, true));

        assertEquals(9_444, kept.team(1196, read).totals().rated());
        assertEquals(9_444, kept.team(1196, read).totals().rated());
        kept.team(88, read);
        assertEquals(3, reads.get(), "only the thanked team is read again, once");
    }

    @Test
    void kudos_withdrawn_edited_or_hidden_leave_their_team_counted_again_by_the_next_read() {
        AtomicLong rated = new AtomicLong(1_500);
        AtomicInteger reads = new AtomicInteger();
        Function<Long, TeamFigures> read = counted(reads, team -> rated.get());
        kept.team(1196, read);
        rated.set(1_499);

        kept.kudosChanged(new KudosChanged(5_000_001, 1196));

        assertEquals(1_499, kept.team(1196, read).totals().rated());
        assertEquals(1_499, kept.team(1196, read).totals().rated());
        assertEquals(2, reads.get(), "read again once, then kept");
    }

    @Test
    void kudos_given_to_a_team_that_is_not_kept_change_nothing() {
        kept.kudosGiven(new KudosGiven(5_000_001, 7, true));

        assertEquals(40, kept.team(7, team -> figures(40)).totals().rated());
    }

    private static TeamFigures figures(long rated) {
        return new TeamFigures(new TeamTotals(rated, 4 * rated, rated - 10, 10), List.of());
    }

    /** Reads a team's figures with the given number of rated kudos, counting the reads. */
    private static Function<Long, TeamFigures> counted(AtomicInteger reads, ToLongFunction<Long> rated) {
        return team -> {
            reads.incrementAndGet();
            return figures(rated.applyAsLong(team));
        };
    }

    @Test
    void a_team_and_a_wall_filter_on_it_keep_their_own_figures() {
        stored.set(50_000);
        total(new WallFilter(1196L, null, null));
        TeamFigures figures = kept.team(1196, team -> new TeamFigures(new TeamTotals(12_000, 48_000, 11_000, 900),
                List.of()));

        assertEquals(11_000, figures.totals().publicKudos());
        assertEquals(50_000, total(new WallFilter(1196L, null, null)));
    }
}
