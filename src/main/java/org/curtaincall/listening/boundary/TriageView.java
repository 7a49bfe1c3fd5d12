package org.curtaincall.listening.boundary;

import java.time.LocalDate;
import java.util.List;
import org.curtaincall.listening.entity.CustomerImpact;
import org.curtaincall.listening.entity.Report;
import org.curtaincall.listening.entity.ReportKind;
import org.curtaincall.listening.entity.ReportStatus;

/**
 * A report on the triage board: its status, the acknowledgement clock (acknowledge by, days waiting, overdue) and the
 * days it took to close.
 */
public record TriageView(String id, ReportKind kind, Long teamId, String teamName, String title, String description,
        CustomerImpact customerImpact, String suggestedFix, ReportStatus status, LocalDate filedOn,
        LocalDate acknowledgeBy, LocalDate acknowledgedOn, long daysWaiting, boolean overdue, LocalDate closedOn,
        Long daysToResolve, boolean listedPublicly, boolean hidden, LocalDate redactedOn, long meToo,
        List<ReportStatus> nextStatuses, List<MessageView> messages) {

    static TriageView of(Report r, String teamName, long meToo, LocalDate today, boolean showHidden) {
        return new TriageView(r.getId(), r.getKind(), r.getTeamId(), teamName, r.getTitle(), r.getDescription(),
                r.getCustomerImpact(), r.getSuggestedFix(), r.getStatus(), r.getFiledOn(), r.acknowledgeBy(),
                r.getAcknowledgedOn(), r.daysWaiting(today), r.isAcknowledgementOverdue(today), r.getClosedOn(),
                r.daysToResolve().orElse(null), r.isListedPublicly(), r.isHidden(), r.getRedactedOn(), meToo,
                r.getStatus().next().stream().sorted().toList(),
                r.getMessages().stream().map(m -> MessageView.of(m, showHidden)).toList());
    }

    /** The acknowledgement clock in words, for the board. */
    public String clock() {
        if (acknowledgedOn != null) {
            return "acknowledged after " + days(daysWaiting);
        }
        if (overdue) {
            return "overdue by " + days(daysWaiting - Report.ACKNOWLEDGE_WITHIN_DAYS);
        }
        return "day " + daysWaiting + " of " + Report.ACKNOWLEDGE_WITHIN_DAYS;
    }

    public String resolveTime() {
        return daysToResolve == null ? "open" : "closed after " + days(daysToResolve);
    }

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return label(status);
    }

    static String label(ReportStatus status) {
        return status.label();
    }

    private static String days(long n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
