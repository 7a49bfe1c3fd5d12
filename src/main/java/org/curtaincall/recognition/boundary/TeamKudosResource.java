package org.curtaincall.recognition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.curtaincall.directory.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A team's recognition page. Its own root path, so that it never shadows the directory's /teams/{id}. */
@Path("teams/{teamId}/kudos")
@Tag(name = "Recognition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class TeamKudosResource {

    @Inject
    KudosService kudos;

    @GET
    @Operation(summary = "A team's kudos page", description = "Kudos received, average hand-off rating by month, "
            + "customer stories; private low-rating feedback only for the team's leads and HR.")
    public TeamKudosView team(@PathParam("teamId") long teamId) {
        return kudos.teamPage(teamId);
    }
}
