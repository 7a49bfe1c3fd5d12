package org.curtaincall.platform.control;

import jakarta.resource.ResourceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;

/**
 * Tells a lost database from a bug: the connection pool could not hand out a connection, the driver reports a
 * connection failure (SQL state class 08), or the connection failed as its transaction was committed. Such errors
 * answer 503 and clear up by themselves once the database is back.
 */
public final class DatabaseUnavailable {

    /*
     * Not "nothing was saved": a connection can drop after its commit reached the database, or a request can fail on a
     * read after its write committed. A transaction is never half-saved, and that is all that can be promised.
     */
    public static final String MESSAGE = "the portal cannot reach its database right now; please try again shortly "
            + "(a change is saved whole or not at all: look for it before sending it again)";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable error) {
        return Causes.any(error, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof ResourceException
                // The pool commits a connection's local transaction for the transaction manager and, when that
                // fails, passes on only the message of the connection's error, in an XAException.
                || t instanceof XAException
                || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"));
    }

    /**
     * Answers 503 for a request that failed because the database is away: see {@link BackInAMoment}. Writes nothing
     * that needs the database (not even the page template, whose navigation reads it).
     */
    public static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BackInAMoment.respond(request, response, MESSAGE, "The portal cannot reach its database right now.");
    }
}
