package org.curtaincall.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.curtaincall.platform.control.DatabaseUnavailable;
import org.curtaincall.security.boundary.AccountService;
import org.curtaincall.security.boundary.Caller;

/**
 * Who is calling, for every request: a bearer token (API clients), or the person signed in to this browser session
 * (pages). Roles are read for each request (through {@link RecentCallers}, at most seconds old), so a deactivated
 * person or a removed role stops working at once on this instance and within seconds on the others.
 * Pages that need a sign-in send the browser to the sign-in page; the API answers 401 itself.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/security/login.xhtml";
    /** The request attribute that carries the {@link Caller} to the rest of the request. */
    public static final String CALLER_ATTRIBUTE = "curtaincall.caller";
    /**
     * The session attribute holding the per-session token that cookie-authenticated API calls must echo; the same name
     * marks a request that was authenticated by its session cookie.
     */
    public static final String CSRF_ATTRIBUTE = "curtaincall.csrf";
    private static final String SESSION_PERSON = "curtaincall.personId";
    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    private final SecureRandom random = new SecureRandom();

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return identify(request, context);
        } catch (RuntimeException e) {
            // Runs before any filter or exception mapper: a lost database must still answer 503, not the server's 500.
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database unavailable while identifying the caller: " + e);
            try {
                response.resetBuffer();
                DatabaseUnavailable.respond(request, response);
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus identify(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return accounts.checkToken(authorization.substring(7).strip())
                    .map(caller -> signIn(request, context, caller))
                    .orElseGet(context::doNothing);
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return signInWithPassword(request, context, credential);
        }
        Optional<Caller> fromSession = sessionCaller(request);
        if (fromSession.isPresent()) {
            // Tells the API that this caller came with a cookie, so that changes must echo the session's CSRF token.
            request.setAttribute(CSRF_ATTRIBUTE, request.getSession().getAttribute(CSRF_ATTRIBUTE));
            return signIn(request, context, fromSession.get());
        }
        if (context.isProtected() && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + returnPath(request));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private AuthenticationStatus signInWithPassword(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Optional<Caller> caller = accounts.currentCaller(Long.parseLong(result.getCallerUniqueId()));
        if (caller.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A fresh session id on sign-in, so that an id planted before sign-in is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(SESSION_PERSON, caller.get().personId());
        session.setAttribute(CSRF_ATTRIBUTE, newCsrfToken());
        return signIn(request, context, caller.get());
    }

    private Optional<Caller> sessionCaller(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_PERSON) instanceof Long personId)) {
            return Optional.empty();
        }
        Optional<Caller> caller = accounts.currentCaller(personId);
        if (caller.isEmpty()) {
            session.invalidate();
        }
        return caller;
    }

    private static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(CALLER_ATTRIBUTE, caller);
        return context.notifyContainerAboutLogin(caller.username(), caller.roles());
    }

    private String newCsrfToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String returnPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            path += "?" + request.getQueryString();
        }
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
