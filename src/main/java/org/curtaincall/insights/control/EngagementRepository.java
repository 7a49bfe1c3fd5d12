package org.curtaincall.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregate queries behind the engagement trends, the heatmap and listening health. Each groups in the database
 * and returns one row per group, never one per kudos or report, so that the dashboards stay fast on large
 * histories. These are read-only reporting queries over the recognition and listening tables; the insights area
 * never writes there.
 */
@ApplicationScoped
public class EngagementRepository {

    /** Kudos that still count: neither withdrawn nor hidden. */
    private static final String STANDING = "k.withdrawn = ?1 and k.hidden = ?1 and k.created_at >= ?2 and k.created_at < ?3";

    @PersistenceContext
    EntityManager em;

    /** Public kudos (ratings 3-5) received per back-stage team in each bucket (week or month starts). */
    public Tallies kudosReceived(Period period, List<LocalDate> buckets) {
        return grid("select cast(k.team_id as varchar(20)) as row_key, " + bucket(buckets, 4) + " as col_key, "
                + "k.giver_id as who, k.rating as val from kudos k where " + STANDING + " and k.rating >= 3",
                params(period, buckets));
    }

    /** Public kudos given by each stage (FRONT, BACK, or NONE for givers without a team) in each bucket. */
    public Tallies recognitionByStage(Period period, List<LocalDate> buckets) {
        return grid("select coalesce(k.giver_stage, 'NONE') as row_key, " + bucket(buckets, 4) + " as col_key, "
                + "k.giver_id as who, k.rating as val from kudos k where " + STANDING + " and k.rating >= 3",
                params(period, buckets));
    }

    /** Every hand-off rating (1-5) per back-stage team in each bucket, with the sum of ratings for the average. */
    public Tallies ratings(Period period, List<LocalDate> buckets) {
        return grid("select cast(k.team_id as varchar(20)) as row_key, " + bucket(buckets, 4) + " as col_key, "
                + "k.giver_id as who, k.rating as val from kudos k where " + STANDING, params(period, buckets));
    }

    /** Hand-off ratings from each front-stage team (the giver's team) to each back-stage team. */
    public Tallies handOffs(Period period) {
        return grid("select cast(k.giver_team_id as varchar(20)) as row_key, cast(k.team_id as varchar(20)) as col_key, "
                + "k.giver_id as who, k.rating as val from kudos k where " + STANDING
                + " and k.giver_stage = ?4 and k.giver_team_id is not null", params(period, List.of(), "FRONT"));
    }

    /** Texts per theme on each front x back link, low ratings (1-2) counted apart: what breaks on that hand-off. */
    public List<LinkTheme> linkThemes(Period period) {
        Query query = em.createNativeQuery("select k.giver_team_id, k.team_id, t.theme_id, count(*), "
                + "sum(case when k.rating <= 2 then 1 else 0 end) from kudos k join insight_text t on t.kudos_id = k.id "
                + "where " + STANDING + " and k.giver_stage = ?4 and k.giver_team_id is not null "
                + "and t.theme_id is not null group by k.giver_team_id, k.team_id, t.theme_id");
        bind(query, params(period, List.of(), "FRONT"));
        List<LinkTheme> links = new ArrayList<>();
        for (Object[] row : rows(query)) {
            links.add(new LinkTheme(number(row[0]), number(row[1]), (String) row[2], number(row[3]), number(row[4])));
        }
        return links;
    }

    public record LinkTheme(long frontTeamId, long backTeamId, String themeId, long texts, long lowRated) {
    }

    /** The day each team was last thanked with public kudos, for the teams that ever were. */
    public Map<Long, LocalDate> lastThanked() {
        Query query = em.createNativeQuery("select k.team_id, max(k.created_at) from kudos k "
                + "where k.withdrawn = ?1 and k.hidden = ?1 and k.rating >= 3 group by k.team_id");
        query.setParameter(1, Boolean.FALSE);
        Map<Long, LocalDate> last = new HashMap<>();
        for (Object[] row : rows(query)) {
            last.put(number(row[0]), toDateTime(row[1]).toLocalDate());
        }
        return last;
    }

    /** How many public kudos each giver addressed to each person named in them. */
    public List<Edge> personThanks(Period period) {
        Query query = em.createNativeQuery("select k.giver_id, p.person_id, count(*) from kudos k "
                + "join kudos_person p on p.kudos_id = k.id where " + STANDING + " and k.rating >= 3 "
                + "group by k.giver_id, p.person_id");
        bind(query, params(period, List.of()));
        return edges(query);
    }

    /** How many public kudos the members of each team gave to each team. */
    public List<Edge> teamThanks(Period period) {
        Query query = em.createNativeQuery("select k.giver_team_id, k.team_id, count(*) from kudos k where "
                + STANDING + " and k.rating >= 3 and k.giver_team_id is not null group by k.giver_team_id, k.team_id");
        bind(query, params(period, List.of()));
        return edges(query);
    }

