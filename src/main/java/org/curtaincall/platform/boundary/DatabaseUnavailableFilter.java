package org.curtaincall.platform.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.curtaincall.platform.control.DatabaseUnavailable;

/**
 * Pages that fail because the database is away answer 503 with a plain "back in a moment" page instead of the error
 * page, which would itself need the database for its navigation. The API has its own mapper for this.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class DatabaseUnavailableFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.isCause(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Database unavailable for " + request.getRequestURI() + ": " + e);
            response.resetBuffer();
            DatabaseUnavailable.respond(request, response);
        }
    }
}
