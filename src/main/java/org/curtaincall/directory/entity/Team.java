package org.curtaincall.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.curtaincall.platform.control.PlainText;
import org.curtaincall.platform.control.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A team on the front or back stage. Teams are never deleted, only deactivated, because kudos and reports name them. */
@Entity
@Table(name = "team")
public class Team {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    /** The name folded for uniqueness, so that "IT Desk" and "it desk" cannot both exist. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    private String description;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    // A list of these loads the collection for all of them in one query, not one query each.
    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "team_lead",
            joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> leads = new LinkedHashSet<>();

    protected Team() {
    }

    public Team(String name, Stage stage, String description, LocalDateTime createdAt) {
        describe(name, stage, description);
        this.active = true;
        this.createdAt = createdAt;
    }

    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public final void describe(String name, Stage stage, String description) {
        PlainText.check("name", name);
        PlainText.check("description", description);
        if (name == null || name.isBlank()) {
            throw new RuleViolationException("name", "must not be blank");
        }
        if (name.strip().length() > NAME_MAX) {
            throw new RuleViolationException("name", "must be at most " + NAME_MAX + " characters");
        }
        if (stage == null) {
            throw new RuleViolationException("stage", "must be FRONT or BACK");
        }
        if (description != null && description.length() > DESCRIPTION_MAX) {
            throw new RuleViolationException("description", "must be at most " + DESCRIPTION_MAX + " characters");
        }
        this.name = name.strip();
        this.nameKey = nameKey(name);
        this.stage = stage;
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    /** Replaces the leads. A lead must be an active person holding the team-lead role. */
    public void appointLeads(Collection<Person> newLeads) {
        for (Person lead : newLeads) {
            if (!lead.isActive()) {
                throw new RuleViolationException("leadIds", lead.getDisplayName() + " is deactivated and cannot lead a team");
            }
            if (!lead.hasRole(Role.TEAM_LEAD)) {
                throw new RuleViolationException("leadIds", lead.getDisplayName() + " does not have the TEAM_LEAD role");
            }
        }
        leads.clear();
        leads.addAll(newLeads);
    }

    public void deactivate() {
        active = false;
    }

    public void reactivate() {
        active = true;
    }

    public void removeLead(Person person) {
        leads.remove(person);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Stage getStage() {
        return stage;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public List<Person> getLeads() {
        return leads.stream().sorted(Comparator.comparing(Person::getDisplayName)).toList();
    }

    public boolean isLedBy(long personId) {
        return leads.stream().anyMatch(p -> p.getId() == personId);
    }
}
