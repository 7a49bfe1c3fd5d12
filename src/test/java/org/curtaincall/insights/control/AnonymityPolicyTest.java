package org.curtaincall.insights.control;

import static org.curtaincall.insights.entity.Disclosure.Visibility.PROTECTS_A_SMALLER_GROUP;
import static org.curtaincall.insights.entity.Disclosure.Visibility.SHOWN;
import static org.curtaincall.insights.entity.Disclosure.Visibility.TOO_FEW_PEOPLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.curtaincall.insights.control.AnonymityPolicy.Purpose;
import org.curtaincall.insights.entity.Disclosure;
import org.curtaincall.insights.entity.Disclosure.Visibility;
import org.curtaincall.insights.entity.GroupTable;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.ThemeSample;
import org.curtaincall.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class AnonymityPolicyTest {

    private final AnonymityPolicy policy = AnonymityPolicy.defaults();

    @Test
    void thresholds_default_to_five_for_scores_and_ten_for_texts() {
        assertTrue(policy.mayShowScore(5));
        assertTrue(!policy.mayShowScore(4));
        assertTrue(policy.mayShowTexts(10));
        assertTrue(!policy.mayShowTexts(9));
    }

    @Test
    void thresholds_can_be_lowered_to_three_people_but_not_below() {
        AnonymityPolicy lowest = new AnonymityPolicy(3, 3);
        assertTrue(lowest.mayShowScore(3));
        RuleViolationException scores = assertThrows(RuleViolationException.class, () -> new AnonymityPolicy(2, 10));
        assertEquals("minContributorsForScores", scores.field());
        RuleViolationException texts = assertThrows(RuleViolationException.class, () -> new AnonymityPolicy(5, 2));
        assertEquals("minContributorsForTexts", texts.field());
    }

    @Test
    void a_small_team_is_hidden_with_its_next_smallest_sibling_so_the_stage_total_cannot_be_subtracted() {
        GroupTable table = GroupTable.builder()
                .group("service-desk", 12, 40)
                .group("payroll", 3, 7)
                .group("legal", 6, 15)
                .group("logistics", 8, 20)
                .group("back-stage", 29, 82)
                .sum("back-stage", List.of("service-desk", "payroll", "legal", "logistics"))
                .build();
        Disclosure disclosure = policy.disclose(table, Purpose.SCORES);
        assertEquals(Map.of("service-desk", SHOWN, "payroll", TOO_FEW_PEOPLE, "legal", PROTECTS_A_SMALLER_GROUP,
                "logistics", SHOWN, "back-stage", SHOWN), visibilities(table, disclosure));
        assertEquals(OptionalLong.of(82), disclosure.value("back-stage"));
        assertEquals(OptionalLong.empty(), disclosure.value("payroll"));
        assertEquals(Set.of("payroll", "legal"), disclosure.hidden());
    }

    @Test
    void the_same_table_held_to_the_text_threshold_hides_more() {
        GroupTable table = GroupTable.builder()
                .group("service-desk", 12, 40)
                .group("legal", 6, 15)
                .group("logistics", 8, 20)
                .group("back-stage", 26, 75)
                .sum("back-stage", List.of("service-desk", "legal", "logistics"))
                .build();
        Disclosure disclosure = policy.disclose(table, Purpose.TEXTS);
        assertEquals(Map.of("service-desk", SHOWN, "legal", TOO_FEW_PEOPLE, "logistics", TOO_FEW_PEOPLE,
                "back-stage", SHOWN), visibilities(table, disclosure));
    }

    @Test
    void a_team_nobody_thanked_stays_visible_as_zero_and_is_never_the_sibling_hidden_for_protection() {
        GroupTable table = GroupTable.builder()
                .group("kitchen", 0, 0)
                .group("payroll", 2, 3)
                .group("legal", 9, 30)
                .group("back-stage", 11, 33)
                .sum("back-stage", List.of("kitchen", "payroll", "legal"))
                .build();
        Disclosure disclosure = policy.disclose(table, Purpose.SCORES);
        assertEquals(OptionalLong.of(0), disclosure.value("kitchen"));
        assertEquals(PROTECTS_A_SMALLER_GROUP, disclosure.visibility("legal"));
        assertEquals(OptionalLong.of(33), disclosure.value("back-stage"));
    }

    @Test
    void a_heatmap_cell_is_protected_along_its_row_and_its_column_and_the_totals_stay_visible() {
        GroupTable table = GroupTable.builder()
                .group("floor|desk", 2, 2).group("floor|payroll", 6, 6)
                .group("cafe|desk", 7, 7).group("cafe|payroll", 8, 8)
                .group("floor", 8, 8).group("cafe", 15, 15)
                .group("desk", 9, 9).group("payroll", 14, 14)
                .group("all", 23, 23)
                .sum("floor", List.of("floor|desk", "floor|payroll"))
                .sum("cafe", List.of("cafe|desk", "cafe|payroll"))
                .sum("desk", List.of("floor|desk", "cafe|desk"))
                .sum("payroll", List.of("floor|payroll", "cafe|payroll"))
                .sum("all", List.of("floor", "cafe"))
                .sum("all", List.of("desk", "payroll"))
                .build();
        Disclosure disclosure = policy.disclose(table, Purpose.SCORES);
        assertEquals(Set.of("floor|desk", "floor|payroll", "cafe|desk", "cafe|payroll"), disclosure.hidden());
        assertEquals(TOO_FEW_PEOPLE, disclosure.visibility("floor|desk"));
        for (String total : List.of("floor", "cafe", "desk", "payroll", "all")) {
            assertTrue(disclosure.shown(total), total);
        }
    }

    @Test
    void a_hidden_figure_that_a_chain_of_sums_isolates_is_found_recoverable() {
        GroupTable table = GroupTable.builder()
                .group("x", 4, 4).group("y", 6, 6).group("w", 7, 7)
                .group("p", 10, 10).group("q", 13, 13)
                .sum("p", List.of("x", "y"))
                .sum("q", List.of("y", "w"))
                .build();
        Map<String, Visibility> visibility = new HashMap<>(Map.of("x", TOO_FEW_PEOPLE, "y", PROTECTS_A_SMALLER_GROUP,
                "w", SHOWN, "p", SHOWN, "q", SHOWN));
        assertEquals(List.of("x", "y"), AnonymityPolicy.recoverable(table, visibility),
                "y = q - w, then x = p - y");
        Disclosure disclosure = policy.disclose(table, Purpose.SCORES);
        assertEquals(Set.of("x", "y", "w"), disclosure.hidden());
    }

    @Test
    void a_total_over_any_selection_adds_only_visible_figures_and_says_how_many_it_left_out() {
        GroupTable table = GroupTable.builder()
                .group("service-desk", 12, 40).group("payroll", 3, 7).group("legal", 6, 15)
                .group("back-stage", 21, 62)
                .sum("back-stage", List.of("service-desk", "payroll", "legal"))
                .build();
        Disclosure disclosure = policy.disclose(table, Purpose.SCORES);
        assertEquals(new Disclosure.PartialTotal(40, 2),
                disclosure.visibleTotal(Set.of("service-desk", "payroll", "legal")));
        assertEquals(new Disclosure.PartialTotal(0, 2), disclosure.visibleTotal(Set.of("payroll", "legal")));
    }

    @Test
    void a_table_whose_total_is_not_the_sum_of_its_parts_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> GroupTable.builder()
                .group("a", 5, 5).group("b", 5, 5).group("all", 10, 11).sum("all", List.of("a", "b")).build());
    }

    @Test
    void report_samples_show_their_words_and_week_only_and_only_when_ten_people_wrote_the_theme() {
        List<Text> texts = List.of(
                new Text("r1", Source.REPORT, "payroll", LocalDate.of(2026, 3, 13), "Overtime missing again", null),
                new Text("r2", Source.REPORT, "legal", LocalDate.of(2026, 3, 10), "Payslip tax code wrong", null));
        assertEquals(List.of(), policy.samples(texts, 9, 5));
        List<ThemeSample> samples = policy.samples(texts, 10, 5);
        assertEquals(List.of(new ThemeSample("Overtime missing again", Source.REPORT, LocalDate.of(2026, 3, 9)),
                new ThemeSample("Payslip tax code wrong", Source.REPORT, LocalDate.of(2026, 3, 9))), samples);
        assertEquals(1, policy.samples(texts, 12, 1).size());
    }

    private static Map<String, Visibility> visibilities(GroupTable table, Disclosure disclosure) {
        Map<String, Visibility> all = new HashMap<>();
        table.groups().keySet().forEach(key -> all.put(key, disclosure.visibility(key)));
        return all;
    }
}
