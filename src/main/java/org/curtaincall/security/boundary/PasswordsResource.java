package org.curtaincall.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.curtaincall.directory.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An admin sets a person's password, for a new person or a forgotten password. */
@Path("people/{id}/password")
@Tag(name = "Security")
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class PasswordsResource {

    @Inject
    AccountService accounts;

    @PUT
    @Operation(summary = "Set a person's password (ADMIN)")
    public Response set(@PathParam("id") long id,
            @NotNull(message = "a request body is required") @Valid PasswordRequest request) {
        accounts.setPassword(id, request.password());
        return Response.noContent().build();
    }
}
