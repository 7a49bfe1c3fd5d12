package org.curtaincall.platform.control;

import jakarta.resource.ResourceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a lost database from a bug: the connection pool could not hand out a connection, or the driver reports a
 * connection failure (SQL state class 08). Such errors answer 503 and clear up by themselves once the database is back.
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE =
            "the portal cannot reach its database right now; nothing was saved, please try again shortly";

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable error) {
        // EclipseLink keeps the driver's exception as its "internal exception", and a driver may chain further
        // SQLExceptions with getNextException: walk all three links, each throwable once.
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(error);
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ResourceException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    return true;
                }
                addIfPresent(next, sql.getNextException());
            }
            addIfPresent(next, t.getCause());
            addIfPresent(next, internalException(t));
        }
        return false;
    }

    /**
     * Answers 503 for a request that failed because the database is away: see {@link BackInAMoment}. Writes nothing
     * that needs the database (not even the page template, whose navigation reads it).
     */
    public static void respond(HttpServletRequest request, HttpServletResponse response) throws IOException {
        BackInAMoment.respond(request, response, MESSAGE, "The portal cannot reach its database right now.");
    }

    private static void addIfPresent(Deque<Throwable> next, Throwable t) {
        if (t != null) {
            next.add(t);
        }
    }

    private static Throwable internalException(Throwable t) {
        try {
            Method getter = t.getClass().getMethod("getInternalException");
            Object value = getter.invoke(t);
            return value instanceof Throwable internal ? internal : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
