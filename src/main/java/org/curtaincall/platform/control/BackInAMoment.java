package org.curtaincall.platform.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer when the portal cannot serve a request for a moment (its database is away, or it is stopping): 503
 * with Retry-After, in the API's JSON error shape for API calls and as a plain page for browsers. It needs neither
 * the database nor the page template.
 */
public final class BackInAMoment {

    public static final int RETRY_AFTER_SECONDS = 10;

    private BackInAMoment() {
    }

    /**
     * @param message for API clients, the whole message: what happened and what to do (a constant, written as is)
     * @param why for people, the first sentence of the page: what happened
     */
    public static void respond(HttpServletRequest request, HttpServletResponse response, String message, String why)
            throws IOException {
        response.setStatus(503);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"status\":503,\"message\":\"" + message + "\",\"errors\":[]}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write(page(request.getContextPath(), why));
        }
        response.flushBuffer();
    }

    static String page(String contextPath, String why) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <title>Back in a moment - Curtain Call</title>
                <link rel="stylesheet" href="%1$s/resources/css/portal.css"/></head>
                <body><main class="cc-main"><div class="cc-card cc-signin">
                <h1>Back in a moment</h1>
                <p>%2$s Nothing you sent was half-saved: please try again in a few seconds.</p>
                <p><a href="">Try again</a></p>
                </div></main></body></html>
                """.formatted(contextPath, why);
    }
}
