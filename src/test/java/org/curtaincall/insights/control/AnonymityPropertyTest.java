package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.curtaincall.insights.control.AnonymityPolicy.Purpose;
import org.curtaincall.insights.entity.Disclosure;
import org.curtaincall.insights.entity.GroupTable;
import org.junit.jupiter.api.Test;

/**
 * Builds thousands of random organisations (stages of teams, and front x back heatmaps with row, column and grand
 * totals), with random thresholds and random team filters, and plays the reader who wants a small group's figure:
 * they know every visible figure, every sum and every filtered total, and solve for the hidden figures exactly (in
 * fractions, independently of the policy's own check). No hidden group may come out, and no group under the
 * threshold may be visible.
 */
class AnonymityPropertyTest {

    private static final int ORGANISATIONS = 1500;

    @Test
    void no_visible_figure_lets_a_reader_recover_a_hidden_group_in_random_organisations_and_filters() {
        Random random = new Random(20260312);
        int hiddenSeen = 0;
        int protectedSeen = 0;
        for (int run = 0; run < ORGANISATIONS; run++) {
            int scores = 3 + random.nextInt(5);
            AnonymityPolicy policy = new AnonymityPolicy(scores, scores + random.nextInt(8));
            Purpose purpose = random.nextBoolean() ? Purpose.SCORES : Purpose.TEXTS;
            int threshold = purpose == Purpose.SCORES ? policy.minContributorsForScores()
                    : policy.minContributorsForTexts();
            Organisation organisation = random.nextBoolean() ? stages(random) : heatmap(random);
            Disclosure disclosure = policy.disclose(organisation.table, purpose);
            String context = "run " + run + " threshold " + threshold + "\n" + organisation.table.groups().values()
                    + "\n" + organisation.table.sums() + "\nhidden " + disclosure.hidden();

            for (GroupTable.Group group : organisation.table.groups().values()) {
                if (group.contributors() > 0 && group.contributors() < threshold) {
                    assertFalse(disclosure.shown(group.key()), "a group under the threshold is visible: " + context);
                }
                if (disclosure.shown(group.key())) {
                    assertEquals(group.value(), disclosure.value(group.key()).getAsLong(), context);
                } else {
                    hiddenSeen++;
                    protectedSeen += group.contributors() >= threshold ? 1 : 0;
                }
            }
            for (GroupTable.Sum sum : organisation.table.sums()) {
                long hiddenParts = sum.parts().stream().filter(part -> !disclosure.shown(part)).count();
                if (disclosure.shown(sum.parent()) && hiddenParts == 1) {
                    fail("a parent minus its visible parts gives a hidden part away: " + sum + "\n" + context);
                }
            }
            List<Set<String>> filters = filters(random, organisation);
            for (Set<String> filter : filters) {
                Disclosure.PartialTotal total = disclosure.visibleTotal(filter);
                long expected = filter.stream().filter(disclosure::shown)
                        .mapToLong(key -> disclosure.value(key).getAsLong()).sum();
                assertEquals(expected, total.value(), "a filtered total includes a hidden figure: " + context);
                assertEquals(filter.stream().filter(key -> !disclosure.shown(key)).count(), total.hiddenGroups());
            }
            Set<String> recovered = recoveredByReader(organisation.table, disclosure);
            assertTrue(recovered.isEmpty(), "recovered " + recovered + ": " + context);
        }
        assertTrue(hiddenSeen > ORGANISATIONS, "the generator must produce hidden groups: " + hiddenSeen);
        assertTrue(protectedSeen > ORGANISATIONS / 2, "and groups hidden to protect others: " + protectedSeen);
    }

    /** Hidden figures that the visible figures and the sums pin down, by exact elimination in fractions. */
    private static Set<String> recoveredByReader(GroupTable table, Disclosure disclosure) {
        List<String> unknowns = new ArrayList<>(disclosure.hidden());
        if (unknowns.isEmpty()) {
            return Set.of();
        }
        List<BigFraction[]> rows = new ArrayList<>();
        for (GroupTable.Sum sum : table.sums()) {
            BigFraction[] row = new BigFraction[unknowns.size()];
            java.util.Arrays.fill(row, BigFraction.ZERO);
            addTerm(row, unknowns, sum.parent(), 1);
            for (String part : sum.parts()) {
                addTerm(row, unknowns, part, -1);
            }
            rows.add(row);
        }
        List<BigFraction[]> reduced = reducedRowEchelon(rows, unknowns.size());
        Set<String> recovered = new LinkedHashSet<>();
        for (BigFraction[] row : reduced) {
            int nonZero = 0;
            int at = -1;
            for (int c = 0; c < row.length; c++) {
                if (!row[c].equals(BigFraction.ZERO)) {
                    nonZero++;
                    at = c;
                }
            }
            if (nonZero == 1) {
                recovered.add(unknowns.get(at));
            }
        }
        return recovered;
    }

    private static void addTerm(BigFraction[] row, List<String> unknowns, String key, int sign) {
        int column = unknowns.indexOf(key);
        if (column >= 0) {
            row[column] = row[column].add(sign);
        }
    }

