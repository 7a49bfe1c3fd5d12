package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.curtaincall.recognition.entity.MailSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The SMTP settings in effect: the ones an admin stored at run time, or else the configuration keys. */
@ApplicationScoped
public class MailConfiguration {

    @Inject
    AlertRepository alerts;

    @Inject
    @ConfigProperty(name = "curtaincall.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "curtaincall.mail.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "curtaincall.mail.smtp.from", defaultValue = "kudos@curtaincall.invalid")
    String from;

    @Inject
    @ConfigProperty(name = "curtaincall.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "curtaincall.mail.smtp.password")
    Optional<String> password;

    public SmtpSettings current() {
        return alerts.mailSettings().map(MailConfiguration::of).orElseGet(this::configured);
    }

    public SmtpSettings configured() {
        return new SmtpSettings(blankToNull(host.orElse(null)), port, from, blankToNull(username.orElse(null)), blankToNull(password.orElse(null)));
    }

    private static SmtpSettings of(MailSettings s) {
        return new SmtpSettings(s.getHost(), s.getPort(), s.getSender(), s.getUsername(), s.getPassword());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
