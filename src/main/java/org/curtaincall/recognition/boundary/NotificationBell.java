package org.curtaincall.recognition.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.curtaincall.security.boundary.CurrentUser;

/** The unread count in the top bar ({@code #{notificationBell.unread}}), read once per page. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notifications.unread().unread() : 0L;
        }
        return unread;
    }
}
