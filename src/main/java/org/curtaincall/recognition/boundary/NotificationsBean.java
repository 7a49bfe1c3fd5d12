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

    @Inject
    transient NotificationService notifications;

    private List<NotificationView> items;

    @PostConstruct
    void load() {
        items = notifications.mine(0, 100).items();
    }

    public void open(NotificationView n) throws IOException {
        notifications.markRead(n.id());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (n.link() == null ? "/recognition/notifications.xhtml" : n.link()));
    }

    public void markAllRead() {
        notifications.markAllRead();
        load();
    }

    public List<NotificationView> getItems() {
        return items;
    }
}
