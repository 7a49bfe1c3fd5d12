package org.curtaincall.listening.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.listening.control.MeTooMarks;
import org.curtaincall.listening.control.Receipt;
import org.curtaincall.listening.control.ReceiptThrottle;
import org.curtaincall.listening.control.ReportFiled;
import org.curtaincall.listening.control.ReportRepository;
import org.curtaincall.listening.control.UnknownReceiptException;
import org.curtaincall.listening.entity.CustomerImpact;
import org.curtaincall.listening.entity.MeToo;
import org.curtaincall.listening.entity.Report;
import org.curtaincall.listening.entity.ReportKind;
import org.curtaincall.listening.entity.ReportStatus;
import org.curtaincall.platform.control.AccessDeniedException;
import org.curtaincall.platform.control.ConflictException;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.platform.control.RuleViolationException;
import org.curtaincall.platform.control.SlowHash;
import org.curtaincall.security.boundary.Caller;
import org.curtaincall.security.boundary.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Listening's use cases. Filing a report never asks who is calling: the sign-in only lets employees reach the door.
 * The reporter comes back with the receipt alone; staff triage the reports of the teams they lead (HR: all).
 */
@ApplicationScoped
@Transactional
public class ListeningService {

    static final String BODY_REQUIRED = "a request body is required";

    @Inject
    ReportRepository reports;

    @Inject
    ReceiptThrottle throttle;

    @Inject
    MeTooMarks marks;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Event<ReportFiled> filed;

    @Inject
    @ConfigProperty(name = "curtaincall.listening.receipt-iterations", defaultValue = "1000")
    int receiptIterations;

    private SlowHash hasher;

    @PostConstruct
    void init() {
        hasher = new SlowHash(receiptIterations);
    }

    // --- the reporter -------------------------------------------------------------------------------------------

    public IssuedReceipt submitReport(@NotNull(message = BODY_REQUIRED) @Valid ReportRequest request) {
        if (request.teamId() != null && directory.findTeam(request.teamId()).isEmpty()) {
            throw new RuleViolationException("teamId", "team " + request.teamId() + " does not exist");
        }
        Receipt receipt = Receipt.generate();
        while (reports.locatorTaken(receipt.locator())) {
            receipt = Receipt.generate();
        }
        Report report = reports.add(new Report(receipt.locator(), hasher.hash(receipt.secret()),
                ReportKind.valueOf(request.kind()), request.teamId(), request.title(), request.description(),
                CustomerImpact.valueOf(request.customerImpact()), request.suggestedFix(), today()));
        filed.fire(new ReportFiled(report.getId()));
        return new IssuedReceipt(receipt.text());
    }

    /** The report a receipt opens; the address only feeds the in-memory throttle. */
    public ReporterView openByReceipt(String receipt, String address) {
        Report report = byReceipt(receipt, address);
        return ReporterView.of(report, teamName(report.getTeamId()));
    }

    public ReporterView replyByReceipt(String receipt, String address,
            @NotNull(message = BODY_REQUIRED) @Valid MessageRequest request) {
        Report report = byReceipt(receipt, address);
        report.addReporterReply(request.message(), today());
        return ReporterView.of(report, teamName(report.getTeamId()));
    }

    /** Teams a report may concern, for the report form. */
    public List<TeamView> teams() {
        return directory.listTeams(null, null, false);
    }

    public boolean hasReports() {
        return reports.count() > 0;
    }

    /**
     * Files a report as if it had been filed some days ago and moved on by staff since, for the demo organisation
     * only: neither the API nor the pages reach it. The receipt is thrown away, so nobody can open these reports.
     */
    public void seedDemoReport(@NotNull @Valid ReportRequest request, LocalDate filedOn,
            List<@Valid StatusRequest> steps, boolean listedPublicly) {
        Receipt receipt = Receipt.generate();
        Report report = reports.add(new Report(receipt.locator(), hasher.hash(receipt.secret()),
                ReportKind.valueOf(request.kind()), request.teamId(), request.title(), request.description(),
                CustomerImpact.valueOf(request.customerImpact()), request.suggestedFix(), filedOn));
        LocalDate day = filedOn;
        for (StatusRequest step : steps) {
            day = day.plusDays(2).isAfter(today()) ? today() : day.plusDays(2);
            report.moveTo(ReportStatus.valueOf(step.status()), step.message(), day);
        }
        if (listedPublicly) {
            report.listPublicly();
        }
    }

    // --- staff --------------------------------------------------------------------------------------------------

    /** HR sees every report; a team lead sees the visible reports about the teams they lead. */
    public List<TriageView> board() {
        Caller caller = staff();
        List<Report> list = isHr(caller) ? reports.all() : reports.concerning(ledTeams(caller));
        Map<Long, String> names = teamNames();
        Map<String, Long> meToo = reports.meTooCounts(list.stream().map(Report::getId).toList());
        return list.stream()
                .map(r -> TriageView.of(r, names.get(r.getTeamId()), meToo.getOrDefault(r.getId(), 0L), today(),
                        isHr(caller)))
                .toList();
    }

