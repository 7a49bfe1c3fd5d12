package org.curtaincall.recognition.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.curtaincall.platform.control.RuleViolationException;

/**
 * The SMTP server kudos e-mails go through, as an admin set it at run time. There is at most one row; without it the
 * configuration keys apply. An empty host switches e-mail off.
 */
@Entity
@Table(name = "mail_settings")
public class MailSettings {

    public static final long ONLY_ROW = 1L;

    @Id
    private Long id;

    private String host;

    @Column(nullable = false)
    private int port;

    @Column(nullable = false)
    private String sender;

    private String username;

    private String password;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    protected MailSettings() {
    }

    public MailSettings(long updatedBy, LocalDateTime now) {
        this.id = ONLY_ROW;
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    /** A null password keeps the stored one, so that an admin can change the host without retyping it. */
    public void change(String host, int port, String sender, String username, String password, long updatedBy,
            LocalDateTime now) {
        if (port < 1 || port > 65535) {
            throw new RuleViolationException("port", "must be from 1 to 65535");
        }
        if (sender == null || !sender.strip().matches("[^@\\s]+@[^@\\s]+")) {
            throw new RuleViolationException("from", "must be an e-mail address such as kudos@example.org");
        }
        this.host = host == null || host.isBlank() ? null : host.strip();
        this.port = port;
        this.sender = sender.strip();
        this.username = username == null || username.isBlank() ? null : username.strip();
        if (password != null) {
            this.password = password.isEmpty() ? null : password;
        }
        this.updatedBy = updatedBy;
        this.updatedAt = now;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getSender() {
        return sender;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
