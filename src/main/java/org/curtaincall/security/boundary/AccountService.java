package org.curtaincall.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.platform.control.RuleViolationException;
import org.curtaincall.platform.control.SlowHash;
import org.curtaincall.security.control.CredentialRepository;
import org.curtaincall.security.control.RecentCallers;
import org.curtaincall.security.control.TokenRevoked;
import org.curtaincall.security.entity.ApiToken;
import org.curtaincall.security.entity.Credential;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Passwords and API tokens: checking them, setting them, issuing and revoking them. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final String TOKEN_PREFIX = "cc_";
    public static final int MIN_PASSWORD_LENGTH = 8;

    @Inject
    CredentialRepository credentials;

    @Inject
    DirectoryService directory;

    @Inject
    RecentCallers recent;

    @Inject
    Event<TokenRevoked> tokenRevoked;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.password.iterations", defaultValue = "210000")
    int iterations;

    @Inject
    @ConfigProperty(name = "curtaincall.tokens.lifetime-days", defaultValue = "90")
    int tokenLifetimeDays;

    /*
     * The demo's password is published in the README: a slow hash of it protects nothing and would add about a second
     * to the first start (five hashes). The first sign-in to each account hashes it again at the configured work
     * factor, as it does for every hash made with fewer iterations.
     */
    private static final SlowHash PUBLISHED_PASSWORD = new SlowHash(SlowHash.MINIMUM_ITERATIONS);

    private final SecureRandom random = new SecureRandom();
    private SlowHash hasher;

    @PostConstruct
    void init() {
        hasher = new SlowHash(iterations);
    }

    /** The caller behind a user name and password, if both are right and the person is active. */
    public Optional<Caller> checkPassword(String username, String password) {
        Optional<PersonView> person = directory.findByUsername(username == null ? "" : username);
        Optional<Credential> credential = person.flatMap(p -> credentials.findPassword(p.id()));
        if (credential.isEmpty()) {
            // A wrong user name costs as long as a wrong password, so that timing does not tell which names exist.
            hasher.spendTime(password);
            return Optional.empty();
        }
        String stored = credential.get().getPasswordHash();
        if (!hasher.verify(password, stored) || !person.get().active()) {
            return Optional.empty();
        }
        if (hasher.needsRehash(stored)) {
            credential.get().replace(hasher.hash(password), now());
        }
        return person.map(AccountService::callerOf);
    }

    /** The caller as they are now (or a few seconds ago, see {@link RecentCallers}); empty once deactivated. */
    public Optional<Caller> currentCaller(long personId) {
        return recent.byPerson(personId,
                id -> directory.findPerson(id).filter(PersonView::active).map(AccountService::callerOf));
    }

    public void setPassword(long personId, String password) {
        directory.person(personId);
        checkStrength(password, "password");
        String hash = hasher.hash(password);
        credentials.findPassword(personId).ifPresentOrElse(
                c -> c.replace(hash, now()),
                () -> credentials.addPassword(new Credential(personId, hash, now())));
    }

    /** Sets a password without the strength rule: only for the demo organisation's well-known "demo" password. */
    public void setDemoPassword(long personId, String password) {
        credentials.addPassword(new Credential(personId, PUBLISHED_PASSWORD.hash(password), now()));
    }

    public void changeOwnPassword(long personId, String currentPassword, String newPassword) {
        Credential credential = credentials.findPassword(personId)
                .filter(c -> hasher.verify(currentPassword, c.getPasswordHash()))
                .orElseThrow(() -> new RuleViolationException("currentPassword", "is not your current password"));
        checkStrength(newPassword, "newPassword");
        credential.replace(hasher.hash(newPassword), now());
    }

    public IssuedToken issueToken(long personId, String label) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        LocalDateTime now = now();
        ApiToken stored = new ApiToken(personId, digest(token), label, now, now.plusDays(tokenLifetimeDays));
        credentials.addToken(stored);
        return new IssuedToken(token, stored.getId(), stored.getExpiresAt());
    }

    /** The caller a bearer token stands for, if it is known, unexpired, unrevoked and its person active. */
    public Optional<Caller> checkToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        return recent.byToken(digest(token), digest -> credentials.findTokenByHash(digest)
                .filter(t -> t.isUsableAt(now))
                .flatMap(t -> {
                    t.markUsed(now);
                    return currentCaller(t.getPersonId());
                }));
    }

    public List<TokenView> tokensOf(long personId) {
        LocalDateTime now = now();
        return credentials.tokensOf(personId).stream().map(t -> TokenView.of(t, now)).toList();
    }

    public void revokeToken(long personId, long tokenId) {
        ApiToken token = credentials.findToken(tokenId).orElseThrow(() -> new NotFoundException("Token", tokenId));
        if (token.getPersonId() != personId) {
            // Someone else's token: answer as if it did not exist, so token ids reveal nothing.
            throw new NotFoundException("Token", tokenId);
        }
        token.revoke(now());
        tokenRevoked.fire(new TokenRevoked(personId));
    }

    private static void checkStrength(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new RuleViolationException(field,
                    "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.length() > 256) {
            throw new RuleViolationException(field, "must be at most 256 characters");
        }
    }

    private static Caller callerOf(PersonView person) {
        Set<String> roles = new TreeSet<>();
        person.roles().forEach(r -> roles.add(r.name()));
        return new Caller(person.id(), person.username(), person.name(), roles);
    }

    private static String digest(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
