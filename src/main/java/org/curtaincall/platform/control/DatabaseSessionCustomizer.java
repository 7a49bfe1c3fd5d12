package org.curtaincall.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * When the database is away, fail fast so that the caller gets a 503 at once instead of after EclipseLink's default
 * three reconnects five seconds apart. One immediate retry stays: it rescues a query whose pooled connection died
 * with a database restart, since the pool hands out a fresh, validated one.
 */
public class DatabaseSessionCustomizer implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;
    static final int DELAY_BETWEEN_ATTEMPTS_MILLIS = 0;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(DELAY_BETWEEN_ATTEMPTS_MILLIS);
        }
    }
}
