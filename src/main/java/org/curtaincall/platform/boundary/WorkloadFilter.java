package org.curtaincall.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.curtaincall.platform.control.BackInAMoment;
import org.curtaincall.platform.control.ShutdownGrace;
import org.curtaincall.platform.control.Workload;

/**
 * Counts the requests in flight for {@link Workload}. Once a stopping instance has closed ({@link ShutdownGrace}),
 * refuses new requests with 503, so that the ones under way can finish before the server goes; static files are
 * still served.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WorkloadFilter extends HttpFilter {

    private static final String STOPPING_MESSAGE =
            "this instance of the portal is stopping; nothing was saved, please try again shortly";

    @Inject
    Workload workload;

    @Inject
    ShutdownGrace shutdownGrace;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Counted before the check: a stop that closes and then finds nothing in flight misses no request.
        workload.enter();
        try {
            if (shutdownGrace.closed() && !isStaticFile(request)) {
                response.setHeader("Connection", "close");
                BackInAMoment.respond(request, response, STOPPING_MESSAGE, "The portal is restarting.");
                return;
            }
            chain.doFilter(request, response);
        } finally {
            workload.leave();
        }
    }

    /** The portal's own static files start no work, and the 503 page needs its stylesheet. */
    private static boolean isStaticFile(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/resources/");
    }
}
