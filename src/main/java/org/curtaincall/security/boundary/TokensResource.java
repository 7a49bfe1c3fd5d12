package org.curtaincall.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.platform.boundary.ApiError;
import org.curtaincall.security.control.SignInThrottle;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bearer tokens for API clients: issued for a user name and password, listed and revoked by their owner. */
@Path("tokens")
@Tag(name = "Security")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EMPLOYEE_NAME)
public class TokensResource {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    @Inject
    SignInThrottle throttle;

    @Inject
    CurrentUser currentUser;

    @POST
    @PermitAll
    @Operation(summary = "Issue a bearer token", description = "Send {username, password}; answers 201 with {token}. "
            + "Repeated failures are throttled (429 with Retry-After).")
    public Response issue(@NotNull(message = "a request body is required") @Valid TokenRequest request,
            @Context HttpServletRequest http) {
        String address = http.getRemoteAddr();
        throttle.checkAllowed(request.username(), address);
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(request.username(), request.password()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.recordFailure(request.username(), address);
            return ApiError.response(401, null, "user name or password is wrong");
        }
        throttle.recordSuccess(request.username());
        IssuedToken token = accounts.issueToken(Long.parseLong(result.getCallerUniqueId()),
                request.label() == null ? "API token" : request.label());
        return Response.status(201).entity(token).build();
    }

    @GET
    @Operation(summary = "My tokens (never their values)")
    public List<TokenView> mine() {
        return accounts.tokensOf(currentUser.required().personId());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my tokens")
    public Response revoke(@PathParam("id") long id) {
        accounts.revokeToken(currentUser.required().personId(), id);
        return Response.noContent().build();
    }
}
