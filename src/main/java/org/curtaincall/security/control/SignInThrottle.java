package org.curtaincall.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.curtaincall.platform.control.Throttle;
import org.curtaincall.platform.control.TooManyAttemptsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing on the sign-in page and the token endpoint alike: after too many failures for one
 * user name, or from one address, further attempts are refused for a while, right or wrong.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "curtaincall.signin.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "curtaincall.signin.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    Clock clock;

    private Throttle byUser;
    private Throttle byAddress;

    @PostConstruct
    void init() {
        byUser = new Throttle(maxFailures, Duration.ofMinutes(windowMinutes), clock);
        // An address may hold many people behind one proxy: allow it more room than a single user name.
        byAddress = new Throttle(maxFailures * 6, Duration.ofMinutes(windowMinutes), clock);
    }

    /** Throws when this user name or address must wait before trying again. */
    public void checkAllowed(String username, String address) {
        Optional<Duration> wait = byUser.waitFor(userKey(username)).or(() -> byAddress.waitFor(address));
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("username", wait.get());
        }
    }

    public void recordFailure(String username, String address) {
        byUser.recordFailure(userKey(username));
        byAddress.recordFailure(address);
    }

    public void recordSuccess(String username) {
        byUser.reset(userKey(username));
    }

    private static String userKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
