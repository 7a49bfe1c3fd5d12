package org.curtaincall.listening.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.platform.control.PlainText;
import org.curtaincall.platform.control.RuleViolationException;

/**
 * An anonymous report and its conversation. It knows the team it concerns but nothing about who wrote it: its id is
 * random, its dates are days, and the receipt that opens it is kept only as a slow hash beside a public locator.
 */
@Entity
@Table(name = "report")
public class Report {

    public static final int TITLE_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SUGGESTED_FIX_MAX = 2000;
    public static final int MESSAGE_MAX = 4000;
    /** Staff acknowledge a new report within this many days. */
    public static final int ACKNOWLEDGE_WITHIN_DAYS = 7;
    public static final String REDACTED = "[redacted]";

    @Id
    private String id;

    @Column(nullable = false)
    private String locator;

    @Column(name = "receipt_hash", nullable = false)
    private String receiptHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    /** The team the report concerns (never the author's team); only its id, the directory owns the rest. */
    @Column(name = "team_id")
    private Long teamId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_impact", nullable = false)
    private CustomerImpact customerImpact;

    @Column(name = "suggested_fix")
    private String suggestedFix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "listed_publicly", nullable = false)
    private boolean listedPublicly;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "redacted_on")
    private LocalDate redactedOn;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReportMessage> messages = new ArrayList<>();

    protected Report() {
    }

    public Report(String locator, String receiptHash, ReportKind kind, Long teamId, String title, String description,
            CustomerImpact customerImpact, String suggestedFix, LocalDate filedOn) {
        if (kind == null) {
            throw new RuleViolationException("kind", "must be PROCESS_BREAKAGE, SUGGESTION or QUESTION");
        }
        if (customerImpact == null) {
            throw new RuleViolationException("customerImpact", "must be NONE, SOME or SEVERE");
        }
        this.id = UUID.randomUUID().toString();
        this.locator = locator;
        this.receiptHash = receiptHash;
        this.kind = kind;
        this.teamId = teamId;
        this.title = text("title", title, TITLE_MAX);
        this.description = text("description", description, DESCRIPTION_MAX);
        this.customerImpact = customerImpact;
        this.suggestedFix = suggestedFix == null || suggestedFix.isBlank()
                ? null : text("suggestedFix", suggestedFix, SUGGESTED_FIX_MAX);
        this.status = ReportStatus.NEW;
        this.filedOn = filedOn;
    }

    public void acknowledge(String message, LocalDate today) {
        moveTo(ReportStatus.ACKNOWLEDGED, message, today);
    }

    public void startWork(String message, LocalDate today) {
        moveTo(ReportStatus.IN_PROGRESS, message, today);
    }

    public void resolve(String message, LocalDate today) {
        moveTo(ReportStatus.RESOLVED, message, today);
    }

    public void decline(String message, LocalDate today) {
        moveTo(ReportStatus.DECLINED, message, today);
    }

    /** Moves the report one step on, with a message the reporter reads; a step the status machine does not allow is refused. */
    public void moveTo(ReportStatus target, String message, LocalDate today) {
        if (target == null || !status.next().contains(target)) {
            String allowed = status.next().isEmpty() ? "none: the report is " + status
                    : status.next().stream().map(Enum::name).collect(Collectors.joining(" or "));
            throw new RuleViolationException("status", "a " + status + " report cannot become " + target
                    + "; next may be " + allowed);
        }
        String body = text("message", message, MESSAGE_MAX);
        status = target;
        if (target == ReportStatus.ACKNOWLEDGED) {
            acknowledgedOn = today;
        }
        if (target.isClosed()) {
            closedOn = today;
        }
        append(MessageSide.STAFF, body, target, today);
    }

    public ReportMessage addReporterReply(String message, LocalDate today) {
        if (hidden) {
            throw new RuleViolationException("message", "this report was hidden by moderation and takes no replies");
        }
        return append(MessageSide.REPORTER, text("message", message, MESSAGE_MAX), null, today);
    }

    public ReportMessage addStaffAnswer(String message, LocalDate today) {
        return append(MessageSide.STAFF, text("message", message, MESSAGE_MAX), null, today);
    }

    public void listPublicly() {
        if (hidden) {
            throw new RuleViolationException("listedPublicly", "a hidden report cannot be listed publicly");
        }
        listedPublicly = true;
    }

    /** Hides an abusive report from the board and the public list; the text stays for HR. */
    public void hide() {
        hidden = true;
        listedPublicly = false;
    }

    public void hideMessage(String messageId) {
        messages.stream().filter(m -> m.getId().equals(messageId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Reply", messageId))
                .hide();
    }

    /**
     * Replaces every occurrence of the text in the report and its conversation, for identifying details typed by
     * mistake. The original is overwritten, not kept anywhere.
     */
    public void redact(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("text", "say which text to remove");
        }
        boolean found = false;
        if (title.contains(text)) {
            title = title.replace(text, REDACTED);
            found = true;
        }
        if (description.contains(text)) {
            description = description.replace(text, REDACTED);
            found = true;
        }
        if (suggestedFix != null && suggestedFix.contains(text)) {
            suggestedFix = suggestedFix.replace(text, REDACTED);
            found = true;
        }
        for (ReportMessage m : messages) {
            found |= m.redact(text, REDACTED);
        }
        if (!found) {
            throw new RuleViolationException("text", "does not occur in the report or its conversation");
        }
        redactedOn = today;
    }

    /** The last day for acknowledging the report. */
    public LocalDate acknowledgeBy() {
        return filedOn.plusDays(ACKNOWLEDGE_WITHIN_DAYS);
    }

    /** Still NEW after the acknowledgement days have passed. */
    public boolean isAcknowledgementOverdue(LocalDate today) {
        return status == ReportStatus.NEW && today.isAfter(acknowledgeBy());
    }

    /** Days since filing, as the reporter waits for an acknowledgement. */
    public long daysWaiting(LocalDate today) {
        return ChronoUnit.DAYS.between(filedOn, acknowledgedOn != null ? acknowledgedOn : today);
    }

    public Optional<Long> daysToResolve() {
        return closedOn == null ? Optional.empty() : Optional.of(ChronoUnit.DAYS.between(filedOn, closedOn));
    }

    private ReportMessage append(MessageSide side, String body, ReportStatus newStatus, LocalDate today) {
        int position = messages.stream().mapToInt(ReportMessage::getPosition).max().orElse(0) + 1;
        ReportMessage message = new ReportMessage(this, position, side, body, newStatus, today);
        messages.add(message);
        return message;
    }

    private static String text(String field, String value, int max) {
        PlainText.check(field, value);
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException(field, "must be at most " + max + " characters");
        }
        return stripped;
    }

    public String getId() {
        return id;
    }

    public String getLocator() {
        return locator;
    }

    public String getReceiptHash() {
        return receiptHash;
    }

    public ReportKind getKind() {
        return kind;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public CustomerImpact getCustomerImpact() {
        return customerImpact;
    }

    public String getSuggestedFix() {
        return suggestedFix;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public LocalDate getAcknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public boolean isListedPublicly() {
        return listedPublicly;
    }

    public boolean isHidden() {
        return hidden;
    }

    public LocalDate getRedactedOn() {
        return redactedOn;
    }

    public List<ReportMessage> getMessages() {
        return List.copyOf(messages);
    }
}
