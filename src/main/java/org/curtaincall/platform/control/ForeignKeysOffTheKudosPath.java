package org.curtaincall.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 14: the foreign keys that giving kudos writes through go. H2 gives every foreign key an index of its own,
 * even when another index begins with the same column, so a kudos wrote 9 index entries and its team's notification
 * 4, each a page rewritten in the commit. Without these five constraints a kudos writes 5 and a notification 3; the
 * columns they covered stay indexed where a query reads them. As in migration 12, nothing is lost that the rows relied
 * on: people and teams are deactivated, never deleted, and the portal checks the team and the people it writes.
 *
 * <p>A Java migration because the constraints' names are the database's own ({@code CONSTRAINT_448} in H2,
 * {@code kudos_giver_id_fkey} in PostgreSQL): they are looked up by table and column.
 */
public class ForeignKeysOffTheKudosPath implements JavaMigration {

    /** A column whose foreign key goes. */
    record Column(String table, String name) {
    }

    static final List<Column> DROPPED = List.of(
            new Column("kudos", "giver_id"),
            new Column("kudos", "giver_team_id"),
            new Column("kudos", "team_id"),
            new Column("kudos", "hidden_by"),
            new Column("notification", "recipient_id"));

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("14");
    }

    @Override
    public String getDescription() {
        return "foreign keys off the kudos path";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Column column : DROPPED) {
            for (String constraint : foreignKeys(connection, column)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter table " + column.table() + " drop constraint \"" + constraint + "\"");
                }
            }
        }
    }

    /** The names of the foreign keys on a column of a table in the current schema. */
    static List<String> foreignKeys(Connection connection, Column column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select c.constraint_name "
                + "from information_schema.table_constraints c join information_schema.key_column_usage k "
                + "on k.constraint_schema = c.constraint_schema and k.constraint_name = c.constraint_name "
                + "where c.constraint_type = 'FOREIGN KEY' and upper(c.table_schema) = upper(?) "
                + "and upper(c.table_name) = upper(?) and upper(k.column_name) = upper(?)")) {
            query.setString(1, connection.getSchema());
            query.setString(2, column.table());
            query.setString(3, column.name());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }
}
