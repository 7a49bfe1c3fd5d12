package org.curtaincall.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready once the process is stopping, though it still serves: a load balancer drains it before it goes. */
@Readiness
@ApplicationScoped
public class ShutdownGraceHealthCheck implements HealthCheck {

    private static final String NAME = "accepting-requests";

    @Inject
    ShutdownGrace shutdownGrace;

    @Override
    public HealthCheckResponse call() {
        return shutdownGrace.started()
                ? HealthCheckResponse.named(NAME).down().withData("reason", "stopping").build()
                : HealthCheckResponse.up(NAME);
    }
}
