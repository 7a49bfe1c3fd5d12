package org.curtaincall.recognition.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("values")
@Tag(name = "Recognition")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class CompanyValuesResource {

    @Inject
    KudosService service;

    @GET
    @Operation(summary = "Company values kudos can be tagged with", description = "Retired ones with includeRetired=true.")
    public List<CompanyValueView> list(@QueryParam("includeRetired") boolean includeRetired) {
        return service.values(includeRetired);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a company value (ADMIN)")
    public Response create(CompanyValueRequest request, @Context UriInfo uri) {
        CompanyValueView created = service.createValue(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Rename, describe or retire a company value (ADMIN)")
    public CompanyValueView update(@PathParam("id") long id, CompanyValueRequest request) {
        return service.updateValue(id, request);
    }
}
