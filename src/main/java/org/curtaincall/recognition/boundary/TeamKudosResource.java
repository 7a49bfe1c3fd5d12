package org.curtaincall.recognition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
    @Operation(summary = "A team's kudos page", description = "One page of the public kudos received, newest first "
            + "(page from 0, size up to 50; kudosCount and total count them all), the average hand-off rating and its "
            + "last twelve months, the newest customer stories; the newest private low-rating feedback only for the "
            + "team's leads and HR.")
    public TeamKudosView team(@PathParam("teamId") long teamId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("" + KudosService.TEAM_PAGE_SIZE) int size) {
        return kudos.teamPage(teamId, page, size);
    }
}
