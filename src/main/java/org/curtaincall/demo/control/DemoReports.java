package org.curtaincall.demo.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.listening.boundary.ListeningService;
import org.curtaincall.listening.boundary.ReportRequest;
import org.curtaincall.listening.boundary.StatusRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A handful of anonymous reports in every status, one of them overdue for acknowledgement, so that the triage board
 * and the open list have something to show in a new demo installation.
 */
@Startup
@Singleton
@DependsOn("DemoOrganisation")
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class.getName());

    @Inject
    @ConfigProperty(name = "curtaincall.demo.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    ListeningService listening;

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        if (!enabled || listening.hasReports()) {
            return;
        }
        Map<String, Long> teams = directory.listTeams(null, null, true).stream()
                .collect(Collectors.toMap(TeamView::name, TeamView::id));
        LocalDate today = LocalDate.now(clock);
        listening.seedDemoReport(new ReportRequest("PROCESS_BREAKAGE", teams.get("Logistics"),
                "Returns wait two days for a shipping label",
                "Customers bring a return to the store and we cannot print the label until the warehouse system "
                        + "syncs overnight. They come back two days later, or not at all.",
                "SEVERE", "Let stores print return labels straight from the till."), today.minusDays(10), List.of(),
                false);
        listening.seedDemoReport(new ReportRequest("PROCESS_BREAKAGE", teams.get("IT Service Desk"),
                "Password resets take three days",
                "Reset tickets land in a queue that is only looked at on Mondays and Thursdays. New starters cannot "
                        + "use the tills in their first week.",
                "SOME", null), today.minusDays(2), List.of(), false);
        listening.seedDemoReport(new ReportRequest("PROCESS_BREAKAGE", teams.get("Finance"),
                "Refund approvals get stuck over the weekend",
                "Refunds above 200 need a second approval and nobody approves between Friday evening and Monday.",
                "SEVERE", "A weekend approver on rota."), today.minusDays(21),
                List.of(new StatusRequest("ACKNOWLEDGED", "Thank you. We see the backlog every Monday too."),
                        new StatusRequest("IN_PROGRESS", "A weekend rota starts next month."),
                        new StatusRequest("RESOLVED", "The weekend rota is live. Refunds now clear within a day.")),
                true);
        listening.seedDemoReport(new ReportRequest("SUGGESTION", teams.get("Kitchen"),
                "One shared calendar for event deliveries",
                "Event orders are in three spreadsheets; the kitchen learns about changes from the drivers.",
                "SOME", "One calendar that sales, kitchen and drivers all see."), today.minusDays(12),
                List.of(new StatusRequest("ACKNOWLEDGED", "Good idea, we are looking at calendar tools."),
                        new StatusRequest("IN_PROGRESS", "Trying a shared calendar with two event teams.")),
                true);
        listening.seedDemoReport(new ReportRequest("QUESTION", teams.get("Payroll"),
                "Why are overtime hours paid a month late?",
                "Overtime worked in the first week of a month shows up on the payslip a month later.",
                "NONE", null), today.minusDays(6),
                List.of(new StatusRequest("ACKNOWLEDGED", "We will explain the cut-off dates here this week.")),
                false);
        listening.seedDemoReport(new ReportRequest("SUGGESTION", null,
                "Free coffee in the night shift break room",
                "The machine is switched off at 10 pm.", "NONE", null), today.minusDays(30),
                List.of(new StatusRequest("ACKNOWLEDGED", "Thanks for the idea."),
                        new StatusRequest("DECLINED", "The building switches the power off at night; we cannot change "
                                + "that this year.")),
                false);
        LOG.info("Demo reports created");
    }
}
