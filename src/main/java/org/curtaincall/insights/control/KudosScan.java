package org.curtaincall.insights.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.curtaincall.insights.control.EngagementRepository.Edge;
import org.curtaincall.insights.control.EngagementRepository.LinkTheme;

/**
 * Counts the standing kudos of a period as the database streams them, once, into every table the trends and the
 * heatmap need: public kudos per back-stage team and week or month, recognition given per stage and month, every
 * rating per team and month, the front x back hand-offs (each with exact distinct givers per cell, row and column),
 * the thanks between teams, the themes of each hand-off and each team's latest public kudos in the period. The
 * people named in public kudos are added afterwards ({@link #named}), from a second read of the link table.
 *
 * <p>Rows and columns are keyed by team ids as text, the giver's stage (or {@code NONE}), and the index of the week
 * or month a kudos falls in.
 */
public final class KudosScan {

    private static final int PUBLIC_FROM = 3;
    private static final int LOW_UP_TO = 2;

    private final LocalDateTime[] weeks;
    private final LocalDateTime[] months;
    private final String[] columnKeys;
    private final Map<Long, String> themeOfKudos;
    private final Numbering givers = new Numbering();
    private final Numbering teams = new Numbering();
    private final Numbering named = new Numbering();
    private final List<String> teamKeys = new ArrayList<>();
    private final List<LocalDateTime> latestPublic = new ArrayList<>();
    private final GridCounter perWeek = new GridCounter();
    private final GridCounter perMonth = new GridCounter();
    private final GridCounter byStage = new GridCounter();
    private final GridCounter ratings = new GridCounter();
    private final GridCounter handOffs = new GridCounter();
    /** Keyed by giver's team and team, each numbered in 32 bits. */
    private final LongLongMap teamThanks = new LongLongMap();
    /** Keyed by giver and person named, each numbered in 32 bits. */
    private final LongLongMap personThanks = new LongLongMap();
    private final LongLongMap giverOfPublic = new LongLongMap();
    private final Map<Link, long[]> links = new HashMap<>();

    /**
     * @param themeOfKudos the theme each kudos text belongs to, for the hand-offs' themes; kudos of other periods
     *                     may be in it, they are never looked up
     */
    public KudosScan(Period period, Map<Long, String> themeOfKudos) {
        this.weeks = starts(period.weeks());
        this.months = starts(period.months());
        this.columnKeys = new String[Math.max(weeks.length, months.length)];
        for (int i = 0; i < columnKeys.length; i++) {
            columnKeys[i] = String.valueOf(i);
        }
        this.themeOfKudos = themeOfKudos;
    }

    /** One standing kudos of the period. */
    public void add(long id, long teamId, long giverId, Long giverTeamId, String giverStage, int rating,
            LocalDateTime createdAt) {
        int giver = givers.number(giverId);
        int teamNumber = team(teamId);
        String team = teamKeys.get(teamNumber);
        String month = columnKeys[bucket(months, createdAt)];
        ratings.add(team, month, giver, rating);
        if (rating >= PUBLIC_FROM) {
            perWeek.add(team, columnKeys[bucket(weeks, createdAt)], giver, rating);
            perMonth.add(team, month, giver, rating);
            byStage.add(giverStage == null ? InsightsAssembler.NO_TEAM : giverStage, month, giver, rating);
            LocalDateTime latest = latestPublic.get(teamNumber);
            if (latest == null || createdAt.isAfter(latest)) {
                latestPublic.set(teamNumber, createdAt);
            }
            giverOfPublic.put(id, giver);
            if (giverTeamId != null) {
                teamThanks.add(pair(team(giverTeamId), teamNumber), 1);
            }
        }
        if ("FRONT".equals(giverStage) && giverTeamId != null) {
            handOffs.add(teamKeys.get(team(giverTeamId)), team, giver, rating);
            String theme = themeOfKudos.get(id);
            if (theme != null) {
                long[] figures = links.computeIfAbsent(new Link(giverTeamId, teamId, theme), key -> new long[2]);
                figures[0]++;
                figures[1] += rating <= LOW_UP_TO ? 1 : 0;
            }
        }
    }

