package org.curtaincall.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.platform.control.AccessDeniedException;
import org.curtaincall.security.control.PortalAuthenticationMechanism;

/** The person behind the current request, for services and pages ({@code #{currentUser.name}}). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    public Optional<Caller> caller() {
        return Optional.ofNullable((Caller) request.getAttribute(PortalAuthenticationMechanism.CALLER_ATTRIBUTE));
    }

    /** The caller, or a refusal when nobody is signed in. */
    public Caller required() {
        return caller().orElseThrow(() -> new AccessDeniedException("sign in first"));
    }

    public boolean isSignedIn() {
        return caller().isPresent();
    }

    public String getName() {
        return caller().map(Caller::name).orElse(null);
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse(null);
    }

    public boolean isEmployee() {
        return has(Role.EMPLOYEE_NAME);
    }

    public boolean isTeamLead() {
        return has(Role.TEAM_LEAD_NAME);
    }

    public boolean isHr() {
        return has(Role.HR_NAME);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN_NAME);
    }

    /** The token that cookie-signed-in scripts send back in the X-CSRF-Token header. */
    public String getCsrfToken() {
        var session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(PortalAuthenticationMechanism.CSRF_ATTRIBUTE);
    }

    private boolean has(String role) {
        return caller().map(c -> c.hasRole(role)).orElse(false);
    }
}
