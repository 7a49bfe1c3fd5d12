package org.curtaincall.directory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.curtaincall.platform.control.PlainText;
import org.curtaincall.platform.control.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Someone in the organisation. People with history are never deleted: deactivating one stops their sign-in and keeps
 * what they gave and received.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int NAME_MAX = 120;
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    /** Deliberately plain: one @, a dot in the domain, no spaces. The mail server is the real judge. */
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false, unique = true)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    // A list of these loads the collection for all of them in one query, not one query each.
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.of(Role.EMPLOYEE);

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** When the person joined their current team: they see the team's notifications from then on. */
    @Column(name = "team_since", nullable = false)
    private LocalDateTime teamSince;

    @Column(name = "deactivated_at")
    private LocalDateTime deactivatedAt;

    protected Person() {
    }

    public Person(String displayName, String username, String email, Team team, Collection<Role> roles,
            LocalDateTime createdAt) {
        this.createdAt = createdAt;
        update(displayName, username, email, team, roles, createdAt);
        this.active = true;
    }

    public static String normaliseUsername(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public final void update(String displayName, String username, String email, Team team, Collection<Role> roles,
            LocalDateTime now) {
        PlainText.check("name", displayName);
        if (displayName == null || displayName.isBlank()) {
            throw new RuleViolationException("name", "must not be blank");
        }
        if (displayName.strip().length() > NAME_MAX) {
            throw new RuleViolationException("name", "must be at most " + NAME_MAX + " characters");
        }
        String login = normaliseUsername(username);
        if (login == null || !USERNAME.matcher(login).matches()) {
            throw new RuleViolationException("username",
                    "must be 2 to 64 characters: letters, digits, dot, dash or underscore, starting with a letter or digit");
        }
        String mail = normaliseEmail(email);
        if (mail == null || mail.length() > 254 || !EMAIL.matcher(mail).matches()) {
            throw new RuleViolationException("email", "must be an e-mail address such as name@example.org");
        }
        if (team != null && !team.isActive() && team != this.team) {
            throw new RuleViolationException("teamId", "team " + team.getName() + " is deactivated");
        }
        EnumSet<Role> granted = EnumSet.of(Role.EMPLOYEE);
        if (roles != null) {
            granted.addAll(roles);
        }
        if (this.team != null && this.team != team) {
            this.team.removeLead(this);
        }
        if (teamSince == null || this.team != team) {
            teamSince = now;
        }
        this.displayName = displayName.strip();
        this.username = login;
        this.email = mail;
        this.team = team;
        this.roles = granted;
    }

    public void deactivate(LocalDateTime when) {
        if (active) {
            active = false;
            deactivatedAt = when;
        }
    }

    public void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public Team getTeam() {
        return team;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getTeamSince() {
        return teamSince;
    }

    public LocalDateTime getDeactivatedAt() {
        return deactivatedAt;
    }
}