    /**
     * The ids of the public kudos counted, as at most {@code most} ranges that hold them all; none when there were
     * none. The people named in them are read range by range: ids mostly grow with time, but a few far from the rest
     * (a history added later) would otherwise make one range span the whole link table. A gap is kept inside a range
     * when it is narrower than {@code leastGap}, since reading across it costs less than another query.
     */
    public List<long[]> publicIdRanges(int most, long leastGap) {
        long[] ids = new long[giverOfPublic.size()];
        int[] next = {0};
        giverOfPublic.forEach((id, giver) -> ids[next[0]++] = id);
        Arrays.sort(ids);
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < ids.length; i++) {
            if (ids[i] - ids[i - 1] > leastGap) {
                gaps.add(i);
            }
        }
        List<Integer> splits = gaps.stream()
                .sorted(Comparator.comparingLong((Integer i) -> ids[i] - ids[i - 1]).reversed())
                .limit(most - 1L).sorted().toList();
        List<long[]> ranges = new ArrayList<>();
        int first = 0;
        for (int split : splits) {
            ranges.add(new long[] {ids[first], ids[split - 1]});
            first = split;
        }
        if (ids.length > 0) {
            ranges.add(new long[] {ids[first], ids[ids.length - 1]});
        }
        return ranges;
    }

    /** A person named in a kudos; counted when the kudos is one of the period's public kudos. */
    public void named(long kudosId, long personId) {
        long giver = giverOfPublic.get(kudosId, -1);
        if (giver >= 0) {
            personThanks.add(pair((int) giver, named.number(personId)), 1);
        }
    }

    public EngagementTallies tallies() {
        List<LinkTheme> linkThemes = new ArrayList<>();
        links.forEach((link, figures) -> linkThemes.add(new LinkTheme(link.front(), link.back(), link.theme(),
                figures[0], figures[1])));
        Map<Long, LocalDateTime> latest = new HashMap<>();
        for (int team = 0; team < latestPublic.size(); team++) {
            if (latestPublic.get(team) != null) {
                latest.put(teams.id(team), latestPublic.get(team));
            }
        }
        return new EngagementTallies(perWeek.tallies(), perMonth.tallies(), byStage.tallies(), ratings.tallies(),
                handOffs.tallies(), edges(teamThanks, teams, teams), edges(personThanks, givers, named), linkThemes,
                latest);
    }

    /**
     * Everything the trends and the heatmap of a period are made of.
     *
     * @param latestPublic per back-stage team, its latest public kudos in the period
     */
    public record EngagementTallies(Tallies kudosPerWeek, Tallies kudosPerMonth, Tallies byStage,
            Tallies ratingsPerMonth, Tallies handOffs, List<Edge> teamThanks, List<Edge> personThanks,
            List<LinkTheme> linkThemes, Map<Long, LocalDateTime> latestPublic) {
    }

    // ------------------------------------------------------------------------------------------------------------

    private int team(long teamId) {
        int number = teams.number(teamId);
        if (number == teamKeys.size()) {
            teamKeys.add(String.valueOf(teamId));
            latestPublic.add(null);
        }
        return number;
    }

    private static long pair(int first, int second) {
        return (long) first << 32 | second;
    }

    /**
     * The index of the bucket a time falls in: the last start not after it, the first bucket for anything earlier
     * (the first week may start before the period).
     */
    static int bucket(LocalDateTime[] starts, LocalDateTime time) {
        int found = Arrays.binarySearch(starts, time);
        int index = found >= 0 ? found : -found - 2;
        return Math.max(0, index);
    }

    private static LocalDateTime[] starts(List<LocalDate> days) {
        return days.stream().map(LocalDate::atStartOfDay).toArray(LocalDateTime[]::new);
    }

    private static List<Edge> edges(LongLongMap counts, Numbering from, Numbering to) {
        List<Edge> edges = new ArrayList<>(counts.size());
        counts.forEach((pair, count) -> edges.add(new Edge(from.id((int) (pair >>> 32)), to.id((int) pair), count)));
        return edges;
    }

    /** Ids numbered 0, 1, 2, ... in the order they first come. */
    private static final class Numbering {

        private final Map<Long, Integer> numbers = new HashMap<>();
        private long[] ids = new long[64];

        int number(long id) {
            Integer known = numbers.get(id);
            if (known != null) {
                return known;
            }
            int next = numbers.size();
            numbers.put(id, next);
            if (next == ids.length) {
                ids = Arrays.copyOf(ids, next * 2);
            }
            ids[next] = id;
            return next;
        }

        long id(int number) {
            return ids[number];
        }
    }

    private record Link(long front, long back, String theme) {
    }
}
