package org.curtaincall.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.curtaincall.platform.control.Workload;

/** Counts the requests in flight for {@link Workload}. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class WorkloadFilter extends HttpFilter {

    @Inject
    Workload workload;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        workload.enter();
        try {
            chain.doFilter(request, response);
        } finally {
            workload.leave();
        }
    }
}
