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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;

/** The themes of the latest run, as arriving texts update them, and when that run finished. */
@ApplicationScoped
@Transactional
public class ThemeRepository {

    private static final int RUN_ROW = 1;

    @PersistenceContext
    EntityManager em;

    /** When the latest full run finished, how many texts it read and how many themes it found. */
    public record RunInfo(LocalDate computedOn, LocalDateTime finishedAt, int texts, int themes) {
    }

    public Optional<RunInfo> lastRun() {
        Query query = em.createNativeQuery("select computed_on, finished_at, texts, themes from insight_run where id = ?1");
        query.setParameter(1, RUN_ROW);
        return rows(query).stream().findFirst().map(row -> new RunInfo(toDate(row[0]),
                row[1] instanceof Timestamp time ? time.toLocalDateTime() : (LocalDateTime) row[1],
                ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
    }

    /** The latest run with every theme's counts and centroid (member ids stay in {@code insight_text}). */
    public ThemeRun latest(LocalDate today) {
        Optional<RunInfo> info = lastRun();
        if (info.isEmpty()) {
            return ThemeRun.none(today);
        }
        Map<String, SortedMap<String, Integer>> teams = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("select theme_id, team_key, texts from insight_theme_team"))) {
            teams.computeIfAbsent((String) row[0], id -> new TreeMap<>()).put((String) row[1], ((Number) row[2]).intValue());
        }
        Map<String, SortedMap<LocalDate, Integer>> weeks = new HashMap<>();
        for (Object[] row : rows(em.createNativeQuery("select theme_id, week_start, texts from insight_theme_week"))) {
            weeks.computeIfAbsent((String) row[0], id -> new TreeMap<>()).put(toDate(row[1]), ((Number) row[2]).intValue());
        }
        List<Theme> themes = new ArrayList<>();
        for (Object[] row : rows(em.createNativeQuery("select id, label, key_phrases, centroid, kudos, reports, rising, "
                + "new_theme from insight_theme order by rank_order"))) {
            String id = (String) row[0];
            themes.add(new Theme(id, (String) row[1], Arrays.asList(((String) row[2]).split("\n")),
                    StoredVectors.decode((String) row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                    teams.getOrDefault(id, new TreeMap<>()), weeks.getOrDefault(id, new TreeMap<>()),
                    Boolean.TRUE.equals(row[6]), Boolean.TRUE.equals(row[7]), List.of()));
        }
        return new ThemeRun(info.get().computedOn(), themes, List.of());
    }

    /** Replaces the stored run by a new one. */
    public void replace(ThemeRun run, LocalDateTime finishedAt, int texts) {
        em.createNativeQuery("delete from insight_theme_team").executeUpdate();
        em.createNativeQuery("delete from insight_theme_week").executeUpdate();
        em.createNativeQuery("delete from insight_theme").executeUpdate();
        int rank = 0;
        for (Theme theme : run.themes()) {
            em.createNativeQuery("insert into insight_theme (id, rank_order, label, key_phrases, centroid, kudos, "
                            + "reports, rising, new_theme) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, theme.id())
                    .setParameter(2, rank++)
                    .setParameter(3, clip(theme.label(), 200))
                    .setParameter(4, clip(String.join("\n", theme.keyPhrases()), 1000))
                    .setParameter(5, StoredVectors.encode(theme.centroid()))
                    .setParameter(6, theme.kudos())
                    .setParameter(7, theme.reports())
                    .setParameter(8, theme.rising())
                    .setParameter(9, theme.newTheme())
                    .executeUpdate();
            insertCounts(theme);
        }
        em.createNativeQuery("delete from insight_run").executeUpdate();
        em.createNativeQuery("insert into insight_run (id, computed_on, finished_at, texts, themes) "
                        + "values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, RUN_ROW)
                .setParameter(2, Date.valueOf(run.computedOn()))
                .setParameter(3, Timestamp.valueOf(finishedAt))
                .setParameter(4, texts)
                .setParameter(5, run.themes().size())
                .executeUpdate();
    }

    /** Stores a theme's counts and centroid after texts joined it between runs. */
    public void update(Theme theme) {
        em.createNativeQuery("update insight_theme set centroid = ?1, kudos = ?2, reports = ?3 where id = ?4")
                .setParameter(1, StoredVectors.encode(theme.centroid()))
                .setParameter(2, theme.kudos())
                .setParameter(3, theme.reports())
                .setParameter(4, theme.id())
                .executeUpdate();
        em.createNativeQuery("delete from insight_theme_team where theme_id = ?1").setParameter(1, theme.id())
                .executeUpdate();
        em.createNativeQuery("delete from insight_theme_week where theme_id = ?1").setParameter(1, theme.id())
                .executeUpdate();
        insertCounts(theme);
    }

    private void insertCounts(Theme theme) {
        for (var team : theme.teams().entrySet()) {
            em.createNativeQuery("insert into insight_theme_team (theme_id, team_key, texts) values (?1, ?2, ?3)")
                    .setParameter(1, theme.id()).setParameter(2, team.getKey()).setParameter(3, team.getValue())
                    .executeUpdate();
        }
        for (var week : theme.weeklyCounts().entrySet()) {
            em.createNativeQuery("insert into insight_theme_week (theme_id, week_start, texts) values (?1, ?2, ?3)")
                    .setParameter(1, theme.id()).setParameter(2, Date.valueOf(week.getKey()))
                    .setParameter(3, week.getValue()).executeUpdate();
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
