package org.curtaincall.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.curtaincall.directory.control.PeopleChanged;
import org.curtaincall.platform.MutableClock;
import org.curtaincall.security.boundary.Caller;
import org.junit.jupiter.api.Test;

class RecentCallersTest {

    private static final Caller ADA = new Caller(7, "ada", "Ada Obi", Set.of("EMPLOYEE"));
    private static final Caller BEN = new Caller(8, "ben", "Ben Roy", Set.of("HR"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RecentCallers recent = remembering(5);

    private RecentCallers remembering(int seconds) {
        RecentCallers callers = new RecentCallers();
        callers.clock = clock;
        callers.seconds = seconds;
        return callers;
    }

    @Test
    void a_token_is_remembered_for_the_configured_seconds_only() {
        recent.rememberToken("digest-a", ADA);
        clock.advance(Duration.ofSeconds(4));
        assertEquals(Optional.of(ADA), recent.byToken("digest-a"));

        clock.advance(Duration.ofSeconds(1));
        assertTrue(recent.byToken("digest-a").isEmpty(), "after five seconds the database is asked again");
    }

    @Test
    void revoking_forgets_the_person_and_all_their_tokens_but_nobody_else() {
        recent.rememberToken("digest-a1", ADA);
        recent.rememberToken("digest-a2", ADA);
        recent.rememberToken("digest-b", BEN);
        recent.rememberPerson(7, ADA);

        recent.tokenRevoked(new TokenRevoked(7));

        assertTrue(recent.byToken("digest-a1").isEmpty());
        assertTrue(recent.byToken("digest-a2").isEmpty());
        assertTrue(recent.byPerson(7).isEmpty());
        assertEquals(Optional.of(BEN), recent.byToken("digest-b"));
    }

    @Test
    void a_change_in_the_directory_forgets_everyone_at_once() {
        recent.rememberToken("digest-b", BEN);
        recent.rememberPerson(8, BEN);

        recent.peopleChanged(new PeopleChanged());

        assertTrue(recent.byToken("digest-b").isEmpty());
        assertTrue(recent.byPerson(8).isEmpty());
    }

    @Test
    void zero_seconds_remembers_nothing() {
        RecentCallers off = remembering(0);
        off.rememberToken("digest-a", ADA);
        off.rememberPerson(7, ADA);

        assertTrue(off.byToken("digest-a").isEmpty());
        assertTrue(off.byPerson(7).isEmpty());
    }
}
