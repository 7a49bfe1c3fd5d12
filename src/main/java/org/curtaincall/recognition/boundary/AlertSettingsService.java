package org.curtaincall.recognition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.platform.control.AccessDeniedException;
import org.curtaincall.recognition.control.AlertRepository;
import org.curtaincall.recognition.control.AlertSettingsChanged;
import org.curtaincall.recognition.control.MailConfiguration;
import org.curtaincall.recognition.control.SmtpSettings;
import org.curtaincall.recognition.entity.AlertDelivery;
import org.curtaincall.recognition.entity.MailSettings;
import org.curtaincall.recognition.entity.TeamWebhook;
import org.curtaincall.security.boundary.Caller;
import org.curtaincall.security.boundary.CurrentUser;

/** Where alerts go: a team's webhook (its leads or an admin set it) and the SMTP server (admins). */
@ApplicationScoped
@Transactional
public class AlertSettingsService {

    private static final int RECENT_DELIVERIES = 20;

    @Inject
    AlertRepository alerts;

    @Inject
    MailConfiguration mailConfiguration;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<AlertSettingsChanged> changed;

    public WebhookView webhook(long teamId) {
        checkManages(teamId);
        return view(teamId);
    }

    public WebhookView setWebhook(long teamId, @NotNull(message = KudosService.BODY_REQUIRED) @Valid WebhookRequest request) {
        Caller caller = checkManages(teamId);
        LocalDateTime now = LocalDateTime.now(clock);
        alerts.webhookOf(teamId).ifPresentOrElse(
                w -> w.point(request.url(), caller.personId(), now),
                () -> alerts.addWebhook(new TeamWebhook(teamId, request.url(), caller.personId(), now)));
        changed.fire(new AlertSettingsChanged());
        return view(teamId);
    }

    public void removeWebhook(long teamId) {
        checkManages(teamId);
        alerts.webhookOf(teamId).ifPresent(alerts::removeWebhook);
        changed.fire(new AlertSettingsChanged());
    }

    public MailSettingsView mailSettings() {
        return view(mailConfiguration.current());
    }

    public MailSettingsView changeMailSettings(@NotNull(message = KudosService.BODY_REQUIRED) @Valid MailSettingsRequest request) {
        Caller caller = currentUser.required();
        LocalDateTime now = LocalDateTime.now(clock);
        MailSettings settings = alerts.mailSettings().orElseGet(() -> {
            MailSettings created = new MailSettings(caller.personId(), now);
            alerts.addMailSettings(created);
            return created;
        });
        settings.change(request.host(), request.port(), request.from(), request.username(), request.password(),
                caller.personId(), now);
        changed.fire(new AlertSettingsChanged());
        return view(new SmtpSettings(settings.getHost(), settings.getPort(), settings.getSender(),
                settings.getUsername(), settings.getPassword()));
    }

    /** Whether the caller may see and set this team's webhook: an admin, or one of the team's leads. */
    public boolean manages(long teamId) {
        Caller caller = currentUser.required();
        TeamView team = directory.team(teamId);
        return caller.hasRole(Role.ADMIN_NAME) || team.leads().stream().anyMatch(l -> l.id() == caller.personId());
    }

    private Caller checkManages(long teamId) {
        if (!manages(teamId)) {
            throw new AccessDeniedException("only an admin or a lead of this team may manage its webhook");
        }
        return currentUser.required();
    }

    private WebhookView view(long teamId) {
        var deliveries = alerts.deliveriesOf(teamId, AlertDelivery.Channel.WEBHOOK, RECENT_DELIVERIES).stream()
                .map(DeliveryView::of).toList();
        return alerts.webhookOf(teamId)
                .map(w -> new WebhookView(teamId, w.getUrl(), w.getUpdatedAt(), deliveries))
                .orElse(new WebhookView(teamId, null, null, deliveries));
    }

    private static MailSettingsView view(SmtpSettings smtp) {
        return new MailSettingsView(smtp.enabled(), smtp.host(), smtp.port(), smtp.from(), smtp.username(),
                smtp.password() != null);
    }
}
