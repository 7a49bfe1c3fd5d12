package org.curtaincall.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.curtaincall.directory.control.DirectoryChanged;
import org.curtaincall.platform.MutableClock;
import org.curtaincall.security.boundary.Caller;
import org.junit.jupiter.api.Test;

class RecentCallersTest {

    private static final Caller ADA = new Caller(7, "ada", "Ada Obi", Set.of("EMPLOYEE"));
    private static final Caller BEN = new Caller(8, "ben", "Ben Roy", Set.of("HR"));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final RecentCallers recent = remembering(5);
    /** What the database holds: token digests and people, and every lookup made in it. */
    private final Map<String, Caller> tokens = new HashMap<>(Map.of("digest-a1", ADA, "digest-a2", ADA, "digest-b", BEN));
    private final Map<Long, Caller> people = new HashMap<>(Map.of(7L, ADA, 8L, BEN));
    private final List<Object> lookups = new CopyOnWriteArrayList<>();

    private RecentCallers remembering(int seconds) {
        RecentCallers callers = new RecentCallers();
        callers.clock = clock;
        callers.seconds = seconds;
        return callers;
    }

    private Optional<Caller> token(RecentCallers callers, String digest) {
        return callers.byToken(digest, d -> {
            lookups.add(d);
            return Optional.ofNullable(tokens.get(d));
        });
    }

    private Optional<Caller> person(RecentCallers callers, long id) {
        return callers.byPerson(id, i -> {
            lookups.add(i);
            return Optional.ofNullable(people.get(i));
        });
    }

    @Test
    void a_token_is_remembered_for_the_configured_seconds_only() {
        assertEquals(Optional.of(ADA), token(recent, "digest-a1"));
        clock.advance(Duration.ofSeconds(4));
        assertEquals(Optional.of(ADA), token(recent, "digest-a1"));
        assertEquals(List.of("digest-a1"), lookups);

        clock.advance(Duration.ofSeconds(1));
        token(recent, "digest-a1");
        assertEquals(List.of("digest-a1", "digest-a1"), lookups, "after five seconds the database is asked again");
    }

    @Test
    void unknown_tokens_are_asked_for_every_time() {
        assertTrue(token(recent, "digest-unknown").isEmpty());
        assertTrue(token(recent, "digest-unknown").isEmpty());
        assertEquals(2, lookups.size());
    }

    @Test
    void revoking_forgets_the_person_and_all_their_tokens_but_nobody_else() {
        token(recent, "digest-a1");
        token(recent, "digest-a2");
        token(recent, "digest-b");
        person(recent, 7);
        tokens.remove("digest-a1");
        lookups.clear();

        recent.tokenRevoked(new TokenRevoked(7));

        assertTrue(token(recent, "digest-a1").isEmpty());
        assertEquals(Optional.of(ADA), token(recent, "digest-a2"));
        assertEquals(Optional.of(ADA), person(recent, 7));
        assertEquals(Optional.of(BEN), token(recent, "digest-b"));
        assertEquals(List.of("digest-a1", "digest-a2", 7L), lookups, "Ben's token was still remembered");
    }

    @Test
    void a_change_in_the_directory_forgets_everyone_at_once() {
        token(recent, "digest-b");
        person(recent, 8);
        people.remove(8L);
        tokens.remove("digest-b");

        recent.directoryChanged(new DirectoryChanged());

        assertTrue(token(recent, "digest-b").isEmpty());
        assertTrue(person(recent, 8).isEmpty());
    }

    @Test
    void zero_seconds_remembers_nothing() {
        RecentCallers off = remembering(0);
        token(off, "digest-a1");
        token(off, "digest-a1");
        person(off, 7);
        person(off, 7);

        assertEquals(List.of("digest-a1", "digest-a1", 7L, 7L), lookups);
    }
}
