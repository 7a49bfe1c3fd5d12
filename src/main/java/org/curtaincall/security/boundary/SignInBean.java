package org.curtaincall.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import org.curtaincall.platform.control.TooManyAttemptsException;
import org.curtaincall.security.control.SignInThrottle;

/** The sign-in and sign-out of the pages. */
@Named
@RequestScoped
public class SignInBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    SignInThrottle throttle;

    @Inject
    FacesContext faces;

    @NotBlank(message = "Enter your user name")
    private String username;

    @NotBlank(message = "Enter your password")
    private String password;

    /** The page to return to after signing in; only paths inside the portal are honoured. */
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String address = request.getRemoteAddr();
        try {
            throttle.checkAllowed(username, address);
        } catch (TooManyAttemptsException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.reason(), null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                throttle.recordSuccess(username);
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                throttle.recordFailure(username, address);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "That user name and password do not match. Check both and try again.", null));
            }
        }
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/security/login.xhtml?signedOut=true");
    }

    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith("/security/login")) {
            return "/";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
