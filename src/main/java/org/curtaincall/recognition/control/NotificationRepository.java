package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.curtaincall.recognition.entity.Notification;

@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    public List<Notification> of(long recipientId, int first, int max) {
        return em.createQuery("select n from Notification n where n.recipientId = :r order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("r", recipientId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r", Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    public long countUnread(long recipientId) {
        return em.createQuery("select count(n) from Notification n where n.recipientId = :r and n.readAt is null",
                        Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    public List<Notification> unread(long recipientId) {
        return em.createQuery("select n from Notification n where n.recipientId = :r and n.readAt is null",
                        Notification.class)
                .setParameter("r", recipientId).getResultList();
    }
}
