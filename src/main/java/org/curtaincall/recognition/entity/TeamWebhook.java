package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDateTime;
import java.util.Locale;
import org.curtaincall.platform.control.RuleViolationException;

/** Where a team's chat channel (Slack or Microsoft Teams incoming webhook) receives its kudos. */
@Entity
@Table(name = "team_webhook")
public class TeamWebhook {

    public static final int URL_MAX = 500;

    @Id
    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false)
    private String url;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected TeamWebhook() {
    }

    public TeamWebhook(long teamId, String url, long updatedBy, LocalDateTime now) {
        this.teamId = teamId;
        point(url, updatedBy, now);
    }

    public final void point(String url, long updatedBy, LocalDateTime now) {
        this.url = checked(url);
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    /** Only absolute http(s) addresses: anything else could make the portal read local files or other schemes. */
    static String checked(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty() || text.length() > URL_MAX) {
            throw new RuleViolationException("url", "must be an http or https address of at most " + URL_MAX + " characters");
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new RuleViolationException("url", "must be an http or https address such as https://hooks.slack.com/services/...");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolationException("url", "is not a valid address");
        }
        return text;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getUrl() {
        return url;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