    private static List<BigFraction[]> reducedRowEchelon(List<BigFraction[]> input, int columns) {
        List<BigFraction[]> rows = new ArrayList<>();
        for (BigFraction[] row : input) {
            rows.add(row.clone());
        }
        int pivotRow = 0;
        for (int c = 0; c < columns && pivotRow < rows.size(); c++) {
            int found = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (!rows.get(r)[c].equals(BigFraction.ZERO)) {
                    found = r;
                    break;
                }
            }
            if (found < 0) {
                continue;
            }
            BigFraction[] pivot = rows.remove(found);
            rows.add(pivotRow, pivot);
            BigFraction scale = pivot[c];
            for (int k = 0; k < columns; k++) {
                pivot[k] = pivot[k].divide(scale);
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r != pivotRow && !rows.get(r)[c].equals(BigFraction.ZERO)) {
                    BigFraction factor = rows.get(r)[c];
                    for (int k = 0; k < columns; k++) {
                        rows.get(r)[k] = rows.get(r)[k].subtract(pivot[k].multiply(factor));
                    }
                }
            }
            pivotRow++;
        }
        return rows.subList(0, pivotRow);
    }

    private record Organisation(GroupTable table, List<List<String>> families) {
    }

    /** Contributors skewed towards small groups, so that suppression has work to do; a figure at least as large. */
    private static int[] person(Random random) {
        int contributors = random.nextInt(4) == 0 ? 0 : random.nextInt(3) == 0 ? 1 + random.nextInt(4)
                : 1 + random.nextInt(20);
        int value = contributors == 0 ? 0 : contributors + random.nextInt(3 * contributors + 1);
        return new int[] {contributors, value};
    }

    private static Organisation stages(Random random) {
        GroupTable.Builder builder = GroupTable.builder();
        List<String> stages = new ArrayList<>();
        List<List<String>> families = new ArrayList<>();
        int orgPeople = 0;
        long orgValue = 0;
        int stageCount = 1 + random.nextInt(3);
        for (int s = 0; s < stageCount; s++) {
            List<String> teams = new ArrayList<>();
            int people = 0;
            long value = 0;
            int teamCount = 1 + random.nextInt(7);
            for (int t = 0; t < teamCount; t++) {
                int[] figures = person(random);
                String key = "s" + s + "t" + t;
                builder.group(key, figures[0], figures[1]);
                teams.add(key);
                people += figures[0];
                value += figures[1];
            }
            String stage = "s" + s;
            builder.group(stage, people, value).sum(stage, teams);
            stages.add(stage);
            families.add(teams);
            orgPeople += people;
            orgValue += value;
        }
        builder.group("org", orgPeople, orgValue).sum("org", stages);
        families.add(stages);
        return new Organisation(builder.build(), families);
    }

    private static Organisation heatmap(Random random) {
        int fronts = 1 + random.nextInt(5);
        int backs = 1 + random.nextInt(6);
        GroupTable.Builder builder = GroupTable.builder();
        int[][] people = new int[fronts][backs];
        int[][] values = new int[fronts][backs];
        List<List<String>> families = new ArrayList<>();
        for (int f = 0; f < fronts; f++) {
            for (int b = 0; b < backs; b++) {
                int[] figures = person(random);
                people[f][b] = figures[0];
                values[f][b] = figures[1];
                builder.group("f" + f + "|b" + b, figures[0], figures[1]);
            }
        }
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        int total = 0;
        long totalValue = 0;
        for (int f = 0; f < fronts; f++) {
            List<String> cells = new ArrayList<>();
            int rowPeople = 0;
            long rowValue = 0;
            for (int b = 0; b < backs; b++) {
                cells.add("f" + f + "|b" + b);
                rowPeople += people[f][b];
                rowValue += values[f][b];
            }
            builder.group("f" + f, rowPeople, rowValue).sum("f" + f, cells);
            rows.add("f" + f);
            families.add(cells);
            total += rowPeople;
            totalValue += rowValue;
        }
        for (int b = 0; b < backs; b++) {
            List<String> cells = new ArrayList<>();
            int columnPeople = 0;
            long columnValue = 0;
            for (int f = 0; f < fronts; f++) {
                cells.add("f" + f + "|b" + b);
                columnPeople += people[f][b];
                columnValue += values[f][b];
            }
            builder.group("b" + b, columnPeople, columnValue).sum("b" + b, cells);
            columns.add("b" + b);
            families.add(cells);
        }
        builder.group("all", total, totalValue).sum("all", rows).sum("all", columns);
        families.add(rows);
        families.add(columns);
        return new Organisation(builder.build(), families);
    }

    /** Random team filters (any subset of one family of siblings) and whole-family selections. */
    private static List<Set<String>> filters(Random random, Organisation organisation) {
        List<Set<String>> filters = new ArrayList<>();
        for (List<String> family : organisation.families()) {
            filters.add(new HashSet<>(family));
            for (int i = 0; i < 3; i++) {
                Set<String> subset = new HashSet<>();
                for (String key : family) {
                    if (random.nextBoolean()) {
                        subset.add(key);
                    }
                }
                filters.add(subset);
            }
        }
        return filters;
    }
}
