package org.curtaincall.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.curtaincall.directory.entity.Person;

@ApplicationScoped
public class PersonRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Person> find(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    public Optional<Person> findByUsername(String username) {
        return em.createQuery("select p from Person p where p.username = :u", Person.class)
                .setParameter("u", Person.normaliseUsername(username))
                .getResultStream().findFirst();
    }

    public Optional<Person> findByEmail(String email) {
        return em.createQuery("select p from Person p where p.email = :e", Person.class)
                .setParameter("e", Person.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    public List<Person> search(PersonFilter filter, int first, int max) {
        return filter.apply(em.createQuery("select p from Person p" + filter.where() + " order by p.displayName, p.id",
                        Person.class))
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(PersonFilter filter) {
        return filter.apply(em.createQuery("select count(p) from Person p" + filter.where(), Long.class))
                .getSingleResult();
    }

    public List<Person> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Person p where p.id in :ids", Person.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<Long> activeMemberIds(long teamId) {
        return em.createQuery("select p.id from Person p where p.team.id = :team and p.active = :yes", Long.class)
                .setParameter("team", teamId).setParameter("yes", Boolean.TRUE)
                .getResultList();
    }

    /** Display names by id, in one query however many ids; unknown ids are left out. */
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesById.read(em, "select p.id, p.displayName from Person p where p.id in :ids", ids);
    }

    public Person add(Person person) {
        em.persist(person);
        return person;
    }

    /**
     * Which people to list. Conditions are added only when set (PostgreSQL cannot type a bound null in "? is null"),
     * and booleans are bound rather than written as literals (EclipseLink writes "true" as 1, which H2 2 rejects).
     */
    public record PersonFilter(String text, Long teamId, boolean includeInactive) {

        String where() {
            List<String> conditions = new ArrayList<>();
            if (hasText()) {
                conditions.add("(lower(p.displayName) like :pattern or p.username like :pattern or p.email like :pattern)");
            }
            if (teamId != null) {
                conditions.add("p.team.id = :teamId");
            }
            if (!includeInactive) {
                conditions.add("p.active = :active");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            if (hasText()) {
                query.setParameter("pattern", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (teamId != null) {
                query.setParameter("teamId", teamId);
            }
            if (!includeInactive) {
                query.setParameter("active", Boolean.TRUE);
            }
            return query;
        }

        private boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    /** The person's team and since when, without loading the person: read for the bell on every page. */
    public Optional<Object[]> teamAndSince(long id) {
        return em.createQuery("select t.id, p.teamSince from Person p left join p.team t where p.id = :id",
                        Object[].class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}
