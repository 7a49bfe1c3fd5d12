package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.curtaincall.recognition.entity.CompanyValue;

@ApplicationScoped
public class CompanyValueRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<CompanyValue> find(long id) {
        return Optional.ofNullable(em.find(CompanyValue.class, id));
    }

    public Optional<CompanyValue> findByName(String name) {
        return em.createQuery("select v from CompanyValue v where v.nameKey = :key", CompanyValue.class)
                .setParameter("key", CompanyValue.nameKey(name))
                .getResultStream().findFirst();
    }

    public List<CompanyValue> all() {
        return em.createQuery("select v from CompanyValue v order by v.name", CompanyValue.class).getResultList();
    }

    public List<CompanyValue> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from CompanyValue v where v.id in :ids", CompanyValue.class)
                .setParameter("ids", ids).getResultList();
    }

    public CompanyValue add(CompanyValue value) {
        em.persist(value);
        em.flush();
        return value;
    }
}
