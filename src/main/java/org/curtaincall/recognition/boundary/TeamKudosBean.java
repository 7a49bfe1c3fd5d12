package org.curtaincall.recognition.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;
import org.curtaincall.recognition.control.MonthlyRatings;

/** A team's recognition page, and its webhook for the team's leads and admins. */
@Named
@ViewScoped
public class TeamKudosBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KudosService kudos;

    @Inject
    transient AlertSettingsService alerts;

    @Inject
    transient FieldMessages messages;

    private Long id;
    /** The page of kudos in the address, counting from 1 as people do; the service counts from 0. */
    private int page = 1;
    private TeamKudosView team;
    private WebhookView webhook;
    private String url;

    /** Called by f:viewAction once the id parameter is set. */
    public void load() {
        if (id == null) {
            return;
        }
        team = kudos.teamPage(id, page - 1, KudosService.TEAM_PAGE_SIZE);
        if (team.kudos().isEmpty() && team.total() > 0) {
            // An old link past the end, after kudos were withdrawn or hidden: show the oldest page there is.
            page = (int) ((team.total() - 1) / team.size()) + 1;
            team = kudos.teamPage(id, page - 1, KudosService.TEAM_PAGE_SIZE);
        }
        if (team.managesWebhook()) {
            webhook = alerts.webhook(id);
            url = webhook.url();
        }
    }

    public void saveWebhook() {
        try {
            if (url == null || url.isBlank()) {
                alerts.removeWebhook(id);
                messages.info("Webhook removed.");
            } else {
                alerts.setWebhook(id, new WebhookRequest(url));
                messages.info("Webhook saved. New kudos will be posted to it.");
            }
            webhook = alerts.webhook(id);
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
    }

    public int getMonthsCharted() {
        return MonthlyRatings.MONTHS;
    }

    public double barWidth(MonthlyRating month) {
        return month.average() / 5.0 * 100;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(1, page);
    }

    public TeamKudosView getTeam() {
        return team;
    }

    public WebhookView getWebhook() {
        return webhook;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }
}
