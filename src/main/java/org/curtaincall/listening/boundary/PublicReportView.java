package org.curtaincall.listening.boundary;

import java.time.LocalDate;
import org.curtaincall.listening.entity.Report;
import org.curtaincall.listening.entity.ReportKind;
import org.curtaincall.listening.entity.ReportStatus;

/** A report HR listed publicly, with its "me too" count and whether the caller has added theirs. */
public record PublicReportView(String id, ReportKind kind, String teamName, String title, String description,
        ReportStatus status, LocalDate filedOn, long meToo, boolean meTooByMe) {

    static PublicReportView of(Report r, String teamName, long meToo, boolean meTooByMe) {
        return new PublicReportView(r.getId(), r.getKind(), teamName, r.getTitle(), r.getDescription(), r.getStatus(),
                r.getFiledOn(), meToo, meTooByMe);
    }

    public String kindLabel() {
        return kind.label();
    }

    public String statusLabel() {
        return TriageView.label(status);
    }
}
