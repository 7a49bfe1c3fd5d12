package org.curtaincall.insights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.insights.control.AnonymityPolicy;
import org.curtaincall.insights.control.EngagementRepository;
import org.curtaincall.insights.control.EngagementRepository.Edge;
import org.curtaincall.insights.control.InsightsAssembler;
import org.curtaincall.insights.control.InsightsAssembler.ThemeInputs;
import org.curtaincall.insights.control.InsightsAssembler.TrendInputs;
import org.curtaincall.insights.control.Period;
import org.curtaincall.insights.control.TextRepository;
import org.curtaincall.insights.control.ThemeRepository;
import org.curtaincall.insights.control.ThemeWorker;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ListeningHealth;
import org.curtaincall.insights.entity.TeamRef;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.ThemeSummary;
import org.curtaincall.insights.entity.ThemesReport;
import org.curtaincall.insights.entity.TrendsReport;
import org.curtaincall.platform.control.AccessDeniedException;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.platform.control.RuleViolationException;
import org.curtaincall.security.boundary.Caller;
import org.curtaincall.security.boundary.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The insights HR and admins read: themes, engagement trends, the front x back heatmap and listening health, each
 * for a period and optionally one team. Read-only; every figure has passed the anonymity policy before it leaves.
 */
@ApplicationScoped
@Transactional
public class InsightsService {

    public static final int DEFAULT_DAYS = 90;

    @Inject
    EngagementRepository engagement;

    @Inject
    TextRepository texts;

    @Inject
    ThemeRepository themes;

    @Inject
    ThemeWorker worker;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.insights.min-contributors-for-scores", defaultValue = "5")
    int minForScores;

    @Inject
    @ConfigProperty(name = "curtaincall.insights.min-contributors-for-texts", defaultValue = "10")
    int minForTexts;

    private InsightsAssembler assembler;

    @PostConstruct
    void init() {
        assembler = new InsightsAssembler(new AnonymityPolicy(minForScores, minForTexts));
    }

    /** Where a themes run stands, for the progress bar, and when the themes shown were found. */
    public record RecomputeView(boolean running, int percent, String problem, LocalDate computedOn) {
    }

    /** The period a request asks for: ISO dates, both optional, the last 90 days by default. */
    public Period period(String from, String to) {
        LocalDate today = today();
        LocalDate end = parse("to", to, today);
        LocalDate start = parse("from", from, end.minusDays(DEFAULT_DAYS - 1L));
        return new Period(start, end);
    }

    /** The last {@code days} days up to today, for the dashboard's fixed periods. */
    public Period lastDays(int days) {
        return Period.lastDays(today(), days);
    }

    public ThemesReport themes(Long teamId) {
        staff();
        ThemesReport report = allThemes();
        if (teamId == null) {
            return report;
        }
        String name = team(teamId).name();
        return new ThemesReport(report.computedOn(), report.texts(), report.weeks(),
                report.themes().stream().filter(theme -> theme.teams().contains(name)).toList(), report.hiddenThemes());
    }

    public TrendsReport trends(Period period, Long teamId) {
        staff();
        List<TeamRef> teams = teams();
        List<Edge> personThanks = engagement.personThanks(period);
        TrendsReport report = assembler.trends(period, today(), teams, new TrendInputs(
                engagement.kudosReceived(period, period.weeks()), engagement.kudosReceived(period, period.months()),
                engagement.recognitionByStage(period, period.months()), engagement.ratings(period, period.months()),
                engagement.lastThanked(), personThanks, names(personThanks), engagement.teamThanks(period)));
        if (teamId == null) {
            return report;
        }
        Set<String> only = Set.of(String.valueOf(team(teamId).id()));
        String name = team(teamId).name();
        return new TrendsReport(report.from(), report.to(), report.kudosPerWeek().onlyRows(only),
                report.kudosPerMonth().onlyRows(only), report.recognitionByStage(),
                report.averageRating().onlyRows(only),
                report.quietTeams().stream().filter(quiet -> quiet.teamId() == teamId).toList(),
                report.reciprocalPairs().stream().filter(pair -> pair.kind().equals("people")
                        || pair.first().equals(name) || pair.second().equals(name)).toList());
    }

