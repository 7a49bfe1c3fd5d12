package org.curtaincall.insights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.insights.control.AnonymityPolicy;
import org.curtaincall.insights.control.EngagementRepository;
import org.curtaincall.insights.control.EngagementRepository.Edge;
import org.curtaincall.insights.control.EngagementRepository.ReportFigures;
import org.curtaincall.insights.control.InsightsAssembler;
import org.curtaincall.insights.control.InsightsAssembler.ThemeInputs;
import org.curtaincall.insights.control.InsightsAssembler.TrendInputs;
import org.curtaincall.insights.control.KudosScan.EngagementTallies;
import org.curtaincall.insights.control.Period;
import org.curtaincall.insights.control.ReportCache;
import org.curtaincall.insights.control.TextRepository;
import org.curtaincall.insights.control.ThemeRepository;
import org.curtaincall.insights.control.ThemeWorker;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ListeningHealth;
import org.curtaincall.insights.entity.TeamRef;
import org.curtaincall.insights.entity.Text;
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
 *
 * <p>Reports are kept in memory for {@code curtaincall.insights.cache-seconds} (see {@link ReportCache}): the
 * engagement trends and the heatmap of a period come from one read of its kudos and are kept together, listening
 * health per period and team, the themes per themes run. A team filter selects rows of the kept all-teams report, as
 * it always did, so it never needs a read of its own (listening counts a team's reports apart, as before).
 * {@link InsightsRefresher} keeps the dashboard's fixed periods computed ahead of time.
 */
@ApplicationScoped
@Transactional
public class InsightsService {

    public static final int DEFAULT_DAYS = 90;
    /** The dashboard's fixed periods, in days up to today, the default first: the ones kept computed ahead. */
    public static final List<Integer> DASHBOARD_DAYS = List.of(DEFAULT_DAYS, 30, 182, 365);
    /** Reports kept per kind: the dashboard's periods and a few more asked through the API. */
    static final int KEPT_PER_KIND = 32;
    private static final String ACTIVE_TEAMS = "active";

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

    /** How long a computed report is served before it is computed again; 0 computes every report on every read. */
    @Inject
    @ConfigProperty(name = "curtaincall.insights.cache-seconds", defaultValue = "300")
    int cacheSeconds;

    private InsightsAssembler assembler;
    private ReportCache<EngagementKey, Engagement> engagements;
    private ReportCache<ListeningKey, ListeningHealth> listenings;
    private ReportCache<ThemesKey, ThemesReport> themeReports;
    /** The dashboard's team filter, kept like the reports: counting every team's members takes a while. */
    private ReportCache<String, List<TeamRef>> teamLists;

    /** The trends and the heatmap of a period: one read of its kudos makes both. */
    private record Engagement(TrendsReport trends, HeatmapReport heatmap) {
    }

    /** Quiet teams and overdue reports count up to today, so a report is for a period as seen on a day. */
    private record EngagementKey(Period period, LocalDate today) {
    }

    private record ListeningKey(Period period, Long teamId, LocalDate today) {
    }

    /** Themes change with each full run and count their weeks up to today. */
    private record ThemesKey(LocalDate today, LocalDateTime runFinishedAt) {
    }

    @PostConstruct
    void init() {
        assembler = new InsightsAssembler(new AnonymityPolicy(minForScores, minForTexts));
        Duration keep = Duration.ofSeconds(Math.max(0, cacheSeconds));
        engagements = new ReportCache<>(clock, keep, KEPT_PER_KIND);
        listenings = new ReportCache<>(clock, keep, KEPT_PER_KIND);
        themeReports = new ReportCache<>(clock, keep, KEPT_PER_KIND);
        teamLists = new ReportCache<>(clock, keep, 1);
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
                report.themes().stream().filter(theme -> theme.teams().contains(name)).toList(), report.hiddenThemes(),
                report.computedAt());
    }

    public TrendsReport trends(Period period, Long teamId) {
        staff();
        TrendsReport report = engagement(period).trends();
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
                        || pair.first().equals(name) || pair.second().equals(name)).toList(),
                report.computedAt());
    }

    public HeatmapReport heatmap(Period period, Long teamId) {
        staff();
        HeatmapReport report = engagement(period).heatmap();
        if (teamId == null) {
            return report;
        }
        TeamRef team = team(teamId);
        if ("FRONT".equals(team.stage())) {
            return new HeatmapReport(report.from(), report.to(), report.backTeams(),
                    report.rows().stream().filter(row -> row.team().id() == teamId).toList(), report.columnTotals(),
                    report.computedAt());
        }
        int column = report.backTeams().stream().map(TeamRef::id).toList().indexOf(teamId);
        if (column < 0) {
            return new HeatmapReport(report.from(), report.to(), List.of(), List.of(), List.of(), report.computedAt());
        }
        return new HeatmapReport(report.from(), report.to(), List.of(report.backTeams().get(column)),
                report.rows().stream().map(row -> new HeatmapReport.Row(row.team(),
                        List.of(row.cells().get(column)), null)).toList(),
                report.columnTotals() == null ? null : List.of(report.columnTotals().get(column)),
                report.computedAt());
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
        return listenings.get(new ListeningKey(period, teamId, today()), at -> computeListening(period, teamId, at));
    }

    // --- kept ahead by InsightsRefresher: nothing leaves these, so nobody needs to be signed in -------------------

    /** Computes the themes again when they are missing or expire within {@code lead}. */
    public void refreshThemes(Duration lead) {
        Optional<ThemeRepository.RunInfo> run = themes.lastRun();
        ThemesKey key = themesKey(run);
        if (themeReports.due(key, lead)) {
            themeReports.refresh(key, at -> computeThemes(run, at));
        }
    }

    /** Computes the all-teams trends and heatmap of the last {@code days} days again when due within {@code lead}. */
    public void refreshEngagement(int days, Duration lead) {
        Period period = lastDays(days);
        EngagementKey key = new EngagementKey(period, today());
        if (engagements.due(key, lead)) {
            engagements.refresh(key, at -> computeEngagement(period, at));
        }
    }

    /** Computes the all-teams listening health of the last {@code days} days again when due within {@code lead}. */
    public void refreshListening(int days, Duration lead) {
        Period period = lastDays(days);
        ListeningKey key = new ListeningKey(period, null, today());
        if (listenings.due(key, lead)) {
            listenings.refresh(key, at -> computeListening(period, null, at));
        }
    }

    /** How long reports are kept, in seconds; 0 when every read computes afresh. */
    public int cacheSeconds() {
        return Math.max(0, cacheSeconds);
    }

    /** The time of day of a moment, on the portal's clock, for "figures as of". */
    public LocalTime timeOfDay(Instant moment) {
        return LocalTime.ofInstant(moment, clock.getZone());
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
        return teamLists.get(ACTIVE_TEAMS, at -> teams().stream().filter(TeamRef::active).toList());
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

    private Engagement engagement(Period period) {
        return engagements.get(new EngagementKey(period, today()), at -> computeEngagement(period, at));
    }

    private Engagement computeEngagement(Period period, Instant at) {
        Instant computedAt = at.truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        List<TeamRef> teams = teams();
        EngagementTallies tallies = engagement.engagement(period);
        List<Edge> lone = InsightsAssembler.loneThanks(tallies.personThanks());
        TrendsReport trends = assembler.trends(period, today, computedAt, teams, new TrendInputs(
                tallies.kudosPerWeek(), tallies.kudosPerMonth(), tallies.byStage(), tallies.ratingsPerMonth(),
                lastThanked(teams, tallies.latestPublic(), today), lone,
                directory.personNames(InsightsAssembler.paired(lone)), tallies.teamThanks()));
        Map<String, String> labels = new HashMap<>();
        allThemes().themes().forEach(theme -> labels.put(theme.id(), theme.label()));
        HeatmapReport heatmap = assembler.heatmap(period, computedAt, teams, tallies.handOffs(), tallies.linkThemes(),
                labels);
        return new Engagement(trends, heatmap);
    }

    /**
     * The day each active back-stage team was last thanked, as far as "nobody thanked them in 30/90 days" needs it.
     * A team thanked in the last 30 days within the period read needs nothing more; only the others, normally the
     * few quiet ones, are looked up, over the last 90 days.
     */
    private Map<Long, LocalDate> lastThanked(List<TeamRef> teams, Map<Long, LocalDateTime> latestInPeriod,
            LocalDate today) {
        LocalDateTime recent = today.minusDays(InsightsAssembler.QUIET_DAYS - 1L).atStartOfDay();
        Map<Long, LocalDate> last = new HashMap<>();
        List<Long> lookUp = new ArrayList<>();
        for (TeamRef team : teams) {
            if (!team.active() || !"BACK".equals(team.stage())) {
                continue;
            }
            LocalDateTime latest = latestInPeriod.get(team.id());
            if (latest != null && !latest.isBefore(recent)) {
                last.put(team.id(), latest.toLocalDate());
            } else {
                lookUp.add(team.id());
            }
        }
        if (!lookUp.isEmpty()) {
            last.putAll(engagement.lastThanked(lookUp, today.minusDays(InsightsAssembler.LONG_QUIET_DAYS - 1L)));
        }
        return last;
    }

    private ListeningHealth computeListening(Period period, Long teamId, Instant at) {
        ReportFigures reports = engagement.reports(period.from(), period.to(), teamId);
        return assembler.listening(period, LocalDate.ofInstant(at, clock.getZone()), at.truncatedTo(ChronoUnit.SECONDS),
                reports.byKindAndStatus(), reports.days(), allThemes().themes());
    }

    private ThemesReport allThemes() {
        Optional<ThemeRepository.RunInfo> run = themes.lastRun();
        return themeReports.get(themesKey(run), at -> computeThemes(run, at));
    }

    private ThemesKey themesKey(Optional<ThemeRepository.RunInfo> run) {
        return new ThemesKey(today(), run.map(ThemeRepository.RunInfo::finishedAt).orElse(null));
    }

    private ThemesReport computeThemes(Optional<ThemeRepository.RunInfo> run, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        LocalDate firstWeek = Text.weekOf(today).minusWeeks(InsightsAssembler.TREND_WEEKS - 1L);
        TextRepository.ThemeAuthors authors = texts.themeAuthors(firstWeek);
        return assembler.themes(themes.latest(today), run.isPresent(), run.map(ThemeRepository.RunInfo::texts).orElse(0),
                today, at.truncatedTo(ChronoUnit.SECONDS), teams(), new ThemeInputs(authors.perTheme(),
                        authors.perWeek(), authors.before(),
                        themeId -> texts.newestOf(themeId, InsightsAssembler.SAMPLES)));
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
