package org.curtaincall.recognition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.platform.boundary.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("notifications")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class NotificationsResource {

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "My notifications, newest first")
    public Page<NotificationView> mine(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return notifications.mine(page, size);
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of my notifications are unread (the bell)")
    public UnreadCount unread() {
        return notifications.unread();
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notifications read")
    public NotificationView markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notifications read")
    public UnreadCount markAllRead() {
        return notifications.markAllRead();
    }
}