    public TriageView report(String id) {
        return view(forStaff(id));
    }

    public TriageView changeStatus(String id, @NotNull(message = BODY_REQUIRED) @Valid StatusRequest request) {
        Report report = forStaff(id);
        report.moveTo(ReportStatus.valueOf(request.status()), request.message(), today());
        return view(report);
    }

    public TriageView answer(String id, @NotNull(message = BODY_REQUIRED) @Valid MessageRequest request) {
        Report report = forStaff(id);
        report.addStaffAnswer(request.message(), today());
        return view(report);
    }

    public TriageView listPublicly(String id) {
        Report report = forHr(id);
        report.listPublicly();
        return view(report);
    }

    public TriageView hide(String id) {
        Report report = forHr(id);
        report.hide();
        return view(report);
    }

    public TriageView hideReply(String id, String replyId) {
        Report report = forHr(id);
        report.hideMessage(replyId);
        return view(report);
    }

    public TriageView redact(String id, @NotNull(message = BODY_REQUIRED) @Valid RedactRequest request) {
        Report report = forHr(id);
        report.redact(request.text(), today());
        return view(report);
    }

    // --- everyone signed in: the public list and "me too" -------------------------------------------------------

    public List<PublicReportView> publicReports() {
        long personId = currentUser.required().personId();
        List<Report> list = reports.listedPublicly();
        Map<Long, String> names = teamNames();
        Map<String, Long> meToo = reports.meTooCounts(list.stream().map(Report::getId).toList());
        return list.stream()
                .map(r -> PublicReportView.of(r, names.get(r.getTeamId()), meToo.getOrDefault(r.getId(), 0L),
                        reports.hasMeToo(marks.mark(personId, r.getId()))))
                .toList();
    }

    /** Adds the caller's "me too" to a public report and answers the new count. */
    public long meToo(String id) {
        long personId = currentUser.required().personId();
        Report report = reports.find(id)
                .filter(r -> r.isListedPublicly() && !r.isHidden())
                .orElseThrow(() -> new NotFoundException("Public report", id));
        String mark = marks.mark(personId, report.getId());
        if (reports.hasMeToo(mark)) {
            throw new ConflictException("meToo", "you already said \u201cme too\u201d on this report");
        }
        reports.addMeToo(new MeToo(mark, report.getId()));
        return reports.meTooCounts(List.of(report.getId())).getOrDefault(report.getId(), 0L);
    }

    // ------------------------------------------------------------------------------------------------------------

    private Report byReceipt(String typed, String address) {
        if (typed == null || typed.isBlank()) {
            throw new RuleViolationException("receipt", "enter the receipt code you got when you filed the report");
        }
        Optional<Receipt> receipt = Receipt.parse(typed);
        String locator = receipt.map(Receipt::locator).orElse(null);
        throttle.checkAllowed(locator, address);
        Optional<Report> report = receipt.flatMap(r -> reports.findByLocator(r.locator()));
        boolean right;
        if (report.isPresent()) {
            right = hasher.verify(receipt.get().secret(), report.get().getReceiptHash());
        } else {
            hasher.spendTime(receipt.map(Receipt::secret).orElse(typed));
            right = false;
        }
        if (!right) {
            throttle.recordFailure(locator, address);
            throw new UnknownReceiptException();
        }
        throttle.recordSuccess(locator);
        return report.get();
    }

    private Caller staff() {
        Caller caller = currentUser.required();
        if (!isHr(caller) && !caller.hasRole(Role.TEAM_LEAD_NAME)) {
            throw new AccessDeniedException("only team leads and HR triage reports");
        }
        return caller;
    }

    private Report forStaff(String id) {
        Caller caller = staff();
        Report report = reports.find(id).orElseThrow(() -> new NotFoundException("Report", id));
        if (!isHr(caller) && (report.isHidden() || !ledTeams(caller).contains(report.getTeamId()))) {
            throw new AccessDeniedException("only HR and the leads of the team a report concerns may triage it");
        }
        return report;
    }

    private Report forHr(String id) {
        if (!isHr(currentUser.required())) {
            throw new AccessDeniedException("only HR moderates reports");
        }
        return reports.find(id).orElseThrow(() -> new NotFoundException("Report", id));
    }

    private TriageView view(Report report) {
        long meToo = reports.meTooCounts(List.of(report.getId())).getOrDefault(report.getId(), 0L);
        return TriageView.of(report, teamName(report.getTeamId()), meToo, today(), isHr(currentUser.required()));
    }

    private static boolean isHr(Caller caller) {
        return caller.hasRole(Role.HR_NAME);
    }

    private Set<Long> ledTeams(Caller caller) {
        return directory.teamsLedBy(caller.personId()).stream().map(TeamView::id).collect(Collectors.toSet());
    }

    private Map<Long, String> teamNames() {
        return directory.listTeams(null, null, true).stream().collect(Collectors.toMap(TeamView::id, TeamView::name));
    }

    private String teamName(Long teamId) {
        return teamId == null ? null : directory.findTeam(teamId).map(TeamView::name).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