    /** Who thanked whom how often: a person or a team. */
    public record Edge(long from, long to, long count) {
    }

    /** Reports per kind (rows) and status (columns); each report counts as one contributor. */
    public Tallies reportsByKindAndStatus(LocalDate from, LocalDate to, Long teamId) {
        List<Object> params = new ArrayList<>(List.of(Boolean.FALSE, Date.valueOf(from), Date.valueOf(to)));
        String team = "";
        if (teamId != null) {
            team = " and r.team_id = ?4";
            params.add(teamId);
        }
        return grid("select r.kind as row_key, r.status as col_key, r.id as who, 0 as val from report r "
                + "where r.hidden = ?1 and r.filed_on >= ?2 and r.filed_on <= ?3" + team, params);
    }

    /**
     * Reports grouped by kind and the days they were filed, acknowledged and closed; the number of days in between
     * is worked out from these groups, which stay few however many reports there are.
     */
    public List<ReportDays> reportDays(LocalDate from, LocalDate to, Long teamId) {
        String team = teamId == null ? "" : " and r.team_id = ?4";
        Query query = em.createNativeQuery("select r.kind, r.status, r.filed_on, r.acknowledged_on, r.closed_on, count(*) "
                + "from report r where r.hidden = ?1 and r.filed_on >= ?2 and r.filed_on <= ?3" + team
                + " group by r.kind, r.status, r.filed_on, r.acknowledged_on, r.closed_on");
        query.setParameter(1, Boolean.FALSE);
        query.setParameter(2, Date.valueOf(from));
        query.setParameter(3, Date.valueOf(to));
        if (teamId != null) {
            query.setParameter(4, teamId);
        }
        List<ReportDays> days = new ArrayList<>();
        for (Object[] row : rows(query)) {
            days.add(new ReportDays((String) row[0], (String) row[1], toDate(row[2]), toDate(row[3]), toDate(row[4]),
                    number(row[5])));
        }
        return days;
    }

    public record ReportDays(String kind, String status, LocalDate filedOn, LocalDate acknowledgedOn,
            LocalDate closedOn, long reports) {
    }

    // ------------------------------------------------------------------------------------------------------------

    private Tallies grid(String base, List<Object> params) {
        Tallies tallies = new Tallies();
        String aggregates = "count(distinct x.who), count(*), coalesce(sum(x.val), 0) from (" + base + ") x ";
        for (Object[] row : rows(bind(em.createNativeQuery("select x.row_key, x.col_key, " + aggregates
                + "group by x.row_key, x.col_key"), params))) {
            tallies.cell(String.valueOf(row[0]), String.valueOf(row[1]), tally(row, 2));
        }
        for (Object[] row : rows(bind(em.createNativeQuery("select x.row_key, " + aggregates + "group by x.row_key"),
                params))) {
            tallies.rowTotal(String.valueOf(row[0]), tally(row, 1));
        }
        for (Object[] row : rows(bind(em.createNativeQuery("select x.col_key, " + aggregates + "group by x.col_key"),
                params))) {
            tallies.columnTotal(String.valueOf(row[0]), tally(row, 1));
        }
        return tallies;
    }

    /**
     * The index of the bucket a kudos falls in, as SQL. The bucket starts are bound as parameters from position
     * {@code first}, so the expression is the same on H2 and PostgreSQL whatever their date functions.
     */
    private static String bucket(List<LocalDate> starts, int first) {
        if (starts.size() <= 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("case");
        for (int i = 1; i < starts.size(); i++) {
            sql.append(" when k.created_at < ?").append(first + i - 1).append(" then ").append(i - 1);
        }
        return sql.append(" else ").append(starts.size() - 1).append(" end").toString();
    }

    private static List<Object> params(Period period, List<LocalDate> buckets, Object... more) {
        List<Object> params = new ArrayList<>();
        params.add(Boolean.FALSE);
        params.add(Timestamp.valueOf(period.start()));
        params.add(Timestamp.valueOf(period.end()));
        for (Object extra : more) {
            params.add(extra);
        }
        for (int i = 1; i < buckets.size(); i++) {
            params.add(Timestamp.valueOf(buckets.get(i).atStartOfDay()));
        }
        return params;
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private List<Edge> edges(Query query) {
        List<Edge> edges = new ArrayList<>();
        for (Object[] row : rows(query)) {
            edges.add(new Edge(number(row[0]), number(row[1]), number(row[2])));
        }
        return edges;
    }

    private static Tally tally(Object[] row, int from) {
        return new Tally((int) number(row[from]), number(row[from + 1]), number(row[from + 2]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private static LocalDateTime toDateTime(Object value) {
        return value instanceof LocalDateTime time ? time : ((java.sql.Timestamp) value).toLocalDateTime();
    }
}
