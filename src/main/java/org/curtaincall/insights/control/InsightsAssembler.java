package org.curtaincall.insights.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.curtaincall.insights.control.AnonymityPolicy.Purpose;
import org.curtaincall.insights.control.EngagementRepository.Edge;
import org.curtaincall.insights.control.EngagementRepository.LinkTheme;
import org.curtaincall.insights.control.EngagementRepository.ReportDays;
import org.curtaincall.insights.control.GridAssembler.Measure;
import org.curtaincall.insights.control.GridAssembler.Shape;
import org.curtaincall.insights.entity.Disclosure;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.Grid;
import org.curtaincall.insights.entity.GroupTable;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ListeningHealth;
import org.curtaincall.insights.entity.TeamRef;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;
import org.curtaincall.insights.entity.ThemeSummary;
import org.curtaincall.insights.entity.ThemesReport;
import org.curtaincall.insights.entity.TrendsReport;
import org.curtaincall.insights.entity.TrendsReport.QuietTeam;
import org.curtaincall.insights.entity.TrendsReport.ReciprocalPair;

/**
 * Builds the dashboards' reports from what the aggregate queries found, passing every figure through the
 * {@link AnonymityPolicy}. Plain code on plain inputs: the pages, the CSV exports and the API all show its output,
 * so they can never disagree about what is hidden.
 */
public final class InsightsAssembler {

    public static final String NO_TEAM = "NONE";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final Map<String, String> STAGES = Map.of("FRONT", "Front stage", "BACK", "Back stage",
            NO_TEAM, "No team");
    private static final Map<String, String> KINDS = linked("PROCESS_BREAKAGE", "Process breakage",
            "SUGGESTION", "Suggestion", "QUESTION", "Question");
    private static final Map<String, String> STATUSES = linked("NEW", "New", "ACKNOWLEDGED", "Acknowledged",
            "IN_PROGRESS", "In progress", "RESOLVED", "Resolved", "DECLINED", "Declined");
    /** Days a new report may wait for acknowledgement, as listening promises the reporter. */
    public static final int ACKNOWLEDGE_WITHIN_DAYS = 7;
    public static final int TREND_WEEKS = 12;
    /** "Nobody thanked them lately": no public kudos in the last 30 days, or in the last 90. */
    public static final int QUIET_DAYS = 30;
    public static final int LONG_QUIET_DAYS = 90;
    public static final int SAMPLES = 3;

    private final AnonymityPolicy policy;
    private final GridAssembler grids;

    public InsightsAssembler(AnonymityPolicy policy) {
        this.policy = policy;
        this.grids = new GridAssembler(policy);
    }

    public AnonymityPolicy policy() {
        return policy;
    }

    // --- trends -------------------------------------------------------------------------------------------------

    /**
     * The raw material of the trends: one set of tallies per table, plus the thanks between people and teams.
     *
     * @param lastThanked the day each active back-stage team was last thanked with public kudos; a team missing, or
     *                    thanked before the last 90 days, counts as quiet for 90 days
     */
    public record TrendInputs(Tallies kudosPerWeek, Tallies kudosPerMonth, Tallies byStage, Tallies ratingsPerMonth,
            Map<Long, LocalDate> lastThanked, List<Edge> personThanks, Map<Long, String> personNames,
            List<Edge> teamThanks) {
    }

    public TrendsReport trends(Period period, LocalDate today, Instant computedAt, List<TeamRef> teams,
            TrendInputs in) {
        Map<String, String> backTeams = teamRows(teams, "BACK", in.kudosPerMonth(), in.ratingsPerMonth(),
                in.kudosPerWeek());
        Map<String, String> weeks = columns(period.weeks(), LocalDate::toString);
        Map<String, String> months = columns(period.months(), MONTH::format);
        Map<String, String> stages = new LinkedHashMap<>();
        for (String stage : List.of("FRONT", "BACK", NO_TEAM)) {
            if (!stage.equals(NO_TEAM) || in.byStage().rowKeys().contains(NO_TEAM)) {
                stages.put(stage, STAGES.get(stage));
            }
        }
        Grid perWeek = grids.assemble(new Shape("Kudos received per week", backTeams, weeks, false, true,
                Measure.COUNT), in.kudosPerWeek());
        Grid perMonth = grids.assemble(new Shape("Kudos received per month", backTeams, months, false, true,
                Measure.COUNT), in.kudosPerMonth());
        Grid byStage = grids.assemble(new Shape("Recognition given by stage per month", stages, months, false, true,
                Measure.COUNT), in.byStage());
        Grid average = grids.assemble(new Shape("Average hand-off rating per month", backTeams, months, false, true,
                Measure.AVERAGE), in.ratingsPerMonth());
        return new TrendsReport(period.from(), period.to(), perWeek, perMonth, byStage, average,
                quietTeams(teams, in.lastThanked(), today), reciprocalPairs(teams, in), computedAt);
    }

