package org.curtaincall.directory.control;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.curtaincall.platform.control.InLists;

/** Names of many people or teams by id, for showing lists: one query however many ids (in chunks past 500). */
final class NamesById {

    private NamesById() {
    }

    /** {@code jpql} selects an id and a name and has an {@code in :ids} condition; unknown ids are left out. */
    static Map<Long, String> read(EntityManager em, String jpql, Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (List<Long> chunk : InLists.chunks(ids)) {
            em.createQuery(jpql, Object[].class)
                    .setParameter("ids", chunk)
                    .getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