    public HeatmapReport heatmap(Period period, Long teamId) {
        staff();
        Map<String, String> labels = new HashMap<>();
        allThemes().themes().forEach(theme -> labels.put(theme.id(), theme.label()));
        HeatmapReport report = assembler.heatmap(period, teams(), engagement.handOffs(period),
                engagement.linkThemes(period), labels);
        if (teamId == null) {
            return report;
        }
        TeamRef team = team(teamId);
        if ("FRONT".equals(team.stage())) {
            return new HeatmapReport(report.from(), report.to(), report.backTeams(),
                    report.rows().stream().filter(row -> row.team().id() == teamId).toList(), report.columnTotals());
        }
        int column = report.backTeams().stream().map(TeamRef::id).toList().indexOf(teamId);
        if (column < 0) {
            return new HeatmapReport(report.from(), report.to(), List.of(), List.of(), List.of());
        }
        return new HeatmapReport(report.from(), report.to(), List.of(report.backTeams().get(column)),
                report.rows().stream().map(row -> new HeatmapReport.Row(row.team(),
                        List.of(row.cells().get(column)), null)).toList(),
                report.columnTotals() == null ? null : List.of(report.columnTotals().get(column)));
    }

    public HeatmapReport.Cell heatmapCell(Period period, long frontTeamId, long backTeamId) {
        return heatmap(period, null).cell(frontTeamId, backTeamId)
                .orElseThrow(() -> new NotFoundException("Heatmap cell", frontTeamId + "/" + backTeamId));
    }

    public ListeningHealth listening(Period period, Long teamId) {
        staff();
        if (teamId != null) {
            team(teamId);
        }
        return assembler.listening(period, today(),
                engagement.reportsByKindAndStatus(period.from(), period.to(), teamId),
                engagement.reportDays(period.from(), period.to(), teamId), allThemes().themes());
    }

    /** Starts a full themes run in the background, unless one is running; answers where it stands. */
    public RecomputeView recompute() {
        staff();
        worker.startFullRun();
        return status();
    }

    public RecomputeView recomputeStatus() {
        staff();
        return status();
    }

    /** Teams to filter by, both stages, active ones. */
    public List<TeamRef> filterTeams() {
        staff();
        return teams().stream().filter(TeamRef::active).toList();
    }

    public int minContributorsForScores() {
        return minForScores;
    }

    public int minContributorsForTexts() {
        return minForTexts;
    }

    // ------------------------------------------------------------------------------------------------------------

    private RecomputeView status() {
        ThemeWorker.Progress progress = worker.progress();
        return new RecomputeView(progress.running(), progress.percent(), progress.problem(),
                themes.lastRun().map(ThemeRepository.RunInfo::computedOn).orElse(null));
    }

    private ThemesReport allThemes() {
        LocalDate today = today();
        LocalDate firstWeek = Text.weekOf(today).minusWeeks(InsightsAssembler.TREND_WEEKS - 1L);
        var run = themes.lastRun();
        return assembler.themes(themes.latest(today), run.isPresent(), run.map(ThemeRepository.RunInfo::texts).orElse(0),
                today, teams(), new ThemeInputs(texts.authorsPerTheme(), texts.authorsPerThemeAndWeek(),
                        texts.authorsPerThemeBefore(firstWeek),
                        themeId -> texts.newestOf(themeId, InsightsAssembler.SAMPLES)));
    }

    private Map<Long, String> names(List<Edge> edges) {
        Map<Long, Set<Long>> targets = new HashMap<>();
        edges.forEach(edge -> targets.computeIfAbsent(edge.from(), id -> new HashSet<>()).add(edge.to()));
        Map<Long, String> names = new LinkedHashMap<>();
        for (var entry : targets.entrySet()) {
            if (entry.getValue().size() == 1) {
                for (long id : Set.of(entry.getKey(), entry.getValue().iterator().next())) {
                    names.computeIfAbsent(id, person -> directory.findPerson(person).map(PersonView::name)
                            .orElse("#" + person));
                }
            }
        }
        return names;
    }

    private List<TeamRef> teams() {
        return directory.listTeams(null, null, true).stream()
                .map(team -> new TeamRef(team.id(), team.name(), team.stage().name(), team.active()))
                .collect(Collectors.toList());
    }

    private TeamRef team(long id) {
        TeamView team = directory.findTeam(id).orElseThrow(() -> new RuleViolationException("teamId",
                "team " + id + " does not exist"));
        return new TeamRef(team.id(), team.name(), team.stage().name(), team.active());
    }

    private Caller staff() {
        Caller caller = currentUser.required();
        if (!caller.roles().contains(Role.HR_NAME) && !caller.roles().contains(Role.ADMIN_NAME)) {
            throw new AccessDeniedException("insights are for HR and admins");
        }
        return caller;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static LocalDate parse(String field, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "give a date as YYYY-MM-DD");
        }
    }
}