    private static List<QuietTeam> quietTeams(List<TeamRef> teams, Map<Long, LocalDate> lastThanked, LocalDate today) {
        List<QuietTeam> quiet = new ArrayList<>();
        for (TeamRef team : teams) {
            if (!team.active() || !"BACK".equals(team.stage())) {
                continue;
            }
            LocalDate last = lastThanked.get(team.id());
            if (last == null || last.isBefore(today.minusDays(LONG_QUIET_DAYS - 1L))) {
                quiet.add(new QuietTeam(team.id(), team.name(), LONG_QUIET_DAYS));
            } else if (last.isBefore(today.minusDays(QUIET_DAYS - 1L))) {
                quiet.add(new QuietTeam(team.id(), team.name(), QUIET_DAYS));
            }
        }
        quiet.sort(Comparator.comparingInt(QuietTeam::days).reversed().thenComparing(QuietTeam::team));
        return quiet;
    }

    private static List<ReciprocalPair> reciprocalPairs(List<TeamRef> teams, TrendInputs in) {
        Map<Long, String> teamNames = new HashMap<>();
        teams.forEach(team -> teamNames.put(team.id(), team.name()));
        List<ReciprocalPair> pairs = new ArrayList<>(pairs("people", in.personThanks(), in.personNames()));
        pairs.addAll(pairs("teams", in.teamThanks(), teamNames));
        return pairs;
    }

    /**
     * The thanks of those who thanked one other person only (and their thanks to themselves, if any): nobody else can
     * be half of a reciprocal pair, so the pairs and the names they need come from these alone. A year of kudos has
     * hundreds of thousands of (giver, person) thanks, and few of them are lone.
     */
    public static List<Edge> loneThanks(List<Edge> edges) {
        Map<Long, Long> other = new HashMap<>();
        Set<Long> several = new HashSet<>();
        for (Edge edge : edges) {
            if (edge.from() != edge.to()) {
                Long known = other.putIfAbsent(edge.from(), edge.to());
                if (known != null && known != edge.to()) {
                    several.add(edge.from());
                }
            }
        }
        return edges.stream().filter(edge -> other.containsKey(edge.from()) && !several.contains(edge.from()))
                .toList();
    }

    /** Pairs where each side thanked only the other, at least twice: closed loops rather than a wider circle. */
    static List<ReciprocalPair> pairs(String kind, List<Edge> edges, Map<Long, String> names) {
        List<ReciprocalPair> pairs = new ArrayList<>();
        for (Loop loop : closedLoops(edges)) {
            pairs.add(new ReciprocalPair(kind, names.getOrDefault(loop.a(), "#" + loop.a()),
                    names.getOrDefault(loop.b(), "#" + loop.b()), loop.aToB(), loop.bToA()));
        }
        pairs.sort(Comparator.comparing(ReciprocalPair::first));
        return pairs;
    }

    /** Everyone who is half of a pair in {@link #pairs}: the only people whose names the pairs show. */
    public static Set<Long> paired(List<Edge> edges) {
        Set<Long> paired = new HashSet<>();
        closedLoops(edges).forEach(loop -> {
            paired.add(loop.a());
            paired.add(loop.b());
        });
        return paired;
    }

    private record Loop(long a, long b, long aToB, long bToA) {
    }

    private static List<Loop> closedLoops(List<Edge> edges) {
        Map<Long, Map<Long, Long>> given = new HashMap<>();
        for (Edge edge : edges) {
            if (edge.from() != edge.to()) {
                given.computeIfAbsent(edge.from(), from -> new HashMap<>()).merge(edge.to(), edge.count(), Long::sum);
            }
        }
        List<Loop> loops = new ArrayList<>();
        for (var entry : given.entrySet()) {
            long a = entry.getKey();
            if (entry.getValue().size() != 1) {
                continue;
            }
            long b = entry.getValue().keySet().iterator().next();
            Map<Long, Long> back = given.get(b);
            if (a < b && back != null && back.size() == 1 && back.containsKey(a)
                    && entry.getValue().get(b) >= 2 && back.get(a) >= 2) {
                loops.add(new Loop(a, b, entry.getValue().get(b), back.get(a)));
            }
        }
        return loops;
    }

