package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DuplicateWriteTest {

    @Test
    void a_unique_key_refusal_deep_in_the_causes_is_a_duplicate() {
        var refused = new SQLIntegrityConstraintViolationException("Unique index or primary key violation", "23505");
        assertTrue(DuplicateWrite.isCause(new PersistenceException("commit failed", new RuntimeException(refused))));
        assertTrue(DuplicateWrite.isCause(new PersistenceException(
                new DatabaseUnavailableTest.WrappingException(refused))), "kept as EclipseLink's internal exception");
    }

    @Test
    void other_refusals_and_outages_are_not_duplicates() {
        assertFalse(DuplicateWrite.isCause(new PersistenceException(new SQLException("foreign key", "23503"))));
        assertFalse(DuplicateWrite.isCause(new PersistenceException(new SQLException("refused", "08001"))));
        assertFalse(DuplicateWrite.isCause(new IllegalStateException("bug")));
    }
}
