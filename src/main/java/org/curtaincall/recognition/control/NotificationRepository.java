package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.curtaincall.directory.boundary.Membership;
import org.curtaincall.recognition.entity.Notification;
import org.curtaincall.recognition.entity.NotificationRead;

/**
 * A person's notifications are their own and their teams': two queries, each on an index of its own (recipient, or
 * team and date), rather than one query whose either-or no index serves.
 */
@ApplicationScoped
public class NotificationRepository {

    private static final String OWN = " from Notification n where n.recipientId = :me";
    private static final String TEAMS = " from Notification n where n.teamId in :teams and n.createdAt >= :since"
            + " and (n.audience = :members and n.teamId = :own or n.teamId in :led)"
            + " and (n.actorId is null or n.actorId <> :me)";
    private static final String UNREAD =
            " and not exists (select r from NotificationRead r where r.notificationId = n.id and r.personId = :me)";
    private static final String NEWEST_FIRST = " order by n.createdAt desc, n.id desc";
    private static final Comparator<Notification> NEWEST =
            Comparator.comparing(Notification::getCreatedAt).thenComparing(Notification::getId).reversed();

    @PersistenceContext
    EntityManager em;

    public void add(Notification notification) {
        em.persist(notification);
    }

    /**
     * One of the person's notifications, to mark it read; someone else's is not found. It stays locked until the
     * transaction ends: two requests marking it read at once (a double click) take turns, and the second finds it read.
     */
    public Optional<Notification> findToMark(Membership reader, long id) {
        return sources(reader).stream()
                .flatMap(where -> bind(em.createQuery("select n" + where + " and n.id = :id", Notification.class),
                        where, reader).setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList().stream())
                .findFirst();
    }

    /** A page of a person's notifications, newest first. */
    public List<Notification> of(Membership reader, int first, int max) {
        List<Notification> merged = new ArrayList<>();
        for (String where : sources(reader)) {
            merged.addAll(bind(em.createQuery("select n" + where + NEWEST_FIRST, Notification.class), where, reader)
                    .setMaxResults(first + max).getResultList());
        }
        return merged.stream().sorted(NEWEST).skip(first).limit(max).toList();
    }

    public long count(Membership reader) {
        return count(reader, "");
    }

    public long countUnread(Membership reader) {
        return count(reader, UNREAD);
    }

    /** The person's unread notifications, to mark them all read: locked until the transaction ends, as above. */
    public List<Long> unreadToMark(Membership reader) {
        return sources(reader).stream()
                .flatMap(where -> bind(em.createQuery("select n" + where + UNREAD, Notification.class), where, reader)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream())
                .map(Notification::getId)
                .toList();
    }

    /** Which of these notifications the person has read. */
    public Set<Long> readAmong(long personId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select r.notificationId from NotificationRead r"
                        + " where r.personId = :me and r.notificationId in :ids", Long.class)
                .setParameter("me", personId).setParameter("ids", ids).getResultList());
    }

    /** Marks these notifications read for the person; those read before keep their time. Lock them first. */
    public void markRead(long personId, Collection<Long> ids, LocalDateTime now) {
        Set<Long> before = readAmong(personId, ids);
        ids.stream().filter(id -> !before.contains(id))
                .forEach(id -> em.persist(new NotificationRead(personId, id, now)));
    }

    private long count(Membership reader, String unread) {
        return sources(reader).stream()
                .mapToLong(where -> bind(em.createQuery("select count(n)" + where + unread, Long.class), where, reader)
                        .getSingleResult())
                .sum();
    }

    private static List<String> sources(Membership reader) {
        return reader.teamId() == null && reader.ledTeamIds().isEmpty() ? List.of(OWN) : List.of(OWN, TEAMS);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String where, Membership reader) {
        query.setParameter("me", reader.personId());
        if (where.equals(TEAMS)) {
            // Ids start at 1: -1 stands for "no team" where a query needs a value.
            long own = reader.teamId() == null ? -1L : reader.teamId();
            List<Long> led = reader.ledTeamIds().isEmpty() ? List.of(-1L) : List.copyOf(reader.ledTeamIds());
            query.setParameter("teams", Stream.concat(Stream.of(own), led.stream()).distinct().toList())
                    .setParameter("since", reader.teamSince())
                    .setParameter("members", Notification.Audience.MEMBERS_AND_LEADS)
                    .setParameter("own", own)
                    .setParameter("led", led);
        }
        return query;
    }
}
