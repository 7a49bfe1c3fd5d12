package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.curtaincall.recognition.entity.Applause;
import org.curtaincall.recognition.entity.Kudos;

@ApplicationScoped
public class KudosRepository {

    /** Every list of kudos: the id breaks ties between kudos of the same instant. */
    private static final String NEWEST_FIRST = " order by k.createdAt desc, k.id desc";
    /**
     * Newest first for one team's standing kudos. The leading columns are fixed by the condition, so the order is the
     * same; they are named because H2 walks an index in a query's order only when the index begins with the ordered
     * columns (kudos_team_lists_idx, V13), and then stops once the list is full instead of sorting the whole team.
     */
    private static final String TEAM_NEWEST_FIRST = " order by k.teamId, k.withdrawn, k.hidden, k.createdAt desc, k.id desc";
    /** A team's kudos that still stand, in the native queries: team ?1, and ?2 bound to false. */
    private static final String TEAM_STANDING = "k.team_id = ?1 and k.withdrawn = ?2 and k.hidden = ?2";

    @PersistenceContext
    EntityManager em;

    /** What the public wall may show, narrowed by the filters that are set. */
    public record WallFilter(Long teamId, String giverStage, Long valueId) {

        String where() {
            // Conditions are added only when asked for, and booleans are bound: see TeamRepository.search.
            List<String> conditions = new ArrayList<>(List.of("k.rating >= :lowestPublic", "k.withdrawn = :no",
                    "k.hidden = :no"));
            if (teamId != null) {
                conditions.add("k.teamId = :teamId");
            }
            if (giverStage != null) {
                conditions.add("k.giverStage = :stage");
            }
            if (valueId != null) {
                conditions.add(":valueId member of k.valueIds");
            }
            return " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            query.setParameter("lowestPublic", Kudos.LOWEST_PUBLIC_RATING).setParameter("no", Boolean.FALSE);
            if (teamId != null) {
                query.setParameter("teamId", teamId);
            }
            if (giverStage != null) {
                query.setParameter("stage", giverStage);
            }
            if (valueId != null) {
                query.setParameter("valueId", valueId);
            }
            return query;
        }
    }

    /**
     * Its id is set at once, from the block of ids in hand; its rows are written with the transaction's other writes
     * when it commits, so that kudos given together are inserted in one batch per table.
     */
    public Kudos add(Kudos kudos) {
        em.persist(kudos);
        return kudos;
    }

    public Optional<Kudos> find(long id) {
        return Optional.ofNullable(em.find(Kudos.class, id));
    }

