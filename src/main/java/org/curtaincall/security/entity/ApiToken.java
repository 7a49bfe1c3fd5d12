package org.curtaincall.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.curtaincall.platform.control.PlainText;

/**
 * A bearer token an API client signs in with. Only a SHA-256 of the token is stored: tokens carry 256 random bits,
 * so a fast hash is enough, and a database reader cannot use what they see.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int LABEL_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String label;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long personId, String tokenHash, String label, LocalDateTime createdAt, LocalDateTime expiresAt) {
        this.personId = personId;
        this.tokenHash = tokenHash;
        this.label = label == null || label.isBlank() ? "API token" : PlainText.check("label", label).strip();
        if (this.label.length() > LABEL_MAX) {
            this.label = this.label.substring(0, LABEL_MAX);
        }
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(LocalDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Records use at most once a minute, so that busy clients do not turn every read into a write. */
    public void markUsed(LocalDateTime now) {
        if (lastUsedAt == null || lastUsedAt.plusMinutes(1).isBefore(now)) {
            lastUsedAt = now;
        }
    }

    public void revoke(LocalDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getLabel() {
        return label;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }
}
