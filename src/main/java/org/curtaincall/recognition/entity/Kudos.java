package org.curtaincall.recognition.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.curtaincall.platform.control.AccessDeniedException;
import org.curtaincall.platform.control.PlainText;
import org.curtaincall.platform.control.RuleViolationException;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A hand-off rating with a thank-you note from one person to a back-stage team. Ratings of 3 to 5 are public kudos;
 * 1 and 2 are private feedback for the team's leads. Kudos are never deleted: a withdrawn or hidden one is kept.
 */
@Entity
@Table(name = "kudos")
public class Kudos {

    public static final int MESSAGE_MIN = 10;
    public static final int MESSAGE_MAX = 2000;
    public static final int STORY_MAX = 2000;
    public static final int REASON_MIN = 5;
    public static final int REASON_MAX = 500;
    public static final int LOWEST_PUBLIC_RATING = 3;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kudos_seq")
    @SequenceGenerator(name = "kudos_seq", sequenceName = "kudos_seq", allocationSize = 50)
    private Long id;

    @Column(name = "giver_id", nullable = false)
    private long giverId;

    @Column(name = "giver_team_id")
    private Long giverTeamId;

    /** The giver's stage when they gave it, so the wall can show what the front stage says about the back stage. */
    @Column(name = "giver_stage")
    private String giverStage;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    // A list of these loads the collection for all of them in one query, not one query each.
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kudos_person", joinColumns = @JoinColumn(name = "kudos_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> personIds = new LinkedHashSet<>();

    // A list of these loads the collection for all of them in one query, not one query each.
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kudos_value", joinColumns = @JoinColumn(name = "kudos_id"))
    @Column(name = "value_id", nullable = false)
    private Set<Long> valueIds = new LinkedHashSet<>();

    @Column(nullable = false)
    private int rating;

    @Column(nullable = false)
    private String message;

