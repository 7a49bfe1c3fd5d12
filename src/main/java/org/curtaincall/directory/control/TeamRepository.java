package org.curtaincall.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.directory.entity.Team;

@ApplicationScoped
public class TeamRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    /** Team names by id, in one query however many ids; unknown ids are left out. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesById.read(em, "select t.id, t.name from Team t where t.id in :ids", ids);
    }

    public Optional<Team> findByName(String name) {
        return em.createQuery("select t from Team t where t.nameKey = :key", Team.class)
                .setParameter("key", Team.nameKey(name))
                .getResultStream().findFirst();
    }

    /** Teams whose name contains the text (any case), optionally on one stage, active ones unless asked otherwise. */
    public List<Team> search(String text, Stage stage, boolean includeInactive) {
        // Conditions are added only when asked for: PostgreSQL cannot type a bound null in "? is null".
        // Booleans are bound, not written as literals: EclipseLink writes "true" as 1, which H2 2 rejects.
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (text != null && !text.isBlank()) {
            conditions.add("t.nameKey like :pattern");
            parameters.put("pattern", "%" + Team.nameKey(text) + "%");
        }
        if (stage != null) {
            conditions.add("t.stage = :stage");
            parameters.put("stage", stage);
        }
        if (!includeInactive) {
            conditions.add("t.active = :active");
            parameters.put("active", Boolean.TRUE);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var query = em.createQuery("select t from Team t" + where + " order by t.name", Team.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    public long countMembers(long teamId) {
        return em.createQuery("select count(p) from Person p where p.team.id = :id and p.active = :active", Long.class)
                .setParameter("id", teamId)
                .setParameter("active", Boolean.TRUE)
                .getSingleResult();
    }

    /** Active members per team id, in one query rather than one per team. */
    public Map<Long, Long> countMembersByTeam() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select p.team.id, count(p) from Person p where p.active = :active group by p.team.id", Object[].class)
                .setParameter("active", Boolean.TRUE)
                .getResultList()
                .forEach(row -> {
                    if (row[0] != null) {
                        counts.put((Long) row[0], (Long) row[1]);
                    }
                });
        return counts;
    }

    public Team add(Team team) {
        em.persist(team);
        return team;
    }

    public List<Team> ledBy(long personId) {
        return em.createQuery("select t from Team t join t.leads l where l.id = :id", Team.class)
                .setParameter("id", personId)
                .getResultList();
    }

    public List<Long> idsLedBy(long personId) {
        return em.createQuery("select t.id from Team t join t.leads l where l.id = :id", Long.class)
                .setParameter("id", personId)
                .getResultList();
    }
}
