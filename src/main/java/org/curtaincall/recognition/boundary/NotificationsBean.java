package org.curtaincall.recognition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The notifications page: newest first, open one (which marks it read) or mark all read. */
@Named
@ViewScoped
public class NotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/recognition/notifications.xhtml";

    @Inject
    transient NotificationService notifications;

    private List<NotificationView> items;

    @PostConstruct
    void load() {
        items = notifications.mine(0, 100).items();
    }

    public void open(NotificationView n) throws IOException {
        notifications.markRead(n.id());
        redirect(n.link() == null ? PAGE : n.link());
    }

    /** Reloads the page after marking: the bell in the header counted the unread ones before the click. */
    public void markAllRead() throws IOException {
        notifications.markAllRead();
        redirect(PAGE);
    }

    private static void redirect(String path) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    public List<NotificationView> getItems() {
        return items;
    }
}