    @Column(name = "customer_story")
    private String customerStory;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "edited_at")
    private LocalDateTime editedAt;

    @Column(nullable = false)
    private boolean withdrawn;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "hidden_at")
    private LocalDateTime hiddenAt;

    protected Kudos() {
    }

    /** Checks every rule about who may thank whom, then records the kudos. */
    public Kudos(Giver giver, ThankedTeam team, Collection<Long> personIds, int rating, String message,
            String customerStory, Collection<Long> valueIds, LocalDateTime now) {
        if (!team.backStage()) {
            throw new RuleViolationException("teamId", "kudos go to back-stage teams; " + team.name() + " is on the front stage");
        }
        if (!team.active()) {
            throw new RuleViolationException("teamId", team.name() + " is deactivated");
        }
        if (giver.teamId() != null && giver.teamId() == team.id()) {
            throw new RuleViolationException("teamId", "you cannot thank your own team");
        }
        this.giverId = giver.personId();
        this.giverTeamId = giver.teamId();
        this.giverStage = giver.teamStage();
        this.teamId = team.id();
        this.createdAt = now;
        describe(team, personIds, rating, message, customerStory, valueIds);
    }

    /** Refuses one more kudos when the giver already gave {@code limit} today. */
    public static void checkDailyLimit(long givenToday, int limit) {
        if (givenToday >= limit) {
            throw new DailyLimitReachedException(limit);
        }
    }

    /** The giver corrects their kudos within the edit window. The team stays; everything else may change. */
    public void edit(long editorId, ThankedTeam team, Collection<Long> personIds, int rating, String message,
            String customerStory, Collection<Long> valueIds, LocalDateTime now) {
        checkGiverWithinWindow(editorId, now, "edit");
        describe(team, personIds, rating, message, customerStory, valueIds);
        this.editedAt = now;
    }

    public void withdraw(long personId, LocalDateTime now) {
        checkGiverWithinWindow(personId, now, "withdraw");
        this.withdrawn = true;
        this.withdrawnAt = now;
    }

    /** An admin takes abusive kudos off every page. It stays stored, with who hid it and why. */
    public void hide(long adminId, String reason, LocalDateTime now) {
        String why = reason == null ? "" : PlainText.check("reason", reason).strip();
        if (why.length() < REASON_MIN || why.length() > REASON_MAX) {
            throw new RuleViolationException("reason", "say why in " + REASON_MIN + " to " + REASON_MAX + " characters");
        }
        if (hidden) {
            throw new RuleViolationException("reason", "these kudos are hidden already");
        }
        this.hidden = true;
        this.hiddenBy = adminId;
        this.hiddenReason = why;
        this.hiddenAt = now;
    }

    public boolean isPublic() {
        return rating >= LOWEST_PUBLIC_RATING;
    }

    public boolean isPrivateFeedback() {
        return !isPublic();
    }

    /** Whether kudos still count: neither withdrawn by the giver nor hidden by an admin. */
    public boolean isStanding() {
        return !withdrawn && !hidden;
    }

    /**
     * Who may read these kudos. Public kudos: everyone signed in. Private feedback: the giver, the team's leads and
     * HR. Hidden kudos: the giver and admins. Withdrawn kudos: nobody.
     */
    public boolean isReadableBy(long personId, boolean leadsTeam, boolean hr, boolean admin) {
        if (withdrawn) {
            return false;
        }
        if (hidden) {
            return personId == giverId || admin;
        }
        return isPublic() || personId == giverId || leadsTeam || hr;
    }

    public boolean isEditableBy(long personId, LocalDateTime now) {
        return personId == giverId && !withdrawn && !hidden && !now.isAfter(createdAt.plus(EDIT_WINDOW));
    }

    private void checkGiverWithinWindow(long personId, LocalDateTime now, String action) {
        if (personId != giverId) {
            throw new AccessDeniedException("only the person who gave these kudos may " + action + " them");
        }
        if (withdrawn || hidden) {
            throw new RuleViolationException(null, "these kudos are " + (withdrawn ? "withdrawn" : "hidden")
                    + " and can no longer change");
        }
        if (now.isAfter(createdAt.plus(EDIT_WINDOW))) {
            throw new RuleViolationException(null, "kudos can be changed or withdrawn only within "
                    + EDIT_WINDOW.toMinutes() + " minutes of giving them");
        }
    }

    private void describe(ThankedTeam team, Collection<Long> people, int rating, String message, String story,
            Collection<Long> values) {
        if (rating < 1 || rating > 5) {
            throw new RuleViolationException("rating", "must be from 1 to 5");
        }
        String text = message == null ? "" : PlainText.check("message", message).strip();
        if (text.length() < MESSAGE_MIN || text.length() > MESSAGE_MAX) {
            throw new RuleViolationException("message", "must be " + MESSAGE_MIN + " to " + MESSAGE_MAX
                    + " characters: say what the team did");
        }
        String storyText = story == null || story.isBlank() ? null : PlainText.check("customerStory", story).strip();
        if (storyText != null && storyText.length() > STORY_MAX) {
            throw new RuleViolationException("customerStory", "must be at most " + STORY_MAX + " characters");
        }
        Set<Long> thanked = people == null ? Set.of() : new LinkedHashSet<>(people);
        for (Long personId : thanked) {
            if (personId == null || !team.memberIds().contains(personId)) {
                throw new RuleViolationException("personIds", "person " + personId + " is not in " + team.name());
            }
            if (personId == giverId) {
                throw new RuleViolationException("personIds", "you cannot thank yourself");
            }
        }
        this.rating = rating;
        this.message = text;
        this.customerStory = storyText;
        this.personIds.clear();
        this.personIds.addAll(thanked);
        this.valueIds.clear();
        if (values != null) {
            this.valueIds.addAll(values);
        }
    }

    public Long getId() {
        return id;
    }

    public long getGiverId() {
        return giverId;
    }

    public Long getGiverTeamId() {
        return giverTeamId;
    }

    public String getGiverStage() {
        return giverStage;
    }

    public long getTeamId() {
        return teamId;
    }

    public Set<Long> getPersonIds() {
        return Set.copyOf(personIds);
    }

    public Set<Long> getValueIds() {
        return Set.copyOf(valueIds);
    }

    public int getRating() {
        return rating;
    }

    public String getMessage() {
        return message;
    }

    public String getCustomerStory() {
        return customerStory;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getEditedAt() {
        return editedAt;
    }

    public boolean isWithdrawn() {
        return withdrawn;
    }

    public boolean isHidden() {
        return hidden;
    }

    public Long getHiddenBy() {
        return hiddenBy;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public LocalDateTime getHiddenAt() {
        return hiddenAt;
    }
}
