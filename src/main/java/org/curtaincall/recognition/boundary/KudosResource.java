package org.curtaincall.recognition.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.curtaincall.directory.entity.Role;
import org.curtaincall.platform.boundary.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("kudos")
@Tag(name = "Recognition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class KudosResource {

    @Inject
    KudosService service;

    @POST
    @Operation(summary = "Give kudos to a back-stage team",
            description = "Send {teamId, personIds, rating 1-5, message (10-2000 characters), customerStory, values}. "
                    + "Ratings 1-2 are private feedback for the team's leads; 3-5 are public kudos. Refused: your own "
                    + "team or a front-stage or deactivated team (422), people outside the team (422), more than the "
                    + "daily limit (429).")
    public Response give(GiveKudosRequest request, @Context UriInfo uri) {
        KudosView created = service.give(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "The kudos wall",
            description = "Public kudos, newest first. Filters: teamId, stage (the giver's: FRONT or BACK), value (a "
                    + "company value id or name); page from 0, size up to 50.")
    public Page<KudosView> wall(@QueryParam("teamId") Long teamId, @QueryParam("stage") String stage,
            @QueryParam("value") String value, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return service.wall(teamId, stage, value, page, size);
    }

    @GET
    @Path("mine")
    @Operation(summary = "My kudos: given (private feedback included) and received")
    public MyKudosView mine() {
        return service.mine();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One kudos", description = "Private feedback only for its giver, the team's leads and HR; "
            + "404 for everyone else.")
    public KudosView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change my kudos within 15 minutes of giving it")
    public KudosView edit(@PathParam("id") long id, KudosChangeRequest request) {
        return service.edit(id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw my kudos within 15 minutes of giving it")
    public Response withdraw(@PathParam("id") long id) {
        service.withdraw(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/hide")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Hide abusive kudos (ADMIN)", description = "Send {reason}. The kudos is kept, marked hidden "
            + "with who hid it and why.")
    public KudosView hide(@PathParam("id") long id, HideRequest request) {
        return service.hide(id, request);
    }

    @POST
    @Path("{id}/applause")
    @Operation(summary = "Applaud public kudos, once per person")
    public ApplauseView applaud(@PathParam("id") long id) {
        return service.applaud(id);
    }
}
