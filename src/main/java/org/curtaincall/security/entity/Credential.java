package org.curtaincall.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A person's password, stored only as a salted slow hash. People without one cannot sign in with a password. */
@Entity
@Table(name = "credential")
public class Credential {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected Credential() {
    }

    public Credential(long personId, String passwordHash, LocalDateTime changedAt) {
        this.personId = personId;
        replace(passwordHash, changedAt);
    }

    public final void replace(String newHash, LocalDateTime when) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
        this.passwordHash = newHash;
        this.changedAt = when;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
