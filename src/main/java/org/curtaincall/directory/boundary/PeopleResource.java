package org.curtaincall.directory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

@Path("people")
@Tag(name = "Directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class PeopleResource {

    @Inject
    DirectoryService directory;

    @GET
    @Operation(summary = "List people", description = "Paged (page from 0, size up to 200); filter by text and team.")
    public Page<PersonView> list(@QueryParam("q") String text, @QueryParam("teamId") Long teamId,
            @QueryParam("includeInactive") boolean includeInactive,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return directory.listPeople(text, teamId, includeInactive, page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One person")
    public PersonView get(@PathParam("id") long id) {
        return directory.person(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create a person (ADMIN)")
    public Response create(PersonRequest request, @Context UriInfo uri) {
        PersonView person = directory.createPerson(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(person.id())).build())
                .entity(person).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace a person's details, team, roles and active flag (ADMIN); deactivating keeps history")
    public PersonView update(@PathParam("id") long id, PersonRequest request) {
        return directory.updatePerson(id, request);
    }
}
