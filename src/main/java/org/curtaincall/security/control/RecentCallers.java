package org.curtaincall.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.curtaincall.directory.control.PeopleChanged;
import org.curtaincall.security.boundary.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a bearer token or a signed-in person is, remembered for a few seconds. Every API call and page needs it, and
 * reading it costs a transaction and several queries, more than the rest of a light request. A change made on this
 * instance is forgotten once it is committed: a change of people (new roles, a deactivation) forgets everyone, a
 * revoked token its person; another instance of a cluster notices within {@code curtaincall.security.caller-cache-seconds}. Only known callers are remembered, so unknown
 * tokens cannot fill the memory.
 */
@ApplicationScoped
public class RecentCallers {

    private record Known(Caller caller, Instant until) {
    }

    private final Map<String, Known> byToken = new ConcurrentHashMap<>();
    private final Map<Long, Known> byPerson = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.security.caller-cache-seconds", defaultValue = "5")
    int seconds;

    /** The caller a token (by its digest) stood for a moment ago, if still fresh. */
    public Optional<Caller> byToken(String tokenDigest) {
        return fresh(byToken, tokenDigest);
    }

    public void rememberToken(String tokenDigest, Caller caller) {
        remember(byToken, tokenDigest, caller);
    }

    public Optional<Caller> byPerson(long personId) {
        return fresh(byPerson, personId);
    }

    public void rememberPerson(long personId, Caller caller) {
        remember(byPerson, personId, caller);
    }

    /** Forgets the person and every token of theirs, not just the revoked one: it is rare, and simpler to trust. */
    void tokenRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevoked event) {
        byPerson.remove(event.personId());
        byToken.values().removeIf(known -> known.caller().personId() == event.personId());
    }

    void peopleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) PeopleChanged event) {
        byPerson.clear();
        byToken.clear();
    }

    private <K> Optional<Caller> fresh(Map<K, Known> map, K key) {
        Known known = map.get(key);
        if (known == null) {
            return Optional.empty();
        }
        if (!known.until().isAfter(clock.instant())) {
            map.remove(key, known);
            return Optional.empty();
        }
        return Optional.of(known.caller());
    }

    private <K> void remember(Map<K, Known> map, K key, Caller caller) {
        if (seconds > 0) {
            map.put(key, new Known(caller, clock.instant().plus(Duration.ofSeconds(seconds))));
        }
    }
}
