package org.curtaincall.insights.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.platform.control.InLists;

/**
 * The stored vectors of kudos and report texts ({@code insight_text}), and the texts they stand for, read from the
 * kudos and report tables at the time of reading so that edits, redactions and hidden items are always respected.
 */
@ApplicationScoped
@Transactional
public class TextRepository {

    private static final String KUDOS_TEXT = "select k.id, k.team_id, k.created_at, k.message, k.customer_story";
    private static final String REPORT_TEXT = "select r.id, r.team_id, r.filed_on, r.title, r.description, r.suggested_fix";

    @PersistenceContext
    EntityManager em;

    /** Kudos created on a day that count and have no stored vector yet, newest first. */
    public List<Text> kudosWithoutVector(LocalDate day, int limit) {
        Query query = em.createNativeQuery(KUDOS_TEXT + " from kudos k where k.created_at >= ?2 and k.created_at < ?3 "
                + "and k.withdrawn = ?1 and k.hidden = ?1 "
                + "and not exists (select 1 from insight_text t where t.kudos_id = k.id) "
                + "order by k.created_at desc, k.id desc");
        query.setParameter(1, Boolean.FALSE).setParameter(2, Timestamp.valueOf(day.atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
        query.setMaxResults(limit);
        return rows(query).stream().map(TextRepository::kudosText).toList();
    }

    /** Visible reports filed on a day without a stored vector yet. */
    public List<Text> reportsWithoutVector(LocalDate day, int limit) {
        Query query = em.createNativeQuery(REPORT_TEXT + " from report r where r.filed_on = ?2 and r.hidden = ?1 "
                + "and not exists (select 1 from insight_text t where t.report_id = r.id) order by r.id");
        query.setParameter(1, Boolean.FALSE).setParameter(2, Date.valueOf(day));
        query.setMaxResults(limit);
        return rows(query).stream().map(TextRepository::reportText).toList();
    }

    /** How many kudos and report texts count on each day from {@code since} on, embedded or not. */
    public SortedMap<LocalDate, Long> textsPerDay(LocalDate since) {
        SortedMap<LocalDate, Long> perDay = new TreeMap<>();
        Query kudos = em.createNativeQuery("select cast(k.created_at as date), count(*) from kudos k "
                + "where k.created_at >= ?2 and k.withdrawn = ?1 and k.hidden = ?1 "
                + "group by cast(k.created_at as date)");
        kudos.setParameter(1, Boolean.FALSE).setParameter(2, Timestamp.valueOf(since.atStartOfDay()));
        Query reports = em.createNativeQuery("select r.filed_on, count(*) from report r "
                + "where r.filed_on >= ?2 and r.hidden = ?1 group by r.filed_on");
        reports.setParameter(1, Boolean.FALSE).setParameter(2, Date.valueOf(since));
        for (Query query : List.of(kudos, reports)) {
            for (Object[] row : rows(query)) {
                perDay.merge(toDate(row[0]), ((Number) row[1]).longValue(), Long::sum);
            }
        }
        return perDay;
    }

    /**
     * The texts written on one day that count now and have a stored vector, in a stable order; a text whose words
     * changed since it was embedded (an edit, a redaction) comes without a vector, so that it is embedded again.
     */
    public List<Text> storedOn(LocalDate day) {
        List<Text> texts = new ArrayList<>();
        Query kudos = em.createNativeQuery(KUDOS_TEXT + ", t.text_hash, t.embedding from insight_text t "
                + "join kudos k on k.id = t.kudos_id where k.created_at >= ?2 and k.created_at < ?3 "
                + "and k.withdrawn = ?1 and k.hidden = ?1 order by k.id");
        kudos.setParameter(1, Boolean.FALSE).setParameter(2, Timestamp.valueOf(day.atStartOfDay()))
                .setParameter(3, Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
        for (Object[] row : rows(kudos)) {
            texts.add(withStoredVector(kudosText(row), (String) row[5], (String) row[6]));
        }
        Query reports = em.createNativeQuery(REPORT_TEXT + ", t.text_hash, t.embedding from insight_text t "
                + "join report r on r.id = t.report_id where r.filed_on = ?2 and r.hidden = ?1 order by r.id");
        reports.setParameter(1, Boolean.FALSE).setParameter(2, Date.valueOf(day));
        for (Object[] row : rows(reports)) {
            texts.add(withStoredVector(reportText(row), (String) row[6], (String) row[7]));
        }
        return texts;
    }

    /** Forgets the vectors of texts written in weeks before {@code week}: no run reads them again. */
    public int deleteBefore(LocalDate week) {
        return em.createNativeQuery("delete from insight_text where week_start < ?1")
                .setParameter(1, Date.valueOf(week))
                .executeUpdate();
    }

    /** Stores an embedded text, in the theme it joined or none. */
    public void add(Text text, String themeId) {
        boolean kudos = text.source() == Source.KUDOS;
        String sourceId = text.id().substring(1);
        // Only the column of the text's own source is named: PostgreSQL refuses an untyped null for the other
        // (a null bound as text does not fit the kudos' bigint column).
        em.createNativeQuery("insert into insight_text (id, text_source, " + (kudos ? "kudos_id" : "report_id")
                        + ", team_key, week_start, text_hash, embedding, theme_id)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, text.id())
                .setParameter(2, text.source().name())
                .setParameter(3, kudos ? Long.valueOf(sourceId) : sourceId)
                .setParameter(4, text.teamKey())
                .setParameter(5, Date.valueOf(text.week()))
                .setParameter(6, StoredVectors.fingerprint(text.text()))
                .setParameter(7, StoredVectors.encode(text.vector()))
                .setParameter(8, themeId)
                .executeUpdate();
    }

    public void replaceVector(Text text) {
        em.createNativeQuery("update insight_text set embedding = ?1, text_hash = ?2 where id = ?3")
                .setParameter(1, StoredVectors.encode(text.vector()))
                .setParameter(2, StoredVectors.fingerprint(text.text()))
                .setParameter(3, text.id())
                .executeUpdate();
    }

    /** Puts every text in the theme a full run found for it; the others wait for the next run. */
    public void assignAll(Map<String, List<String>> membersByTheme) {
        em.createNativeQuery("update insight_text set theme_id = null where theme_id is not null").executeUpdate();
        for (var theme : membersByTheme.entrySet()) {
            for (List<String> chunk : InLists.chunks(theme.getValue())) {
                Query update = em.createNativeQuery("update insight_text set theme_id = ?1 where id in ("
                        + InLists.marks(2, chunk.size()) + ")").setParameter(1, theme.getKey());
                for (int i = 0; i < chunk.size(); i++) {
                    update.setParameter(i + 2, chunk.get(i));
                }
                update.executeUpdate();
            }
        }
    }

    /** The newest texts of a theme that count now, for samples. */
    public List<Text> newestOf(String themeId, int limit) {
        List<Text> texts = new ArrayList<>();
        Query kudos = em.createNativeQuery(KUDOS_TEXT + " from insight_text t join kudos k on k.id = t.kudos_id "
                + "where t.theme_id = ?2 and k.withdrawn = ?1 and k.hidden = ?1 order by t.week_start desc, t.id");
        kudos.setParameter(1, Boolean.FALSE).setParameter(2, themeId).setMaxResults(limit * 10);
        rows(kudos).forEach(row -> texts.add(kudosText(row)));
        Query reports = em.createNativeQuery(REPORT_TEXT + " from insight_text t join report r on r.id = t.report_id "
                + "where t.theme_id = ?2 and r.hidden = ?1 order by t.week_start desc, t.id");
        reports.setParameter(1, Boolean.FALSE).setParameter(2, themeId).setMaxResults(limit * 10);
        rows(reports).forEach(row -> texts.add(reportText(row)));
        texts.sort(java.util.Comparator.comparing(Text::week).reversed());
        // The same words twice say nothing more: samples are distinct texts.
        Set<String> seen = new HashSet<>();
        return texts.stream().filter(text -> seen.add(text.text())).limit(limit).toList();
    }

    /**
     * Who wrote the texts of each theme that count now, per theme and source and per theme, week and source, and
     * the same for the texts written before {@code since}: distinct kudos givers (one per report, since reports have
     * no known author) and the number of texts.
     *
     * @param perTheme keyed {@code themeId|KUDOS} and {@code themeId|REPORT}
     * @param perWeek keyed {@code themeId|2026-11-16|KUDOS}; the counts of texts come from here only, so that they
     *                add up exactly
     * @param before keyed like {@code perTheme}
     */
    public record ThemeAuthors(Map<String, Tally> perTheme, Map<String, Tally> perWeek, Map<String, Tally> before) {
    }

    /**
     * All three, counted in memory from one read of the texts in themes and one each of the kudos and the reports
     * they may come from (only their ids, givers and whether they count, through the insights indexes): joining each
     * text to its kudos or report row would read a hundred thousand rows with their texts.
     */
    public ThemeAuthors themeAuthors(LocalDate since) {
        List<ThemeText> inThemes = new ArrayList<>();
        RowStream.read(em, "select t.theme_id, t.week_start, t.kudos_id, t.report_id from insight_text t "
                + "where t.theme_id is not null", List.of(), row -> {
                    Long kudosId = RowStream.nullableLong(row, 3);
                    inThemes.add(new ThemeText(row.getString(1), row.getDate(2).toLocalDate(), kudosId,
                            row.getString(4)));
                });
        LongLongMap inThemeKudos = new LongLongMap();
        Set<String> reports = new HashSet<>();
        LocalDate firstKudosWeek = null;
        LocalDate firstReportWeek = null;
        for (ThemeText text : inThemes) {
            if (text.kudosId() != null) {
                inThemeKudos.put(text.kudosId(), 1);
                firstKudosWeek = earlier(firstKudosWeek, text.week());
            } else {
                reports.add(text.reportId());
                firstReportWeek = earlier(firstReportWeek, text.week());
            }
        }
        // A text's week starts on or before the day its kudos or report was written. Kudos withdrawn or hidden since
        // and hidden reports are not found, so their texts do not count.
        LongLongMap giverOf = new LongLongMap();
        if (firstKudosWeek != null) {
            RowStream.read(em, "select k.id, k.giver_id from kudos k "
                    + "where k.created_at >= ? and k.withdrawn = ? and k.hidden = ?",
                    List.of(Timestamp.valueOf(firstKudosWeek.atStartOfDay()), Boolean.FALSE, Boolean.FALSE), row -> {
                        if (inThemeKudos.get(row.getLong(1), 0) == 1) {
                            giverOf.put(row.getLong(1), row.getLong(2));
                        }
                    });
        }
        Set<String> visible = new HashSet<>();
        if (firstReportWeek != null) {
            RowStream.read(em, "select r.id from report r where r.filed_on >= ? and r.hidden = ?",
                    List.of(Date.valueOf(firstReportWeek), Boolean.FALSE), row -> {
                        if (reports.contains(row.getString(1))) {
                            visible.add(row.getString(1));
                        }
                    });
        }
        Authors perTheme = new Authors();
        Authors perWeek = new Authors();
        Authors before = new Authors();
        for (ThemeText text : inThemes) {
            Object author;
            String source;
            if (text.kudosId() != null) {
                long giver = giverOf.get(text.kudosId(), NOBODY);
                if (giver == NOBODY) {
                    continue;
                }
                author = giver;
                source = "KUDOS";
            } else {
                author = text.reportId();
                source = "REPORT";
                if (!visible.contains(text.reportId())) {
                    continue;
                }
            }
            perTheme.add(text.theme() + "|" + source, author);
            perWeek.add(text.theme() + "|" + text.week() + "|" + source, author);
            if (text.week().isBefore(since)) {
                before.add(text.theme() + "|" + source, author);
            }
        }
        return new ThemeAuthors(perTheme.tallies(), perWeek.tallies(), before.tallies());
    }

    private record ThemeText(String theme, LocalDate week, Long kudosId, String reportId) {
    }

    /** No giver found: person ids are positive. */
    private static final long NOBODY = -1;

    private static LocalDate earlier(LocalDate known, LocalDate week) {
        return known == null || week.isBefore(known) ? week : known;
    }

    /** Texts and their distinct authors per key. */
    private static final class Authors {

        private final Map<String, Set<Object>> authors = new HashMap<>();
        private final Map<String, Long> texts = new HashMap<>();

        void add(String key, Object author) {
            authors.computeIfAbsent(key, k -> new HashSet<>()).add(author);
            texts.merge(key, 1L, Long::sum);
        }

        Map<String, Tally> tallies() {
            Map<String, Tally> tallies = new HashMap<>();
            texts.forEach((key, count) -> tallies.put(key, new Tally(authors.get(key).size(), count, 0)));
            return tallies;
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private static Text kudosText(Object[] row) {
        String story = (String) row[4];
        String words = story == null ? (String) row[3] : row[3] + " " + story;
        return new Text("K" + row[0], Source.KUDOS, String.valueOf(row[1]), toDateTime(row[2]).toLocalDate(), words,
                null);
    }

    private static Text reportText(Object[] row) {
        String fix = (String) row[5];
        String words = row[3] + ". " + row[4] + (fix == null ? "" : " " + fix);
        String team = row[1] == null ? "none" : String.valueOf(row[1]);
        return new Text("R" + row[0], Source.REPORT, team, toDate(row[2]), words, null);
    }

    private static Text withStoredVector(Text text, String hash, String embedding) {
        return hash.equals(StoredVectors.fingerprint(text.text()))
                ? text.withVector(StoredVectors.decode(embedding)) : text;
    }

    private static LocalDateTime toDateTime(Object value) {
        return value instanceof Timestamp time ? time.toLocalDateTime() : (LocalDateTime) value;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
