package org.curtaincall.listening.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** The open list of reports HR made public, where anyone can add a "me too". */
@Named
@ViewScoped
public class PublicReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListeningService listening;

    @Inject
    transient FieldMessages messages;

    private List<PublicReportView> reports;

    @PostConstruct
    void load() {
        reports = listening.publicReports();
    }

    public void meToo(PublicReportView report) {
        try {
            long count = listening.meToo(report.id());
            messages.info("Counted. " + count + (count == 1 ? " person says" : " people say") + " \u201cme too\u201d.");
        } catch (DomainException e) {
            messages.error(e.reason());
        }
        load();
    }

    public List<PublicReportView> getReports() {
        return reports;
    }
}
