package org.curtaincall.platform.control;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Searches a failure and its causes for one of a kind, wherever the layers above have wrapped it: the database's own
 * error under the persistence and transaction layers, the JSON parser's under JAX-RS.
 */
public final class Causes {

    private Causes() {
    }

    public static boolean any(Throwable error, Predicate<Throwable> wanted) {
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
            if (wanted.test(t)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                addIfPresent(next, sql.getNextException());
            }
            addIfPresent(next, t.getCause());
            addIfPresent(next, internalException(t));
        }
        return false;
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
