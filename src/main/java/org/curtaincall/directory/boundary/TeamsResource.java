package org.curtaincall.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.platform.control.RuleViolationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("teams")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class TeamsResource {

    @Inject
    DirectoryService directory;

    @GET
    @Operation(summary = "List teams", description = "Filter by text in the name and by stage (FRONT or BACK).")
    public List<TeamView> list(@QueryParam("q") String text, @QueryParam("stage") String stage,
            @QueryParam("includeInactive") boolean includeInactive) {
        return directory.listTeams(text, parseStage(stage), includeInactive);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One team with its leads")
    public TeamView get(@PathParam("id") long id) {
        return directory.team(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a team (ADMIN)")
    public Response create(TeamRequest request, @Context UriInfo uri) {
        TeamView team = directory.createTeam(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(team.id())).build())
                .entity(team).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a team's name, stage, description, leads and active flag (ADMIN)")
    public TeamView update(@PathParam("id") long id, TeamRequest request) {
        return directory.updateTeam(id, request);
    }

    private static Stage parseStage(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(stage.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("stage", "must be FRONT or BACK");
        }
    }
}
