package org.curtaincall.listening.boundary;

import java.time.LocalDate;
import java.util.List;
import org.curtaincall.listening.entity.CustomerImpact;
import org.curtaincall.listening.entity.Report;
import org.curtaincall.listening.entity.ReportKind;
import org.curtaincall.listening.entity.ReportStatus;

/** A report as its reporter sees it with the receipt: no internal id, so the receipt stays the only way in. */
public record ReporterView(ReportKind kind, String teamName, String title, String description,
        CustomerImpact customerImpact, String suggestedFix, ReportStatus status, LocalDate filedOn,
        LocalDate redactedOn, boolean hidden, List<MessageView> messages) {

    static ReporterView of(Report r, String teamName) {
        return new ReporterView(r.getKind(), teamName, r.getTitle(), r.getDescription(), r.getCustomerImpact(),
                r.getSuggestedFix(), r.getStatus(), r.getFiledOn(), r.getRedactedOn(), r.isHidden(),
                r.getMessages().stream().map(m -> MessageView.of(m, false)).toList());
    }

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return TriageView.label(status);
    }
}
