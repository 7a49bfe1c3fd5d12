package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.curtaincall.insights.control.EngagementRepository.Edge;
import org.curtaincall.insights.control.EngagementRepository.LinkTheme;
import org.curtaincall.insights.control.EngagementRepository.ReportDays;
import org.curtaincall.insights.control.InsightsAssembler.TrendInputs;
import org.curtaincall.insights.entity.Disclosure;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.Grid;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ListeningHealth;
import org.curtaincall.insights.entity.TeamRef;
import org.curtaincall.insights.entity.TrendsReport;
import org.junit.jupiter.api.Test;

/** The dashboards' figures from hand-made tallies: exact counts and averages, and exactly what is hidden. */
class InsightsAssemblerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Instant NOW = TODAY.atTime(10, 42).toInstant(ZoneOffset.UTC);
    private static final Period TWO_MONTHS = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31));
    private static final List<TeamRef> TEAMS = List.of(
            new TeamRef(1, "Store Floor", "FRONT", true),
            new TeamRef(2, "Call Centre", "FRONT", true),
            new TeamRef(10, "Payroll", "BACK", true),
            new TeamRef(11, "Logistics", "BACK", true),
            new TeamRef(12, "Kitchen", "BACK", true));

    private final InsightsAssembler assembler = new InsightsAssembler(AnonymityPolicy.defaults());

    private static Tally tally(int people, long count, long sum) {
        return new Tally(people, count, sum);
    }

    private static List<String> texts(Grid.Row row) {
        return row.cells().stream().map(Figure::text).toList();
    }

    private static Grid.Row row(Grid grid, String label) {
        return grid.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    /*
     * Payroll: 8 kudos from 6 people in February, 9 from 7 in March. Logistics: 5 from 5, then 6 from 6.
     * Kitchen: 3 from 2 people in February only. Kitchen's February is too small; Logistics' February, the smallest
     * other figure of that month, is hidden with it, so that the month's total cannot give Kitchen's back.
     */
    private Tallies monthly() {
        return new Tallies()
                .cell("10", "0", tally(6, 8, 36)).cell("10", "1", tally(7, 9, 40))
                .cell("11", "0", tally(5, 5, 20)).cell("11", "1", tally(6, 6, 18))
                .cell("12", "0", tally(2, 3, 6))
                .columnTotal("0", tally(13, 16, 62)).columnTotal("1", tally(13, 15, 58));
    }

    private TrendsReport trends(Tallies monthly) {
        return assembler.trends(TWO_MONTHS, TODAY, NOW, TEAMS, new TrendInputs(new Tallies(), monthly, new Tallies(),
                monthly, Map.of(10L, TODAY.minusDays(3), 11L, TODAY.minusDays(40)), List.of(), Map.of(), List.of()));
    }

    @Test
    void kudos_per_month_show_exact_counts_and_hide_the_small_team_with_its_next_smallest_sibling() {
        Grid grid = trends(monthly()).kudosPerMonth();

        assertEquals(List.of("2026-02", "2026-03"), grid.columns());
        assertEquals(List.of("Kitchen", "Logistics", "Payroll"), grid.rows().stream().map(Grid.Row::label).toList());
        assertEquals(List.of("8", "9"), texts(row(grid, "Payroll")));
        assertEquals(List.of(Disclosure.HIDDEN_NOTE, "6"), texts(row(grid, "Logistics")));
        assertEquals(List.of(Disclosure.HIDDEN_NOTE, "0"), texts(row(grid, "Kitchen")));
        assertEquals(List.of(16L, 15L), grid.columnTotals().stream().map(Figure::count).toList());
    }

    @Test
    void average_ratings_are_exact_and_hidden_wherever_their_counts_are() {
        Grid grid = trends(monthly()).averageRating();

        assertEquals(4.5, row(grid, "Payroll").cells().get(0).average());
        assertEquals(8L, row(grid, "Payroll").cells().get(0).count());
        assertEquals(4.4, row(grid, "Payroll").cells().get(1).average());
        assertEquals(3.0, row(grid, "Logistics").cells().get(1).average());
        assertFalse(row(grid, "Logistics").cells().get(0).shown());
        assertFalse(row(grid, "Kitchen").cells().get(0).shown());
        assertEquals(3.9, grid.columnTotals().get(0).average());
    }

    @Test
    void teams_nobody_thanked_are_listed_by_how_long_it_has_been() {
        List<TrendsReport.QuietTeam> quiet = trends(monthly()).quietTeams();

        assertEquals(List.of("Kitchen 90", "Logistics 30"),
                quiet.stream().map(team -> team.team() + " " + team.days()).toList());
    }

    @Test
    void reciprocal_pairs_are_people_who_thank_only_each_other_at_least_twice() {
        List<Edge> edges = List.of(new Edge(100, 200, 3), new Edge(200, 100, 2),
                new Edge(300, 400, 5), new Edge(400, 300, 1),
                new Edge(500, 600, 2), new Edge(600, 500, 2), new Edge(600, 700, 1));

        List<TrendsReport.ReciprocalPair> pairs = InsightsAssembler.pairs("people", edges,
                Map.of(100L, "Ada", 200L, "Bo"));

        assertEquals(1, pairs.size());
        assertEquals(new TrendsReport.ReciprocalPair("people", "Ada", "Bo", 3, 2), pairs.get(0));
    }

    @Test
    void the_lone_thanks_alone_give_the_same_pairs_as_all_thanks() {
        java.util.Random random = new java.util.Random(11);
        Map<Long, String> names = new java.util.HashMap<>();
        for (long id = 0; id < 30; id++) {
            names.put(id, "Person " + id);
        }
        int found = 0;
        for (int round = 0; round < 500; round++) {
            Map<List<Long>, Long> counts = new java.util.HashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                counts.put(List.of((long) random.nextInt(12), (long) random.nextInt(12)), 1L + random.nextInt(3));
            }
            // A loop planted, which the random thanks may or may not spoil.
            long a = random.nextInt(12);
            long b = random.nextInt(12);
            counts.put(List.of(a, b), 2L);
            counts.put(List.of(b, a), 2L);
            List<Edge> edges = counts.entrySet().stream()
                    .map(edge -> new Edge(edge.getKey().get(0), edge.getKey().get(1), edge.getValue())).toList();

            List<TrendsReport.ReciprocalPair> pairs = InsightsAssembler.pairs("people", edges, names);
            assertEquals(pairs, InsightsAssembler.pairs("people", InsightsAssembler.loneThanks(edges), names),
                    edges.toString());
            found += pairs.size();
        }
        assertTrue(found > 100, "many rounds have pairs: " + found);
    }

    @Test
    void heatmap_cells_show_count_average_and_top_breakage_theme_only_when_enough_people_gave_them() {
        Tallies handOffs = new Tallies()
                .cell("1", "10", tally(6, 6, 27))
                .cell("2", "10", tally(2, 2, 4))
                .cell("1", "11", tally(12, 14, 56));
        List<LinkTheme> links = List.of(new LinkTheme(1, 10, "late", 3, 2), new LinkTheme(1, 10, "kind", 5, 0),
                new LinkTheme(1, 11, "late", 6, 4), new LinkTheme(1, 11, "kind", 8, 1));
        InsightsAssembler texts5 = new InsightsAssembler(new AnonymityPolicy(5, 10));

        HeatmapReport heatmap = texts5.heatmap(TWO_MONTHS, NOW, TEAMS, handOffs, links,
                Map.of("late", "payslips late every month", "kind", "kind and quick"));

        HeatmapReport.Cell storeToPayroll = heatmap.cell(1, 10).orElseThrow();
        assertEquals(6L, storeToPayroll.ratings().count());
        assertEquals(4.5, storeToPayroll.ratings().average());
        assertNull(storeToPayroll.topTheme(), "six people are too few for a theme");
        HeatmapReport.Cell storeToLogistics = heatmap.cell(1, 11).orElseThrow();
        assertEquals(14L, storeToLogistics.ratings().count());
        assertEquals(4.0, storeToLogistics.ratings().average());
        assertEquals("payslips late every month", storeToLogistics.topTheme(), "low ratings lead");
        assertFalse(heatmap.cell(2, 10).orElseThrow().ratings().shown());
        assertEquals(Disclosure.HIDDEN_NOTE, heatmap.cell(2, 10).orElseThrow().ratings().text());
        HeatmapReport.Cell nobody = heatmap.cell(2, 12).orElseThrow();
        assertEquals(0L, nobody.ratings().count());
        assertNull(nobody.ratings().average());
        assertEquals(List.of("Payroll", "Logistics", "Kitchen"), heatmap.backTeams().stream().map(TeamRef::name).toList());
    }

    @Test
    void listening_health_counts_reports_as_contributors_and_protects_a_small_kind_through_the_total() {
        LocalDate filed = LocalDate.of(2026, 3, 1);
        List<ReportDays> days = List.of(
                new ReportDays("PROCESS_BREAKAGE", "RESOLVED", filed, filed.plusDays(2), filed.plusDays(9), 5),
                new ReportDays("PROCESS_BREAKAGE", "ACKNOWLEDGED", filed, filed.plusDays(6), null, 1),
                new ReportDays("SUGGESTION", "ACKNOWLEDGED", filed, filed.plusDays(1), null, 2),
                new ReportDays("QUESTION", "NEW", filed, null, null, 6));
        Tallies byKind = new Tallies()
                .cell("PROCESS_BREAKAGE", "RESOLVED", tally(5, 5, 0)).cell("PROCESS_BREAKAGE", "ACKNOWLEDGED", tally(1, 1, 0))
                .cell("SUGGESTION", "ACKNOWLEDGED", tally(2, 2, 0)).cell("QUESTION", "NEW", tally(6, 6, 0))
                .rowTotal("PROCESS_BREAKAGE", tally(6, 6, 0)).rowTotal("SUGGESTION", tally(2, 2, 0))
                .rowTotal("QUESTION", tally(6, 6, 0))
                .columnTotal("RESOLVED", tally(5, 5, 0)).columnTotal("ACKNOWLEDGED", tally(3, 3, 0))
                .columnTotal("NEW", tally(6, 6, 0));

        ListeningHealth health = assembler.listening(TWO_MONTHS, TODAY, NOW, byKind, days, List.of());

        Grid acknowledge = health.daysToAcknowledge();
        assertFalse(row(acknowledge, "Process breakage").cells().get(0).shown(), "hidden to protect Suggestion");
        assertFalse(row(acknowledge, "Suggestion").cells().get(0).shown());
        assertEquals(8L, acknowledge.columnTotals().get(0).count());
        assertEquals(2.3, acknowledge.columnTotals().get(0).average(), "(5 x 2 + 6 + 2 x 1) days / 8 reports = 2.25");
        Grid resolve = health.daysToResolve();
        assertEquals(9.0, row(resolve, "Process breakage").cells().get(0).average());
        assertEquals(5L, row(resolve, "Process breakage").cells().get(0).count());
        assertEquals(6L, health.overdueAcknowledgements().count(), "six new reports are past the 7 days");
        Grid kinds = health.byKindAndStatus();
        assertEquals("6", row(kinds, "Question").cells().get(0).text());
        assertTrue(row(kinds, "Suggestion").cells().stream().anyMatch(figure -> !figure.shown()));
    }

    @Test
    void themes_show_exact_sizes_and_source_mix_only_with_ten_authors_and_samples_dated_to_the_week() {
        LocalDate thisWeek = org.curtaincall.insights.entity.Text.weekOf(TODAY);
        LocalDate lastWeek = thisWeek.minusWeeks(1);
        LocalDate longAgo = thisWeek.minusWeeks(20);
        var big = new org.curtaincall.insights.entity.Theme("big", "payslips late every month", List.of("payslips late"),
                new float[] {1, 0}, 14, 3, new java.util.TreeMap<>(Map.of("10", 12, "11", 2)), new java.util.TreeMap<>(),
                true, false, List.of());
        var small = new org.curtaincall.insights.entity.Theme("small", "parking", List.of("parking"),
                new float[] {0, 1}, 6, 0, new java.util.TreeMap<>(), new java.util.TreeMap<>(), false, true, List.of());
        Map<String, Tally> weekly = new java.util.HashMap<>();
        weekly.put("big|" + thisWeek + "|KUDOS", tally(6, 8, 0));
        weekly.put("big|" + lastWeek + "|KUDOS", tally(2, 2, 0));
        weekly.put("big|" + longAgo + "|KUDOS", tally(4, 4, 0));
        weekly.put("big|" + thisWeek + "|REPORT", tally(3, 3, 0));
        weekly.put("small|" + thisWeek + "|KUDOS", tally(6, 6, 0));
        var text = new org.curtaincall.insights.entity.Text("K1", org.curtaincall.insights.entity.Source.KUDOS, "10",
                TODAY, "Payslips late again", null);
        var inputs = new InsightsAssembler.ThemeInputs(
                Map.of("big|KUDOS", tally(9, 14, 0), "big|REPORT", tally(3, 3, 0), "small|KUDOS", tally(6, 6, 0)),
                weekly, Map.of("big|KUDOS", tally(4, 4, 0)), id -> List.of(text));

        var report = assembler.themes(new org.curtaincall.insights.entity.ThemeRun(TODAY, List.of(big, small), List.of()),
                true, 23, TODAY, NOW, TEAMS, inputs);

        assertEquals(1, report.hiddenThemes(), "six authors are too few for a theme");
        var theme = report.themes().get(0);
        assertEquals("payslips late every month", theme.label());
        assertEquals(17L, theme.size().count());
        assertFalse(theme.reports().shown(), "three reports are too few to count");
        assertFalse(theme.kudos().shown(), "with the size shown, the kudos count would give the reports away");
        assertEquals(List.of("Payroll"), theme.teams());
        assertTrue(theme.rising());
        assertEquals(11L, theme.trend().get(11).count(), "this week: 8 kudos and 3 reports from 9 people");
        assertFalse(theme.trend().get(10).shown(), "last week: two people");
        assertEquals(1, theme.samples().size());
        assertEquals(thisWeek, theme.samples().get(0).week());
        assertEquals("Payslips late again", theme.samples().get(0).text());
    }
}
