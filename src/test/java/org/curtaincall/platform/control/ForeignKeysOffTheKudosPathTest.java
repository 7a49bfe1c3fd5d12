package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real migrations on an in-memory H2: what giving a kudos writes besides its rows, and what is still checked. */
class ForeignKeysOffTheKudosPathTest {

    private static JdbcDataSource dataSource;

    @BeforeAll
    static void migrate() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:kudos-path;DB_CLOSE_DELAY=-1");
        DatabaseMigration.flyway(dataSource).migrate();
    }

    @Test
    void the_constraints_on_the_kudos_path_are_gone() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            for (ForeignKeysOffTheKudosPath.Column column : ForeignKeysOffTheKudosPath.DROPPED) {
                assertEquals(List.of(), ForeignKeysOffTheKudosPath.foreignKeys(c, column), column.toString());
            }
            assertEquals(1, ForeignKeysOffTheKudosPath.foreignKeys(c,
                            new ForeignKeysOffTheKudosPath.Column("kudos_person", "kudos_id")).size(),
                    "the lookup finds a constraint that stays");
        }
    }

    @Test
    void a_kudos_writes_five_index_entries_and_a_notification_three() throws SQLException {
        assertEquals(List.of("KUDOS_GIVER_IDX", "KUDOS_INSIGHTS_IDX", "KUDOS_TEAM_LISTS_IDX", "KUDOS_WALL_IDX",
                "PRIMARY_KEY"), indexes("KUDOS"));
        assertEquals(List.of("NOTIFICATION_RECIPIENT_IDX", "NOTIFICATION_TEAM_IDX", "PRIMARY_KEY"),
                indexes("NOTIFICATION"));
    }

    @Test
    void the_people_and_values_of_a_kudos_still_refer_to_a_kudos_that_exists() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("insert into kudos_person (kudos_id, person_id) values (-1, -1)"));
        }
    }

    /** The table's indexes, H2's numbered primary-key name shortened. */
    private static List<String> indexes(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select index_name from information_schema.indexes "
                        + "where table_name = '" + table + "' order by index_name")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1).replaceAll("^PRIMARY_KEY_.*", "PRIMARY_KEY"));
            }
            return names;
        }
    }
}
