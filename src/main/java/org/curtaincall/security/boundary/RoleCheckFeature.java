package org.curtaincall.security.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.curtaincall.platform.boundary.ApiError;
import org.curtaincall.security.control.PortalAuthenticationMechanism;

/**
 * Enforces {@code @RolesAllowed} and {@code @PermitAll} on every API method. Deny by default: a method without either
 * needs a signed-in caller. Answers 401 for nobody, 403 for the wrong role, always with the JSON error body. Cookie
 * signed-in callers must also echo their session's CSRF token on anything that changes data.
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    public static final String CSRF_HEADER = "X-CSRF-Token";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            if (type.isAnnotationPresent(PermitAll.class)) {
                return;
            }
            allowed = type.getAnnotation(RolesAllowed.class);
        }
        List<String> roles = allowed == null ? List.of() : Arrays.asList(allowed.value());
        context.register(new Check(roles), Priorities.AUTHORIZATION);
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class Check implements ContainerRequestFilter {

        private final List<String> roles;

        Check(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            var security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                request.abortWith(ApiError.response(401, null, ApiError.SIGN_IN_FIRST));
                return;
            }
            if (!roles.isEmpty() && roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(ApiError.response(403, null, "your role does not allow this; it needs one of " + roles));
                return;
            }
            Object sessionToken = request.getProperty(PortalAuthenticationMechanism.CSRF_ATTRIBUTE);
            if (sessionToken != null && !SAFE_METHODS.contains(request.getMethod())
                    && !sessionToken.equals(request.getHeaderString(CSRF_HEADER))) {
                request.abortWith(ApiError.response(403, CSRF_HEADER,
                        "a signed-in browser must send its session's CSRF token in the " + CSRF_HEADER + " header"));
            }
        }
    }
}
