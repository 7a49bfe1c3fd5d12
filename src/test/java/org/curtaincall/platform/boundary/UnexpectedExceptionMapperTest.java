package org.curtaincall.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.curtaincall.platform.control.DatabaseUnavailable;
import org.curtaincall.platform.control.DuplicateWrite;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

    @Test
    void a_duplicate_refused_when_the_transaction_commits_is_a_conflict() {
        var rollback = new RollbackException("commit failed");
        rollback.initCause(new PersistenceException(new SQLException("Unique index or primary key violation", "23505")));
        ApiError error = UnexpectedExceptionMapper.errorFor(new TransactionalException("commit failed", rollback));
        assertEquals(409, error.status());
        assertEquals(DuplicateWrite.MESSAGE, error.message());
        assertTrue(error.errors().isEmpty());
    }

    @Test
    void json_the_parser_refused_under_other_wrappers_is_the_clients_mistake() {
        ApiError error = UnexpectedExceptionMapper.errorFor(
                new IllegalStateException("reading the body", new JsonbException("unexpected token")));
        assertEquals(400, error.status());
        assertTrue(error.message().contains("not valid JSON"), error.message());
    }

    @Test
    void a_lost_database_is_temporary() {
        ApiError error = UnexpectedExceptionMapper.errorFor(
                new PersistenceException(new SQLException("Connection refused", "08001")));
        assertEquals(503, error.status());
        assertEquals(DatabaseUnavailable.MESSAGE, error.message());
    }

    @Test
    void a_bug_is_ours_and_its_answer_names_an_incident_but_no_details() {
        ApiError error = UnexpectedExceptionMapper.errorFor(new IllegalStateException("secret internals"));
        assertEquals(500, error.status());
        assertTrue(error.message().contains("incident"), error.message());
        assertFalse(error.message().contains("secret"), error.message());
    }
}
