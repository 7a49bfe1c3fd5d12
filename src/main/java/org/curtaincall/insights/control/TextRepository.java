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
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.curtaincall.insights.entity.Source;
import org.curtaincall.insights.entity.Text;

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
        em.createNativeQuery("insert into insight_text (id, text_source, kudos_id, report_id, team_key, week_start, "
                        + "text_hash, embedding, theme_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, text.id())
                .setParameter(2, text.source().name())
                .setParameter(3, kudos ? Long.valueOf(sourceId) : null)
                .setParameter(4, kudos ? null : sourceId)
                .setParameter(5, text.teamKey())
                .setParameter(6, Date.valueOf(text.week()))
                .setParameter(7, StoredVectors.fingerprint(text.text()))
                .setParameter(8, StoredVectors.encode(text.vector()))
                .setParameter(9, themeId)
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
            List<String> ids = theme.getValue();
            for (int from = 0; from < ids.size(); from += 500) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                StringBuilder marks = new StringBuilder();
                for (int i = 0; i < chunk.size(); i++) {
                    marks.append(i == 0 ? "" : ", ").append('?').append(i + 2);
                }
                Query update = em.createNativeQuery("update insight_text set theme_id = ?1 where id in (" + marks + ")")
                        .setParameter(1, theme.getKey());
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
        java.util.Set<String> seen = new java.util.HashSet<>();
        return texts.stream().filter(text -> seen.add(text.text())).limit(limit).toList();
    }

    /**
     * Per theme and source ({@code themeId|KUDOS}, {@code themeId|REPORT}): distinct people who wrote its texts that
     * count now (kudos givers; one per report, since reports have no known author) and the number of those texts.
     */
    public Map<String, Tally> authorsPerTheme() {
        return authors("t.theme_id", "", List.of());
    }

    /**
     * The same per theme and week ({@code themeId|2026-11-16|KUDOS}). Counts of texts are taken from this one query
     * only, so that they add up exactly even while texts arrive between queries.
     */
    public Map<String, Tally> authorsPerThemeAndWeek() {
        return authors("t.theme_id, t.week_start", "", List.of());
    }

    /** Per theme, the texts written before {@code since}, all together. */
    public Map<String, Tally> authorsPerThemeBefore(LocalDate since) {
        return authors("t.theme_id", " and t.week_start < ?2", List.of(Date.valueOf(since)));
    }

    private Map<String, Tally> authors(String groups, String condition, List<Object> more) {
        Map<String, Tally> tallies = new HashMap<>();
        int keys = groups.split(",").length;
        Query kudos = em.createNativeQuery("select " + groups + ", count(distinct k.giver_id), count(*) from insight_text t "
                + "join kudos k on k.id = t.kudos_id where t.theme_id is not null and k.withdrawn = ?1 and k.hidden = ?1"
                + condition + " group by " + groups);
        Query reports = em.createNativeQuery("select " + groups + ", count(*), count(*) from insight_text t "
                + "join report r on r.id = t.report_id where t.theme_id is not null and r.hidden = ?1"
                + condition + " group by " + groups);
        for (Query query : List.of(kudos, reports)) {
            String source = query == kudos ? "KUDOS" : "REPORT";
            query.setParameter(1, Boolean.FALSE);
            for (int i = 0; i < more.size(); i++) {
                query.setParameter(i + 2, more.get(i));
            }
            for (Object[] row : rows(query)) {
                StringBuilder key = new StringBuilder((String) row[0]);
                for (int i = 1; i < keys; i++) {
                    key.append('|').append(toDate(row[i]));
                }
                key.append('|').append(source);
                tallies.put(key.toString(), new Tally(((Number) row[keys]).intValue(), ((Number) row[keys + 1]).longValue(), 0));
            }
        }
        return tallies;
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
