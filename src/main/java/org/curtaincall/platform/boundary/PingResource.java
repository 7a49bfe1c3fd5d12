package org.curtaincall.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Does nothing on purpose: the cost of one JAX-RS round trip through this server (filters, authentication, routing)
 * without the database. Load tests measure it as the floor that every other figure is quoted against.
 */
@Path("ping")
@Tag(name = "Platform")
@PermitAll
public class PingResource {

    @GET
    @Operation(summary = "No-op (204), the floor for load measurements; needs no sign-in")
    public Response ping() {
        return Response.noContent().build();
    }
}
