package org.curtaincall.recognition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import org.curtaincall.platform.boundary.Page;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.recognition.control.NotificationRepository;
import org.curtaincall.recognition.entity.Notification;
import org.curtaincall.security.boundary.CurrentUser;

/** The caller's own in-app notifications: the bell's count, the list, marking them read. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Page<NotificationView> mine(int page, int size) {
        long me = currentUser.required().personId();
        int pageSize = Page.clampSize(size);
        int pageNo = Math.max(0, page);
        return new Page<>(notifications.of(me, pageNo * pageSize, pageSize).stream().map(NotificationView::of).toList(),
                notifications.count(me), pageNo, pageSize);
    }

    public UnreadCount unread() {
        return new UnreadCount(notifications.countUnread(currentUser.required().personId()));
    }

    public NotificationView markRead(long id) {
        long me = currentUser.required().personId();
        // Someone else's notification answers as if it did not exist.
        Notification notification = notifications.find(id).filter(n -> n.getRecipientId() == me)
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notification.markRead(LocalDateTime.now(clock));
        return NotificationView.of(notification);
    }

    public UnreadCount markAllRead() {
        long me = currentUser.required().personId();
        LocalDateTime now = LocalDateTime.now(clock);
        notifications.unread(me).forEach(n -> n.markRead(now));
        return new UnreadCount(0);
    }
}
