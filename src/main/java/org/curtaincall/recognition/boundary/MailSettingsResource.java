package org.curtaincall.recognition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.curtaincall.directory.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SMTP server for kudos e-mails, changeable at run time so that no restart is needed. */
@Path("settings/mail")
@Tag(name = "Recognition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class MailSettingsResource {

    @Inject
    AlertSettingsService alerts;

    @GET
    @Operation(summary = "The SMTP settings in effect, without the password (ADMIN)")
    public MailSettingsView get() {
        return alerts.mailSettings();
    }

    @PUT
    @Operation(summary = "Set the SMTP server (ADMIN)", description = "Send {host, port, from, username, password}. "
            + "An empty host switches e-mail off; leave password out to keep the stored one.")
    public MailSettingsView change(MailSettingsRequest request) {
        return alerts.changeMailSettings(request);
    }
}
