package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void a_refused_connection_deep_in_the_causes_counts_as_the_database_being_away() {
        var refused = new PersistenceException("query failed",
                new RuntimeException("wrapped", new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseUnavailable.isCause(refused));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(new SQLTransientConnectionException("timeout"))));
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException(new ResourceException("pool exhausted"))));
    }

    /** Shaped like EclipseLink's DatabaseException when it is built without a cause: the driver's error hangs aside. */
    static class WrappingException extends RuntimeException {
        private final Throwable internal;

        WrappingException(Throwable internal) {
            super("Exception [EclipseLink-4002]");
            this.internal = internal;
        }

        public Throwable getInternalException() {
            return internal;
        }
    }

    @Test
    void a_refused_connection_kept_as_an_internal_exception_is_found() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        var wrapped = new PersistenceException("query failed", new WrappingException(refused));
        assertTrue(DatabaseUnavailable.isCause(wrapped));
        assertFalse(DatabaseUnavailable.isCause(new WrappingException(new SQLException("syntax", "42000"))));
    }

    @Test
    void a_connection_failure_chained_as_the_next_sql_exception_is_found() {
        var batch = new SQLException("batch entry 0 aborted", "22000");
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(batch)));
    }

    @Test
    void a_connection_lost_while_committing_counts_as_the_database_being_away() {
        // As the server reports it: the connection's own error survives only as the message of the XAException.
        var lost = new XAException("jakarta.resource.spi.LocalTransactionException: This connection has been closed.");
        lost.errorCode = XAException.XAER_RMERR;
        var system = new SystemException();
        system.initCause(lost);
        assertTrue(DatabaseUnavailable.isCause(
                new TransactionalException("encountered exception during commit", system)));
    }

    @Test
    void causes_that_loop_back_end_the_search() {
        var first = new SQLException("first", "42000");
        var second = new SQLException("second", "42000", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.isCause(first));
    }

    @Test
    void ordinary_sql_errors_and_bugs_are_not_mistaken_for_an_outage() {
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(new SQLException("syntax", "42000"))));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("unique violation", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new NullPointerException()));
    }
}
