package org.curtaincall.insights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.curtaincall.insights.control.EngagementRepository.Edge;
import org.curtaincall.insights.control.KudosScan.EngagementTallies;
import org.junit.jupiter.api.Test;

/**
 * The tables counted in one pass over the kudos are exactly what a {@code group by} per table and per total gives:
 * random kudos of random periods, counted both ways, cell by cell, row by row and column by column, with the distinct
 * givers of each.
 */
class KudosScanTest {

    private record Kudos(long id, long team, long giver, Long giverTeam, String stage, int rating,
            LocalDateTime createdAt) {

        boolean isPublic() {
            return rating >= 3;
        }

        boolean isHandOff() {
            return "FRONT".equals(stage) && giverTeam != null;
        }
    }

    @Test
    void one_pass_gives_the_same_tallies_as_a_grouped_query_per_table_and_total() {
        Random random = new Random(20261123);
        for (int each = 0; each < 300; each++) {
            int round = each;
            LocalDate from = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(500));
            Period period = new Period(from, from.plusDays(random.nextInt(round % 3 == 0 ? 10 : 400)));
            List<Kudos> kudos = kudos(random, period, random.nextInt(600));
            Map<Long, String> themes = new HashMap<>();
            kudos.stream().filter(k -> random.nextInt(3) == 0)
                    .forEach(k -> themes.put(k.id(), "theme-" + random.nextInt(4)));
            Map<Long, List<Long>> named = new HashMap<>();
            kudos.forEach(k -> named.put(k.id(), random.ints(random.nextInt(3), 500, 520).asLongStream().boxed()
                    .distinct().toList()));

            KudosScan scan = new KudosScan(period, themes);
            kudos.forEach(k -> scan.add(k.id(), k.team(), k.giver(), k.giverTeam(), k.stage(), k.rating(),
                    k.createdAt()));
            // The link table is read over the ranges of public ids only, and in them it also names people in kudos
            // of other periods and in low ratings: those must not count.
            List<long[]> ranges = scan.publicIdRanges(3, 40);
            assertTrue(ranges.size() <= 3, where(round) + ": at most 3 ranges");
            kudos.stream().filter(Kudos::isPublic).forEach(k -> assertTrue(
                    ranges.stream().anyMatch(range -> range[0] <= k.id() && k.id() <= range[1]),
                    where(round) + ": public kudos " + k.id() + " within a range"));
            named.put(-1L, List.of(501L));
            named.put(kudos.isEmpty() ? -2L : kudos.get(0).id() + 1_000_000, List.of(502L));
            named.forEach((id, people) -> people.forEach(person -> {
                if (id < 0 || ranges.stream().anyMatch(range -> range[0] <= id && id <= range[1])) {
                    scan.named(id, person);
                }
            }));
            EngagementTallies tallies = scan.tallies();

            List<LocalDate> weeks = period.weeks();
            List<LocalDate> months = period.months();
            Function<Kudos, String> team = k -> String.valueOf(k.team());
            Function<Kudos, String> week = k -> bucketByCase(weeks, k.createdAt());
            Function<Kudos, String> month = k -> bucketByCase(months, k.createdAt());
            String where = where(round) + ", " + period;
            assertSame(grouped(kudos, Kudos::isPublic, team, week), tallies.kudosPerWeek(), where + ", per week");
            assertSame(grouped(kudos, Kudos::isPublic, team, month), tallies.kudosPerMonth(), where + ", per month");
            assertSame(grouped(kudos, Kudos::isPublic, k -> k.stage() == null ? "NONE" : k.stage(), month),
                    tallies.byStage(), where + ", by stage");
            assertSame(grouped(kudos, k -> true, team, month), tallies.ratingsPerMonth(), where + ", ratings");
            assertSame(grouped(kudos, Kudos::isHandOff, k -> String.valueOf(k.giverTeam()), team),
                    tallies.handOffs(), where + ", hand-offs");

            assertEquals(counted(kudos, k -> k.isPublic() && k.giverTeam() != null,
                    k -> List.of(k.giverTeam(), k.team())), edges(tallies.teamThanks()), where + ", team thanks");
            Map<List<Long>, Long> personThanks = new HashMap<>();
            kudos.stream().filter(Kudos::isPublic).forEach(k -> named.get(k.id()).forEach(person ->
                    personThanks.merge(List.of(k.giver(), person), 1L, Long::sum)));
            assertEquals(personThanks, edges(tallies.personThanks()), where + ", person thanks");

            Map<List<Object>, List<Long>> links = new HashMap<>();
            kudos.stream().filter(k -> k.isHandOff() && themes.containsKey(k.id())).forEach(k -> links.merge(
                    List.of(k.giverTeam(), k.team(), themes.get(k.id())), List.of(1L, k.rating() <= 2 ? 1L : 0L),
                    (a, b) -> List.of(a.get(0) + b.get(0), a.get(1) + b.get(1))));
            assertEquals(links, tallies.linkThemes().stream().collect(Collectors.toMap(
                    link -> List.<Object>of(link.frontTeamId(), link.backTeamId(), link.themeId()),
                    link -> List.of(link.texts(), link.lowRated()))), where + ", link themes");

            Map<Long, LocalDateTime> latest = kudos.stream().filter(Kudos::isPublic).collect(Collectors.toMap(
                    Kudos::team, Kudos::createdAt, (a, b) -> a.isAfter(b) ? a : b));
            assertEquals(latest, tallies.latestPublic(), where + ", last thanked");
        }
    }

    @Test
    void a_giver_counts_once_per_cell_row_and_column_however_many_kudos_they_gave() {
        Period march = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        KudosScan scan = new KudosScan(march, Map.of());
        LocalDateTime day = LocalDateTime.of(2026, 3, 2, 9, 0);
        scan.add(1, 10, 100, 1L, "FRONT", 5, day);
        scan.add(2, 10, 100, 1L, "FRONT", 4, day.plusDays(8));
        scan.add(3, 11, 100, 1L, "FRONT", 3, day);
        scan.add(4, 10, 101, 2L, "FRONT", 5, day);

        EngagementTallies tallies = scan.tallies();

        assertEquals(new Tally(2, 3, 14), tallies.kudosPerMonth().cell("10", "0"));
        assertEquals(new Tally(1, 1, 3), tallies.kudosPerMonth().cell("11", "0"));
        assertEquals(new Tally(2, 4, 17), tallies.kudosPerMonth().columnTotal("0"));
        // March begins on a Sunday: week 0 is that Sunday's week, the 2nd starts week 1.
        assertEquals(Tally.NONE, tallies.kudosPerWeek().cell("10", "0"));
        assertEquals(new Tally(2, 2, 10), tallies.kudosPerWeek().cell("10", "1"));
        assertEquals(new Tally(1, 1, 4), tallies.kudosPerWeek().cell("10", "2"));
        assertEquals(new Tally(2, 3, 14), tallies.kudosPerWeek().rowTotal("10"));
        assertEquals(new Tally(2, 4, 17), tallies.byStage().cell("FRONT", "0"));
        assertEquals(new Tally(1, 3, 12), tallies.handOffs().rowTotal("1"));
    }

    private static String where(int round) {
        return "round " + round;
    }

    // --- the straightforward way: what the grouped queries computed -----------------------------------------------

    private static List<Kudos> kudos(Random random, Period period, int count) {
        List<Kudos> kudos = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        long seconds = java.time.Duration.between(period.start(), period.end()).toSeconds();
        List<LocalDate> boundaries = new ArrayList<>(period.weeks());
        boundaries.addAll(period.months());
        for (int i = 0; i < count; i++) {
            long id;
            do {
                id = random.nextInt(5_000);
            } while (!ids.add(id));
            LocalDateTime at = period.start().plusSeconds((long) (random.nextDouble() * seconds));
            LocalDateTime boundary = boundaries.get(random.nextInt(boundaries.size())).atStartOfDay();
            if (random.nextInt(8) == 0 && !boundary.isBefore(period.start())) {
                at = random.nextBoolean() ? boundary : boundary.minusNanos(1_000);
                at = at.isBefore(period.start()) ? period.start() : at;
            }
            String stage = switch (random.nextInt(5)) {
                case 0 -> null;
                case 1, 2 -> "BACK";
                default -> "FRONT";
            };
            Long giverTeam = stage == null || random.nextInt(10) == 0 ? null : (long) random.nextInt(6);
            kudos.add(new Kudos(id, 10 + random.nextInt(6), 100 + random.nextInt(random.nextBoolean() ? 8 : 40),
                    giverTeam, stage, 1 + random.nextInt(5), at));
        }
        return kudos;
    }

    /** The bucket as the SQL {@code case when created_at < start1 then 0 when ... else last end} put it. */
    private static String bucketByCase(List<LocalDate> starts, LocalDateTime at) {
        for (int i = 1; i < starts.size(); i++) {
            if (at.isBefore(starts.get(i).atStartOfDay())) {
                return String.valueOf(i - 1);
            }
        }
        return String.valueOf(starts.size() - 1);
    }

    private record Grouped(Map<List<String>, Tally> cells, Map<String, Tally> rows, Map<String, Tally> columns) {
    }

    private static Grouped grouped(List<Kudos> kudos, Predicate<Kudos> where, Function<Kudos, String> row,
            Function<Kudos, String> column) {
        List<Kudos> selected = kudos.stream().filter(where).toList();
        return new Grouped(group(selected, k -> List.of(row.apply(k), column.apply(k))), group(selected, row),
                group(selected, column));
    }

    private static <K> Map<K, Tally> group(List<Kudos> kudos, Function<Kudos, K> key) {
        Map<K, List<Kudos>> groups = kudos.stream().collect(Collectors.groupingBy(key));
        Map<K, Tally> tallies = new HashMap<>();
        groups.forEach((group, members) -> tallies.put(group, new Tally(
                (int) members.stream().map(Kudos::giver).distinct().count(), members.size(),
                members.stream().mapToLong(Kudos::rating).sum())));
        return tallies;
    }

    private static void assertSame(Grouped expected, Tallies actual, String what) {
        Set<String> rows = new TreeSet<>(expected.rows().keySet());
        assertEquals(rows, new TreeSet<>(actual.rowKeys()), what + ": rows");
        Set<String> columns = new TreeSet<>(expected.columns().keySet());
        for (String row : rows) {
            assertEquals(expected.rows().get(row), actual.rowTotal(row), what + ": total of row " + row);
            for (String column : columns) {
                assertEquals(expected.cells().getOrDefault(List.of(row, column), Tally.NONE),
                        actual.cell(row, column), what + ": cell " + row + "/" + column);
            }
        }
        for (String column : columns) {
            assertEquals(expected.columns().get(column), actual.columnTotal(column), what + ": total of " + column);
        }
        // Nothing beyond the groups that exist: a column nobody fell in has no total.
        for (int i = 0; i < 60; i++) {
            if (!columns.contains(String.valueOf(i))) {
                assertEquals(Tally.NONE, actual.columnTotal(String.valueOf(i)), what + ": empty column " + i);
            }
        }
    }

    private static Map<List<Long>, Long> counted(List<Kudos> kudos, Predicate<Kudos> where,
            Function<Kudos, List<Long>> key) {
        return kudos.stream().filter(where).collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static Map<List<Long>, Long> edges(List<Edge> edges) {
        assertEquals(edges.size(), edges.stream().map(edge -> List.of(edge.from(), edge.to())).distinct().count(),
                "one edge per pair");
        return edges.stream().collect(Collectors.toMap(edge -> List.of(edge.from(), edge.to()), Edge::count));
    }
}
