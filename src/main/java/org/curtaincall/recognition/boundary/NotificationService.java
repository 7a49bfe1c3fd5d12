package org.curtaincall.recognition.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.Membership;
import org.curtaincall.platform.boundary.Page;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.recognition.control.NotificationRepository;
import org.curtaincall.recognition.entity.Notification;
import org.curtaincall.security.boundary.CurrentUser;

/** The caller's in-app notifications, their own and their teams': the bell's count, the list, marking them read. */
@ApplicationScoped
@Transactional
public class NotificationService {

    @Inject
    NotificationRepository notifications;

    @Inject
    DirectoryService directory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public Page<NotificationView> mine(int page, int size) {
        Membership me = reader();
        int pageSize = Page.clampSize(size);
        int pageNo = Math.max(0, page);
        List<Notification> items = notifications.of(me, pageNo * pageSize, pageSize);
        Set<Long> read = notifications.readAmong(me.personId(), items.stream().map(Notification::getId).toList());
        return new Page<>(items.stream().map(n -> NotificationView.of(n, read.contains(n.getId()))).toList(),
                notifications.count(me), pageNo, pageSize);
    }

    public UnreadCount unread() {
        return new UnreadCount(notifications.countUnread(reader()));
    }

    public NotificationView markRead(long id) {
        Membership me = reader();
        // Someone else's notification answers as if it did not exist.
        Notification notification = notifications.findToMark(me, id)
                .orElseThrow(() -> new NotFoundException("Notification", id));
        notifications.markRead(me.personId(), List.of(id), LocalDateTime.now(clock));
        return NotificationView.of(notification, true);
    }

    public UnreadCount markAllRead() {
        Membership me = reader();
        notifications.markRead(me.personId(), notifications.unreadToMark(me), LocalDateTime.now(clock));
        return new UnreadCount(0);
    }

    private Membership reader() {
        return directory.membership(currentUser.required().personId());
    }
}
