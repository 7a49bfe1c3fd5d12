package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.curtaincall.platform.control.Recent;
import org.curtaincall.recognition.entity.TeamWebhook;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a kudos' alerts go, as it was a few seconds ago: whether e-mail is set up, and the thanked team's webhook.
 * Read for every kudos, they were two of its database reads, about 7 % of a kudos' profile samples. A change on this
 * instance is forgotten once it is committed; another instance of a cluster notices within
 * {@code curtaincall.directory.recent-seconds}, as it does the giver and the team.
 */
@ApplicationScoped
public class RecentAlertSettings {

    /** Far more than the teams thanked in a few seconds; past it, everything is read again. */
    private static final int MAX_TEAMS = 10_000;

    private static final String SMTP = "smtp";

    private final Recent<String, Boolean> mailEnabled = new Recent<>(1);
    /** Empty when the team has no webhook: that answer is the usual one, and it is kept too. */
    private final Recent<Long, Optional<String>> webhooks = new Recent<>(MAX_TEAMS);

    @Inject
    MailConfiguration mailConfiguration;

    @Inject
    AlertRepository alerts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.directory.recent-seconds", defaultValue = "5")
    int seconds;

    public boolean mailEnabled() {
        return mailEnabled.get(SMTP, key -> mailConfiguration.current().enabled(), clock.instant(), keep());
    }

    /** The team's webhook address; call it for teams that exist, as only those are remembered without bound. */
    public Optional<String> webhookUrl(long teamId) {
        return webhooks.get(teamId, key -> alerts.webhookOf(key).map(TeamWebhook::getUrl), clock.instant(), keep());
    }

    private Duration keep() {
        return Duration.ofSeconds(seconds);
    }

    void alertSettingsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertSettingsChanged event) {
        mailEnabled.forgetAll();
        webhooks.forgetAll();
    }
}
