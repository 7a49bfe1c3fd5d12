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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.curtaincall.insights.control.KudosScan.EngagementTallies;
import org.curtaincall.platform.control.InLists;

/**
 * Reads what the engagement trends, the heatmap and listening health are counted from. Each report reads the rows of
 * its period once, through indexes that hold every column it needs (V7), and counts them in memory: distinct givers
 * per cell, per row and per column need the rows themselves, and one pass over them is far cheaper than a grouped
 * query per table and total. These are read-only reporting queries over the recognition and listening tables; the
 * insights area never writes there.
 */
@ApplicationScoped
public class EngagementRepository {

    /** The people named in a period's kudos are read in at most this many ranges of kudos ids. */
    private static final int ID_RANGES = 16;
    private static final long ID_GAP = 10_000;

    @PersistenceContext
    EntityManager em;

    /** Who thanked whom how often: a person or a team. */
    public record Edge(long from, long to, long count) {
    }

    /** Texts per theme on a front x back link, low ratings (1-2) counted apart: what breaks on that hand-off. */
    public record LinkTheme(long frontTeamId, long backTeamId, String themeId, long texts, long lowRated) {
    }

    /**
     * Every table of the trends and the heatmap for a period, from one read of its standing kudos, one of the people
     * named in them and one of the themes of kudos texts.
     */
    public EngagementTallies engagement(Period period) {
        Map<Long, String> themeOfKudos = new HashMap<>();
        RowStream.read(em, "select t.kudos_id, t.theme_id from insight_text t "
                + "where t.theme_id is not null and t.kudos_id is not null", List.of(),
                row -> themeOfKudos.put(row.getLong(1), row.getString(2)));
        KudosScan scan = new KudosScan(period, themeOfKudos);
        RowStream.read(em, "select k.id, k.team_id, k.giver_id, k.giver_team_id, k.giver_stage, k.rating, k.created_at "
                + "from kudos k where k.created_at >= ? and k.created_at < ? and k.withdrawn = ? and k.hidden = ?",
                List.of(Timestamp.valueOf(period.start()), Timestamp.valueOf(period.end()), Boolean.FALSE, Boolean.FALSE),
                row -> scan.add(row.getLong(1), row.getLong(2), row.getLong(3), RowStream.nullableLong(row, 4),
                        row.getString(5), row.getInt(6), row.getTimestamp(7).toLocalDateTime()));
        for (long[] ids : scan.publicIdRanges(ID_RANGES, ID_GAP)) {
            RowStream.read(em, "select p.kudos_id, p.person_id from kudos_person p "
                    + "where p.kudos_id >= ? and p.kudos_id <= ?", List.of(ids[0], ids[1]),
                    row -> scan.named(row.getLong(1), row.getLong(2)));
        }
        return scan.tallies();
    }

    /**
     * The day each of these teams was last thanked with public kudos, when that was on or after {@code since}; a
     * team thanked only before then is left out.
     */
    public Map<Long, LocalDate> lastThanked(Collection<Long> teamIds, LocalDate since) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (List<Long> chunk : InLists.chunks(teamIds)) {
            Query query = em.createNativeQuery("select k.team_id, max(k.created_at) from kudos k "
                    + "where k.withdrawn = ?1 and k.hidden = ?1 and k.created_at >= ?2 and k.rating >= 3 "
                    + "and k.team_id in (" + InLists.marks(3, chunk.size()) + ") group by k.team_id");
            query.setParameter(1, Boolean.FALSE).setParameter(2, Timestamp.valueOf(since.atStartOfDay()));
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 3, chunk.get(i));
            }
            for (Object[] row : rows(query)) {
                last.put(((Number) row[0]).longValue(), toDateTime(row[1]).toLocalDate());
            }
        }
        return last;
    }

    /** Reports of a period (and a team, if given) by kind and status, and by the days they were handled. */
    public record ReportFigures(Tallies byKindAndStatus, List<ReportDays> days) {
    }

    /** Reports filed on the same day, of the same kind and status, acknowledged and closed on the same days. */
    public record ReportDays(String kind, String status, LocalDate filedOn, LocalDate acknowledgedOn,
            LocalDate closedOn, long reports) {
    }

    /**
     * The reports of a period, read once and counted in memory. Each report counts as one contributor, since who
     * filed it is not known, so a group's contributors are its number of reports.
     */
    public ReportFigures reports(LocalDate from, LocalDate to, Long teamId) {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(from), Date.valueOf(to), Boolean.FALSE));
        if (teamId != null) {
            params.add(teamId);
        }
        Map<ReportGroup, Long> groups = new HashMap<>();
        RowStream.read(em, "select r.kind, r.status, r.filed_on, r.acknowledged_on, r.closed_on from report r "
                + "where r.filed_on >= ? and r.filed_on <= ? and r.hidden = ?"
                + (teamId == null ? "" : " and r.team_id = ?"), params,
                row -> groups.merge(new ReportGroup(row.getString(1), row.getString(2), toDate(row.getDate(3)),
                        toDate(row.getDate(4)), toDate(row.getDate(5))), 1L, Long::sum));
        Map<String, Map<String, Long>> cells = new HashMap<>();
        Map<String, Long> rows = new HashMap<>();
        Map<String, Long> columns = new HashMap<>();
        List<ReportDays> days = new ArrayList<>();
        groups.forEach((group, reports) -> {
            days.add(new ReportDays(group.kind(), group.status(), group.filedOn(), group.acknowledgedOn(),
                    group.closedOn(), reports));
            cells.computeIfAbsent(group.kind(), kind -> new HashMap<>()).merge(group.status(), reports, Long::sum);
            rows.merge(group.kind(), reports, Long::sum);
            columns.merge(group.status(), reports, Long::sum);
        });
        Tallies byKindAndStatus = new Tallies();
        cells.forEach((kind, statuses) -> statuses.forEach((status, reports) ->
                byKindAndStatus.cell(kind, status, reportTally(reports))));
        rows.forEach((kind, reports) -> byKindAndStatus.rowTotal(kind, reportTally(reports)));
        columns.forEach((status, reports) -> byKindAndStatus.columnTotal(status, reportTally(reports)));
        return new ReportFigures(byKindAndStatus, days);
    }

    // ------------------------------------------------------------------------------------------------------------

    private record ReportGroup(String kind, String status, LocalDate filedOn, LocalDate acknowledgedOn,
            LocalDate closedOn) {
    }

    private static Tally reportTally(long reports) {
        return new Tally((int) reports, reports, 0);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static LocalDate toDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDateTime toDateTime(Object value) {
        return value instanceof LocalDateTime time ? time : ((Timestamp) value).toLocalDateTime();
    }
}
