package org.curtaincall.platform.control;

import java.sql.SQLException;

/**
 * Two requests stored the same thing at the same moment, and the database's unique key refused the second (SQL state
 * 23505 on H2 and PostgreSQL). Each had checked first and found nothing, so only the key could tell. The second is
 * told of the conflict (409), as it would have been a moment later, rather than that something broke.
 */
public final class DuplicateWrite {

    public static final String MESSAGE =
            "the same change was saved by another request at the same moment; reload to see it";

    private static final String UNIQUE_VIOLATION = "23505";

    private DuplicateWrite() {
    }

    public static boolean isCause(Throwable error) {
        return Causes.any(error, t -> t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }
}
