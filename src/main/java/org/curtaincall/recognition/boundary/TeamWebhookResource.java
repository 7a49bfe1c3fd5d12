package org.curtaincall.recognition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.curtaincall.directory.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team's chat webhook, for admins and the team's leads, with its latest deliveries. */
@Path("teams/{teamId}/webhook")
@Tag(name = "Recognition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class TeamWebhookResource {

    @Inject
    AlertSettingsService alerts;

    @GET
    @Operation(summary = "A team's webhook and its latest deliveries (ADMIN or the team's lead)")
    public WebhookView webhook(@PathParam("teamId") long teamId) {
        return alerts.webhook(teamId);
    }

    @PUT
    @Operation(summary = "Set a team's Slack or Teams incoming-webhook address (ADMIN or the team's lead)")
    public WebhookView setWebhook(@PathParam("teamId") long teamId, WebhookRequest request) {
        return alerts.setWebhook(teamId, request);
    }

    @DELETE
    @Operation(summary = "Remove a team's webhook (ADMIN or the team's lead)")
    public Response removeWebhook(@PathParam("teamId") long teamId) {
        alerts.removeWebhook(teamId);
        return Response.noContent().build();
    }
}