    /**
     * A page of a wall, newest first. Both the whole wall and one team's walk an index in order and stop after the
     * page; one team's kudos are read as ids first (see {@link #inOrder}).
     */
    public List<Kudos> wall(WallFilter filter, int first, int max) {
        if (filter.teamId() != null) {
            return inOrder(filter.apply(em.createQuery("select k.id from Kudos k" + filter.where() + TEAM_NEWEST_FIRST,
                            Long.class))
                    .setFirstResult(first).setMaxResults(max));
        }
        return filter.apply(em.createQuery("select k from Kudos k" + filter.where() + NEWEST_FIRST, Kudos.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countWall(WallFilter filter) {
        return filter.apply(em.createQuery("select count(k) from Kudos k" + filter.where(), Long.class))
                .getSingleResult();
    }

    /** One pass over the kudos a team received that still stand, for every figure its page shows. */
    public TeamTotals teamTotals(long teamId) {
        String isPublic = "k.rating >= ?3";
        String isStory = isPublic + " and k.customer_story is not null";
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(k.rating), 0), "
                        + "coalesce(sum(case when " + isPublic + " then 1 else 0 end), 0), "
                        + "coalesce(sum(case when " + isStory + " then 1 else 0 end), 0) "
                        + "from kudos k where " + TEAM_STANDING)
                .setParameter(1, teamId).setParameter(2, Boolean.FALSE).setParameter(3, Kudos.LOWEST_PUBLIC_RATING)
                .getSingleResult();
        return new TeamTotals(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    /**
     * Count and sum of a team's standing ratings, public and private, per calendar month since a moment. The month is
     * taken apart with extract(), which H2 and PostgreSQL read alike; the grouped expressions hold no parameter, as
     * PostgreSQL would not match a parameter in the select list with its copy in the group by.
     */
    public List<MonthlyRatings.Tally> monthlyRatings(long teamId, LocalDateTime since) {
        String year = "extract(year from k.created_at)";
        String month = "extract(month from k.created_at)";
        List<?> rows = em.createNativeQuery("select " + year + ", " + month + ", count(*), sum(k.rating) from kudos k "
                        + "where " + TEAM_STANDING + " and k.created_at >= ?3 group by " + year + ", " + month)
                .setParameter(1, teamId).setParameter(2, Boolean.FALSE).setParameter(3, Timestamp.valueOf(since))
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new MonthlyRatings.Tally((int) number(row[0]), (int) number(row[1]), number(row[2]),
                        number(row[3])))
                .toList();
    }

    /** A team's standing public kudos that tell what the customer got, newest first. */
    public List<Kudos> storiesForTeam(long teamId, int max) {
        return inOrder(em.createQuery("select k.id from Kudos k where k.teamId = :team and k.withdrawn = :no "
                        + "and k.hidden = :no and k.rating >= :lowestPublic and k.customerStory is not null"
                        + TEAM_NEWEST_FIRST, Long.class)
                .setParameter("team", teamId).setParameter("no", Boolean.FALSE)
                .setParameter("lowestPublic", Kudos.LOWEST_PUBLIC_RATING)
                .setMaxResults(max));
    }

    /** A team's standing private feedback (the ratings below public), newest first. */
    public List<Kudos> feedbackForTeam(long teamId, int max) {
        return inOrder(em.createQuery("select k.id from Kudos k where k.teamId = :team and k.withdrawn = :no "
                        + "and k.hidden = :no and k.rating < :lowestPublic" + TEAM_NEWEST_FIRST, Long.class)
                .setParameter("team", teamId).setParameter("no", Boolean.FALSE)
                .setParameter("lowestPublic", Kudos.LOWEST_PUBLIC_RATING)
                .setMaxResults(max));
    }

    /**
     * A list in two reads: the ids in order, then those kudos by their key. The ids come from an index that holds
     * every column the condition names (V13), so the kudos skipped to reach a later page are never read; only the
     * stories read rows before the list is full, for their story.
     */
    private List<Kudos> inOrder(TypedQuery<Long> ids) {
        List<Long> order = ids.getResultList();
        if (order.isEmpty()) {
            return List.of();
        }
        Map<Long, Kudos> byId = em.createQuery("select k from Kudos k where k.id in :ids", Kudos.class)
                .setParameter("ids", order).getResultStream()
                .collect(Collectors.toMap(Kudos::getId, k -> k));
        // Kudos are never deleted (withdrawing and hiding are flags), so every id is found.
        return order.stream().map(byId::get).toList();
    }

    public List<Kudos> givenBy(long personId, int max) {
        return em.createQuery("select k from Kudos k where k.giverId = :p and k.withdrawn = :no"
                        + NEWEST_FIRST, Kudos.class)
                .setParameter("p", personId).setParameter("no", Boolean.FALSE)
                .setMaxResults(max).getResultList();
    }

    /** Public kudos that name the person or thank their team. */
    public List<Kudos> receivedBy(long personId, Long teamId, int max) {
        String teamCondition = teamId == null ? "" : " or k.teamId = :team";
        var query = em.createQuery("select distinct k from Kudos k left join k.personIds p where (p = :p" + teamCondition
                        + ") and k.rating >= :lowestPublic and k.withdrawn = :no and k.hidden = :no"
                        + NEWEST_FIRST, Kudos.class)
                .setParameter("p", personId).setParameter("no", Boolean.FALSE)
                .setParameter("lowestPublic", Kudos.LOWEST_PUBLIC_RATING);
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        return query.setMaxResults(max).getResultList();
    }

    /** Kudos given since a moment, withdrawn ones included: withdrawing must not reopen the daily limit. */
    public long countGivenSince(long personId, LocalDateTime since) {
        return em.createQuery("select count(k) from Kudos k where k.giverId = :p and k.createdAt >= :since", Long.class)
                .setParameter("p", personId).setParameter("since", since)
                .getSingleResult();
    }

    public long count() {
        return em.createQuery("select count(k) from Kudos k", Long.class).getSingleResult();
    }

    /** Holds the kudos' row until the transaction ends, so that changes to it (its applause) take turns. */
    public void lock(Kudos k) {
        em.lock(k, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean hasApplauded(long kudosId, long personId) {
        return em.find(Applause.class, new Applause.Key(kudosId, personId)) != null;
    }

    public void addApplause(Applause applause) {
        em.persist(applause);
    }

    public Map<Long, Long> applauseCounts(Collection<Long> kudosIds) {
        if (kudosIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select a.kudosId, count(a) from Applause a where a.kudosId in :ids group by a.kudosId",
                        Object[].class)
                .setParameter("ids", kudosIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public Set<Long> applaudedBy(long personId, Collection<Long> kudosIds) {
        if (kudosIds.isEmpty()) {
            return Set.of();
        }
        return em.createQuery("select a.kudosId from Applause a where a.personId = :p and a.kudosId in :ids", Long.class)
                .setParameter("p", personId).setParameter("ids", kudosIds)
                .getResultStream().collect(Collectors.toSet());
    }

    /** Native aggregates come back as Long, BigInteger or BigDecimal, depending on the database. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