    // --- heatmap ------------------------------------------------------------------------------------------------

    public HeatmapReport heatmap(Period period, Instant computedAt, List<TeamRef> teams, Tallies handOffs,
            List<LinkTheme> links, Map<String, String> visibleThemeLabels) {
        Map<String, String> front = teamRows(teams, "FRONT", handOffs);
        Map<String, String> back = new LinkedHashMap<>();
        for (TeamRef team : teams) {
            if ("BACK".equals(team.stage()) && team.active()) {
                back.put(String.valueOf(team.id()), team.name());
            }
        }
        // A back-stage team rated in the period but deactivated since keeps its column.
        for (TeamRef team : teams) {
            String key = String.valueOf(team.id());
            if ("BACK".equals(team.stage()) && !back.containsKey(key) && hasColumn(handOffs, front.keySet(), key)) {
                back.put(key, team.name() + " (inactive)");
            }
        }
        Grid grid = grids.assemble(new Shape("Hand-off ratings: front stage x back stage", front, back, false, false,
                Measure.AVERAGE), handOffs);
        Map<String, LinkTheme> top = new HashMap<>();
        for (LinkTheme link : links) {
            if (!visibleThemeLabels.containsKey(link.themeId())) {
                continue;
            }
            String key = link.frontTeamId() + "|" + link.backTeamId();
            top.merge(key, link, (a, b) -> Comparator.comparingLong(LinkTheme::lowRated)
                    .thenComparingLong(LinkTheme::texts).thenComparing(LinkTheme::themeId, Comparator.reverseOrder())
                    .compare(a, b) >= 0 ? a : b);
        }
        Map<String, TeamRef> byKey = new HashMap<>();
        teams.forEach(team -> byKey.put(String.valueOf(team.id()), team));
        List<String> backKeys = List.copyOf(back.keySet());
        List<TeamRef> backTeams = backKeys.stream().map(key -> byKey.getOrDefault(key,
                new TeamRef(Long.parseLong(key), back.get(key), "BACK", false))).toList();
        List<HeatmapReport.Row> rows = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            TeamRef frontTeam = byKey.getOrDefault(row.key(),
                    new TeamRef(Long.parseLong(row.key()), row.label(), "FRONT", false));
            List<HeatmapReport.Cell> cells = new ArrayList<>();
            for (int c = 0; c < backKeys.size(); c++) {
                Figure figure = row.cells().get(c);
                String topTheme = null;
                Tally cell = handOffs.cell(row.key(), backKeys.get(c));
                LinkTheme link = top.get(row.key() + "|" + backKeys.get(c));
                if (figure.shown() && link != null && policy.mayShowTexts(cell.contributors())) {
                    topTheme = visibleThemeLabels.get(link.themeId());
                }
                cells.add(new HeatmapReport.Cell(frontTeam.id(), frontTeam.name(), backTeams.get(c).id(),
                        backTeams.get(c).name(), figure, topTheme));
            }
            rows.add(new HeatmapReport.Row(frontTeam, cells, row.total()));
        }
        return new HeatmapReport(period.from(), period.to(), backTeams, rows, grid.columnTotals(), computedAt);
    }

    private static boolean hasColumn(Tallies tallies, Iterable<String> rows, String column) {
        for (String row : rows) {
            if (tallies.cell(row, column).count() > 0) {
                return true;
            }
        }
        return false;
    }

    // --- listening ----------------------------------------------------------------------------------------------

    public ListeningHealth listening(Period period, LocalDate today, Instant computedAt, Tallies byKindAndStatus,
            List<ReportDays> days, List<ThemeSummary> themes) {
        Grid kindStatus = grids.assemble(new Shape("Reports by kind and status", KINDS, STATUSES, true, true,
                Measure.COUNT), byKindAndStatus);
        Tallies acknowledge = new Tallies();
        Tallies resolve = new Tallies();
        long overdue = 0;
        for (ReportDays group : days) {
            if (group.acknowledgedOn() != null) {
                add(acknowledge, group.kind(), group.reports(),
                        ChronoUnit.DAYS.between(group.filedOn(), group.acknowledgedOn()));
            }
            if ("RESOLVED".equals(group.status()) && group.closedOn() != null) {
                add(resolve, group.kind(), group.reports(), ChronoUnit.DAYS.between(group.filedOn(), group.closedOn()));
            }
            if ("NEW".equals(group.status())
                    && group.filedOn().plusDays(ACKNOWLEDGE_WITHIN_DAYS).isBefore(today)) {
                overdue += group.reports();
            }
        }
        Map<String, String> single = Map.of("days", "Average days");
        Grid toAcknowledge = grids.assemble(new Shape("Days to acknowledge", KINDS, single, false, true,
                Measure.AVERAGE), totals(acknowledge));
        Grid toResolve = grids.assemble(new Shape("Days to resolve", KINDS, single, false, true,
                Measure.AVERAGE), totals(resolve));
        Figure overdueFigure = overdue == 0 || policy.mayShowScore((int) Math.min(Integer.MAX_VALUE, overdue))
                ? Figure.count(overdue) : Figure.hidden();
        List<ThemeSummary> top = themes.stream()
                .filter(theme -> theme.reports().shown() && theme.reports().count() > 0)
                .sorted(Comparator.comparingLong((ThemeSummary theme) -> theme.reports().count()).reversed())
                .limit(5).toList();
        return new ListeningHealth(period.from(), period.to(), kindStatus, toAcknowledge, toResolve, overdueFigure, top,
                computedAt);
    }

    /** Each report is one contributor: who filed it is not known, by design. */
    private static void add(Tallies tallies, String kind, long reports, long daysEach) {
        Tally before = tallies.cell(kind, "days");
        tallies.cell(kind, "days", new Tally((int) (before.contributors() + reports), before.count() + reports,
                before.sum() + reports * daysEach));
    }

    private static Tallies totals(Tallies tallies) {
        long people = 0;
        long count = 0;
        long sum = 0;
        for (String kind : KINDS.keySet()) {
            Tally tally = tallies.cell(kind, "days");
            people += tally.contributors();
            count += tally.count();
            sum += tally.sum();
        }
        return tallies.columnTotal("days", new Tally((int) people, count, sum));
    }

    // --- themes -------------------------------------------------------------------------------------------------

    /** What the text queries found about the themes' authors, and a way to read a theme's newest texts. */
    public record ThemeInputs(Map<String, Tally> authors, Map<String, Tally> authorsPerWeek,
            Map<String, Tally> authorsEarlier, Function<String, List<Text>> newestTexts) {
    }

    public ThemesReport themes(ThemeRun run, boolean computed, int textCount, LocalDate today, Instant computedAt,
            List<TeamRef> teams, ThemeInputs in) {
        LocalDate firstWeek = Text.weekOf(today).minusWeeks(TREND_WEEKS - 1L);
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 0; i < TREND_WEEKS; i++) {
            weeks.add(firstWeek.plusWeeks(i));
        }
        Map<String, String> teamNames = new HashMap<>();
        teams.forEach(team -> teamNames.put(String.valueOf(team.id()), team.name()));
        List<ThemeSummary> shown = new ArrayList<>();
        int hidden = 0;
        for (Theme theme : run.themes()) {
            Optional<ThemeSummary> summary = summary(theme, weeks, teamNames, in);
            if (summary.isPresent()) {
                shown.add(summary.get());
            } else {
                hidden++;
            }
        }
        shown.sort(Comparator.comparingLong((ThemeSummary theme) -> theme.size().count()).reversed()
                .thenComparing(ThemeSummary::label));
        return new ThemesReport(computed ? run.computedOn() : null, textCount, weeks, shown, hidden, computedAt);
    }

    private Optional<ThemeSummary> summary(Theme theme, List<LocalDate> weeks, Map<String, String> teamNames,
            ThemeInputs in) {
        int authors = in.authors().getOrDefault(theme.id() + "|KUDOS", Tally.NONE).contributors()
                + in.authors().getOrDefault(theme.id() + "|REPORT", Tally.NONE).contributors();
        if (!policy.mayShowTexts(authors)) {
            return Optional.empty();
        }
        // Every count comes from the weekly tallies, so that the table's sums hold exactly.
        long kudos = 0;
        long reports = 0;
        long earlier = 0;
        Map<LocalDate, long[]> recent = new HashMap<>();
        String prefix = theme.id() + "|";
        for (var entry : in.authorsPerWeek().entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                continue;
            }
            String[] key = entry.getKey().split("\\|");
            LocalDate week = LocalDate.parse(key[1]);
            Tally tally = entry.getValue();
            boolean isKudos = key[2].equals("KUDOS");
            kudos += isKudos ? tally.count() : 0;
            reports += isKudos ? 0 : tally.count();
            if (week.isBefore(weeks.get(0))) {
                earlier += tally.count();
            } else {
                long[] figures = recent.computeIfAbsent(week, w -> new long[2]);
                figures[0] += tally.contributors();
                figures[1] += tally.count();
            }
        }
        Tally kudosAuthors = in.authors().getOrDefault(theme.id() + "|KUDOS", Tally.NONE);
        Tally reportAuthors = in.authors().getOrDefault(theme.id() + "|REPORT", Tally.NONE);
        Tally earlierKudos = in.authorsEarlier().getOrDefault(theme.id() + "|KUDOS", Tally.NONE);
        Tally earlierReports = in.authorsEarlier().getOrDefault(theme.id() + "|REPORT", Tally.NONE);
        GroupTable.Builder table = GroupTable.builder()
                .group("size", people(authors, kudos + reports), kudos + reports)
                .group("KUDOS", people(kudosAuthors.contributors(), kudos), kudos)
                .group("REPORT", people(reportAuthors.contributors(), reports), reports)
                .sum("size", List.of("KUDOS", "REPORT"));
        List<String> parts = new ArrayList<>();
        for (LocalDate week : weeks) {
            long[] figures = recent.getOrDefault(week, new long[2]);
            table.group(week.toString(), people((int) figures[0], figures[1]), figures[1]);
            parts.add(week.toString());
        }
        table.group("earlier", people(earlierKudos.contributors() + earlierReports.contributors(), earlier), earlier);
        parts.add("earlier");
        table.sum("size", parts);
        Disclosure disclosure = policy.disclose(table.build(), Purpose.SCORES);
        List<Figure> trend = weeks.stream().map(week -> figure(disclosure, week.toString())).toList();
        List<String> teams = theme.teams().entrySet().stream()
                .filter(team -> teamNames.containsKey(team.getKey()) && policy.mayShowScore(team.getValue()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(team -> teamNames.get(team.getKey())).toList();
        return Optional.of(new ThemeSummary(theme.id(), theme.label(), theme.keyPhrases(), figure(disclosure, "size"),
                figure(disclosure, "KUDOS"), figure(disclosure, "REPORT"), teams, trend, theme.rising(),
                theme.newTheme(), policy.samples(in.newestTexts().apply(theme.id()), authors, SAMPLES)));
    }

    /** Contributors counted by another query may lag a count by a text that just arrived; never claim nobody. */
    private static int people(int contributors, long count) {
        return count == 0 ? 0 : Math.max(1, contributors);
    }

    private static Figure figure(Disclosure disclosure, String key) {
        return disclosure.value(key).isPresent() ? Figure.count(disclosure.value(key).getAsLong()) : Figure.hidden();
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Rows for a stage's teams: the active ones by name, and any other team the figures mention. */
    private static Map<String, String> teamRows(List<TeamRef> teams, String stage, Tallies... tallies) {
        Map<String, String> rows = new LinkedHashMap<>();
        List<TeamRef> sorted = teams.stream().sorted(Comparator.comparing(TeamRef::name)).toList();
        for (TeamRef team : sorted) {
            if (stage.equals(team.stage()) && team.active()) {
                rows.put(String.valueOf(team.id()), team.name());
            }
        }
        for (TeamRef team : sorted) {
            for (Tallies tally : tallies) {
                if (tally.rowKeys().contains(String.valueOf(team.id()))) {
                    rows.putIfAbsent(String.valueOf(team.id()), team.name() + (team.active() ? "" : " (inactive)"));
                }
            }
        }
        for (Tallies tally : tallies) {
            for (String key : tally.rowKeys()) {
                rows.putIfAbsent(key, "Team " + key);
            }
        }
        return rows;
    }

    private static Map<String, String> columns(List<LocalDate> starts, Function<LocalDate, String> label) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < starts.size(); i++) {
            columns.put(String.valueOf(i), label.apply(starts.get(i)));
        }
        return columns;
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
