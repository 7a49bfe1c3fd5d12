package org.curtaincall.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.curtaincall.directory.control.DirectoryChanged;
import org.curtaincall.platform.control.Recent;
import org.curtaincall.security.boundary.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who a bearer token or a signed-in person is, remembered for a few seconds. Every API call and page needs it, and
 * reading it costs a transaction and several queries, more than the rest of a light request. A change made on this
 * instance is forgotten once it is committed: a change of the directory (new roles, a deactivation) forgets everyone,
 * a revoked token its person; another instance of a cluster notices within
 * {@code curtaincall.security.caller-cache-seconds}. Only known callers are remembered, so unknown tokens cannot fill
 * the memory.
 */
@ApplicationScoped
public class RecentCallers {

    /** Far more than the people signed in at once; past it, everyone is read again. */
    private static final int MAX_ENTRIES = 100_000;

    private final Recent<String, Caller> byToken = new Recent<>(MAX_ENTRIES);
    private final Recent<Long, Caller> byPerson = new Recent<>(MAX_ENTRIES);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.security.caller-cache-seconds", defaultValue = "5")
    int seconds;

    /** The caller a token (by its digest) stood for a moment ago, or else {@code read}'s answer, then remembered. */
    public Optional<Caller> byToken(String tokenDigest, Function<String, Optional<Caller>> read) {
        return remembered(byToken, tokenDigest, read);
    }

    public Optional<Caller> byPerson(long personId, Function<Long, Optional<Caller>> read) {
        return remembered(byPerson, personId, read);
    }

    /** Forgets the person and every token of theirs, not just the revoked one: it is rare, and simpler to trust. */
    void tokenRevoked(@Observes(during = TransactionPhase.AFTER_SUCCESS) TokenRevoked event) {
        byPerson.forget(event.personId());
        byToken.forgetValues(caller -> caller.personId() == event.personId());
    }

    void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged event) {
        byPerson.forgetAll();
        byToken.forgetAll();
    }

    /* An unknown token reads as null, which is not remembered. */
    private <K> Optional<Caller> remembered(Recent<K, Caller> recent, K key, Function<K, Optional<Caller>> read) {
        return Optional.ofNullable(recent.get(key, k -> read.apply(k).orElse(null), clock.instant(),
                Duration.ofSeconds(seconds)));
    }
}
