package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
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

    @Test
    void ordinary_sql_errors_and_bugs_are_not_mistaken_for_an_outage() {
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(new SQLException("syntax", "42000"))));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("unique violation", "23505")));
        assertFalse(DatabaseUnavailable.isCause(new NullPointerException()));
    }
}
