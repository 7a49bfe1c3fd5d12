package org.curtaincall.listening.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.curtaincall.platform.control.Throttle;
import org.curtaincall.platform.control.TooManyAttemptsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down receipt guessing: after too many wrong receipts for one locator, or from one address, further tries are
 * refused for a while. Counted in memory only; addresses are never stored or logged.
 */
@ApplicationScoped
public class ReceiptThrottle {

    @Inject
    @ConfigProperty(name = "curtaincall.listening.receipt-max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "curtaincall.listening.receipt-window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    Clock clock;

    private Throttle byLocator;
    private Throttle byAddress;

    @PostConstruct
    void init() {
        byLocator = new Throttle(maxFailures, Duration.ofMinutes(windowMinutes), clock);
        // Many people may share one address behind a proxy, and each may mistype now and then.
        byAddress = new Throttle(maxFailures * 6, Duration.ofMinutes(windowMinutes), clock);
    }

    /** Throws when this locator or address must wait; a receipt too malformed to have a locator counts by address only. */
    public void checkAllowed(String locator, String address) {
        Optional<Duration> wait = (locator == null ? Optional.<Duration>empty() : byLocator.waitFor(locator))
                .or(() -> byAddress.waitFor(address));
        if (wait.isPresent()) {
            throw new TooManyAttemptsException("receipt", wait.get());
        }
    }

    public void recordFailure(String locator, String address) {
        if (locator != null) {
            byLocator.recordFailure(locator);
        }
        byAddress.recordFailure(address);
    }

    public void recordSuccess(String locator) {
        // Only the locator is forgiven: an address that guessed many receipts stays suspect.
        byLocator.reset(locator);
    }
}
