package org.curtaincall.insights.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Hands each row of a query to a reader while it streams, on the connection of the current transaction. The insights
 * read whole periods (hundreds of thousands of rows) and count them as they come; JPA would first turn every row into
 * an object array. Values are to be read with the plain JDBC getters: the pool's wrapper looks
 * {@code getObject(int, Class)} up by reflection on every call.
 */
final class RowStream {

    /** Rows a database sends at a time; PostgreSQL holds no more than this in memory. */
    private static final int FETCH_SIZE = 5_000;

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private RowStream() {
    }

    /**
     * H2 first copies a whole result before handing out its first row unless the session reads lazily, which for a
     * year of kudos takes several times the read itself; the setting is H2's default again afterwards, since the
     * connection goes back to the pool.
     */
    static void read(EntityManager em, String sql, List<?> params, RowReader each) {
        Connection connection = em.unwrap(Connection.class);
        try {
            boolean h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
            if (h2) {
                lazy(connection, true);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        each.read(rows);
                    }
                }
            } finally {
                if (h2) {
                    lazy(connection, false);
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /**
     * A column that may be null, as a {@code Long}. JDBC tells a null only through {@code wasNull} right after the
     * getter, so reading another column first (an argument evaluated later) would take a null for 0.
     */
    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static void lazy(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set lazy_query_execution " + on);
        }
    }
}
