package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;
import org.junit.jupiter.api.Test;

class ThemeEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 12); // a Thursday
    private static final LocalDate THIS_WEEK = LocalDate.of(2026, 3, 9);
    private static final ThemeSettings SETTINGS = new ThemeSettings(42, 2, 40, 8, 3, 0.35, 0.80, 4, 8, 2.0, 3,
            ThemeSettings.DEFAULT_SAMPLE_SIZE);

    private final KeywordEmbedder embedder = new KeywordEmbedder("payroll", "till", "contract", "uniform");
    private final ThemeEngine engine = new ThemeEngine(embedder, SETTINGS);

    private static final String[] PAYROLL = {
        "Payroll errors every month, my overtime is missing",
        "Thanks to payroll for fixing my underpayment",
        "The payroll errors every month cost me my rent",
        "Payroll paid the night premium late again",
        "Payroll errors every month in our store",
        "Thank you payroll for the quick bonus fix",
        "My payroll query has no answer after six weeks",
        "Payroll answered about my pension quickly"};
    private static final String[] TILLS = {
        "IT fixed the tills before the rush",
        "The till crashed at lunchtime",
        "IT fixed the tills before the rush again, thank you",
        "The till printer jams every evening",
        "Our till froze on a gift card payment",
        "IT fixed the tills before the rush on Saturday",
        "The self checkout till rebooted mid sale",
        "A till outage cost us the Friday rush"};
    private static final String[] CONTRACTS = {
        "Legal took three months on the supplier contract",
        "Thanks legal for the landlord contract in two days",
        "The contract review has no status tracking",
        "Contract templates are out of date",
        "The lease contract lapsed while waiting",
        "Legal explained the contract liability clause",
        "A simple service contract needs four approvals",
        "The contract checklist from legal saved hours"};

    private static final int[] CONTRACT_WEEKS_AGO = {0, 2, 3, 5, 6, 8, 9, 11};

    /** Payroll: spread over older weeks; tills: mostly in the last two weeks; contracts: steady over 12 weeks. */
    private static List<Text> organisationTexts() {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            texts.add(text("pay" + i, i < 3 ? Source.KUDOS : Source.REPORT, i < 5 ? "payroll" : "finance",
                    THIS_WEEK.minusWeeks(4 + i), PAYROLL[i]));
            texts.add(text("till" + i, i % 2 == 0 ? Source.KUDOS : Source.REPORT, "store-floor",
                    THIS_WEEK.minusWeeks(i < 6 ? i % 2 : 9), TILLS[i]));
            texts.add(text("law" + i, Source.REPORT, "legal", THIS_WEEK.minusWeeks(CONTRACT_WEEKS_AGO[i]),
                    CONTRACTS[i]));
        }
        return texts;
    }

    private static Text text(String id, Source source, String team, LocalDate week, String text) {
        return new Text(id, source, team, week, text, null);
    }

    private ThemeRun firstRun() {
        return engine.recluster(organisationTexts(), ThemeRun.none(TODAY), TODAY, percent -> { });
    }

    private static Theme themeWith(ThemeRun run, String memberId) {
        return run.themes().stream().filter(t -> t.memberIds().contains(memberId)).findFirst().orElseThrow();
    }

    @Test
    void texts_about_the_same_thing_form_one_theme_each() {
        ThemeRun run = firstRun();
        assertEquals(3, run.themes().size());
        for (String prefix : List.of("pay", "till", "law")) {
            Theme theme = themeWith(run, prefix + "0");
            assertEquals(8, theme.size());
            assertTrue(theme.memberIds().stream().allMatch(id -> id.startsWith(prefix)), theme.memberIds().toString());
        }
    }

    @Test
    void a_theme_counts_its_sources_teams_and_weeks_exactly() {
        Theme payroll = themeWith(firstRun(), "pay0");
        assertEquals(3, payroll.kudos());
        assertEquals(5, payroll.reports());
        assertEquals(Map.of("payroll", 5, "finance", 3), payroll.teams());
        TreeMap<LocalDate, Integer> weeks = new TreeMap<>();
        for (int i = 0; i < 8; i++) {
            weeks.put(THIS_WEEK.minusWeeks(4 + i), 1);
        }
        assertEquals(weeks, payroll.weeklyCounts());
        assertEquals(5.0 / 8, payroll.reportShare(), 1e-12);
    }

    @Test
    void labels_are_phrases_from_the_texts_of_their_theme() {
        ThemeRun run = firstRun();
        assertEquals("payroll errors every month", themeWith(run, "pay0").label());
        assertEquals("fixed the tills before the rush".contains(themeWith(run, "till0").label()), true,
                themeWith(run, "till0").label());
        assertTrue(themeWith(run, "law0").label().contains("contract"), themeWith(run, "law0").label());
    }

    @Test
    void a_theme_whose_recent_weeks_outpace_its_usual_volume_is_rising_and_a_steady_one_is_not() {
        ThemeRun run = firstRun();
        assertTrue(themeWith(run, "till0").rising(), "6 till texts in the last 4 weeks, 2 in the 8 before");
        assertFalse(themeWith(run, "pay0").rising(), "no payroll text in the last 4 weeks");
        assertFalse(themeWith(run, "law0").rising(), "3 contract texts in the last 4 weeks, 5 in the 8 before: "
                + "0.75 a week against 0.625");
    }

    @Test
    void the_rising_rule_compares_weekly_rates_and_needs_a_minimum_of_recent_texts() {
        TreeMap<LocalDate, Integer> counts = new TreeMap<>();
        counts.put(THIS_WEEK, 2);
        assertFalse(ThemeEngine.rising(counts, TODAY, SETTINGS), "2 recent texts are below the minimum of 3");
        counts.put(THIS_WEEK.minusWeeks(3), 1);
        assertTrue(ThemeEngine.rising(counts, TODAY, SETTINGS), "3 recent, none before");
        counts.put(THIS_WEEK.minusWeeks(4), 3);
        assertTrue(ThemeEngine.rising(counts, TODAY, SETTINGS), "0.75 a week against 0.375: exactly twice");
        counts.put(THIS_WEEK.minusWeeks(11), 1);
        assertFalse(ThemeEngine.rising(counts, TODAY, SETTINGS), "0.75 a week against 0.5");
        counts.put(THIS_WEEK.minusWeeks(12), 50);
        assertFalse(ThemeEngine.rising(counts, TODAY, SETTINGS), "12 weeks ago is outside the baseline: unchanged");
    }

    @Test
    void a_later_run_keeps_the_ids_of_continuing_themes_and_flags_only_the_new_one() {
        ThemeRun first = firstRun();
        List<Text> texts = new ArrayList<>(organisationTexts());
        String[] uniforms = {"uniform sizes are wrong", "no uniform for new starters", "uniform trousers rip",
            "thanks for the uniform fleeces", "uniform portal is broken", "uniform shirts ran out",
            "winter uniform came in June", "uniform badges take weeks"};
        for (int i = 0; i < uniforms.length; i++) {
            texts.add(text("uni" + i, Source.REPORT, "store-floor", THIS_WEEK, uniforms[i]));
        }
        ThemeRun second = engine.recluster(texts, first, TODAY, percent -> { });
        assertEquals(4, second.themes().size());
        assertTrue(themeWith(second, "uni0").newTheme());
        for (String member : List.of("pay0", "till0", "law0")) {
            assertFalse(themeWith(second, member).newTheme(), member);
            assertEquals(themeWith(first, member).id(), themeWith(second, member).id(), member);
        }
        assertTrue(first.themes().stream().noneMatch(Theme::newTheme), "a first run has nothing to be new against");
    }

    @Test
    void when_a_theme_splits_in_a_later_run_neither_half_is_new_and_one_keeps_the_id() {
        ThemeRun first = firstRun();
        ThemeSettings finer = new ThemeSettings(42, 2, 40, 6, 3, 0.35, 0.80, 4, 8, 2.0, 3,
                ThemeSettings.DEFAULT_SAMPLE_SIZE);
        ThemeRun second = new ThemeEngine(embedder, finer).recluster(organisationTexts(), first, TODAY, p -> { });
        assertEquals(4, second.themes().size());
        assertTrue(second.themes().stream().noneMatch(Theme::newTheme));
        List<String> firstIds = first.themes().stream().map(Theme::id).sorted().toList();
        assertEquals(firstIds, second.themes().stream().map(Theme::id).filter(firstIds::contains).sorted().toList());
    }

    @Test
    void an_arriving_text_joins_the_nearest_theme_and_moves_its_counts() {
        ThemeRun run = firstRun();
        Theme before = themeWith(run, "pay0");
        Text arriving = text("pay-new", Source.KUDOS, "store-floor", TODAY, "Payroll sorted my holiday pay");
        ThemeEngine.Assignment assignment = engine.assign(run, arriving);
        assertEquals(before.id(), assignment.themeId().orElseThrow());
        Theme after = assignment.run().theme(before.id()).orElseThrow();
        assertEquals(9, after.size());
        assertEquals(before.kudos() + 1, after.kudos());
        assertEquals(1, after.teams().get("store-floor"));
        assertEquals(1, after.weeklyCounts().get(THIS_WEEK));
        assertTrue(after.memberIds().contains("pay-new"));
        assertEquals(before.label(), after.label());
        assertEquals(8, assignment.run().theme(themeWith(run, "till0").id()).orElseThrow().size());
    }

    @Test
    void an_arriving_text_far_from_every_theme_waits_for_the_next_full_run() {
        ThemeRun run = firstRun();
        ThemeEngine.Assignment assignment = engine.assign(run,
                text("odd", Source.REPORT, "legal", TODAY, "The car park lights are off"));
        assertTrue(assignment.themeId().isEmpty());
        assertTrue(assignment.similarity() < SETTINGS.joinSimilarity());
        assertEquals(List.of("odd"), assignment.run().unassignedIds());
        assertEquals(run.themes(), assignment.run().themes());
    }

    @Test
    void progress_only_moves_forward_and_ends_at_one_hundred() {
        List<Integer> seen = new ArrayList<>();
        engine.recluster(organisationTexts(), ThemeRun.none(TODAY), TODAY, seen::add);
        assertEquals(100, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) > seen.get(i - 1), seen.toString());
        }
        assertTrue(seen.size() >= 4, "a progress bar needs intermediate steps: " + seen);
    }

    @Test
    void the_same_texts_give_the_same_themes() {
        ThemeRun first = firstRun();
        ThemeRun again = firstRun();
        assertEquals(first.themes().stream().map(Theme::id).toList(), again.themes().stream().map(Theme::id).toList());
        assertEquals(first.themes().stream().map(Theme::label).toList(),
                again.themes().stream().map(Theme::label).toList());
    }

    @Test
    void no_texts_give_no_themes() {
        assertTrue(engine.recluster(List.of(), ThemeRun.none(TODAY), TODAY, percent -> { }).themes().isEmpty());
    }

    @Test
    void a_text_keeps_no_date_finer_than_its_week() {
        Text text = text("x", Source.REPORT, "legal", LocalDate.of(2026, 3, 14), "x");
        assertEquals(LocalDate.of(2026, 3, 9), text.week());
    }
}
