package org.curtaincall.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API lives under /api; its description is served at /openapi. */
@ApplicationPath("/api")
@DeclareRoles({"EMPLOYEE", "TEAM_LEAD", "HR", "ADMIN"})
@OpenAPIDefinition(
        info = @Info(title = "Curtain Call API", version = "1",
                description = "Kudos for the back stage, anonymous listening and insights. Authenticate with a bearer "
                        + "token from POST /api/tokens. Errors are JSON: {status, message, errors[{field, reason}]}."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class RestConfiguration extends Application {
}
