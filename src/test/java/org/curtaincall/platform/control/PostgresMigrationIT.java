package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migrations that H2 runs at every start also build a working schema on a real PostgreSQL. */
class PostgresMigrationIT {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void every_migration_applies_to_postgresql_and_a_second_run_has_nothing_to_do() throws SQLException {
        MigrateResult first = DatabaseMigration.flyway(dataSource).migrate();
        assertTrue(first.success);
        assertTrue(first.migrationsExecuted > 0);
        assertEquals(0, DatabaseMigration.flyway(dataSource).migrate().migrationsExecuted);
        assertTrue(tables().containsAll(List.of("team", "person", "person_role", "team_lead", "credential", "api_token",
                "kudos", "kudos_person", "kudos_value", "applause", "company_value", "notification",
                "notification_read", "team_webhook", "alert_delivery", "mail_settings")),
                tables().toString());
        assertTrue(tables().containsAll(List.of("report", "report_message", "report_me_too", "listening_setting")),
                tables().toString());
        assertTrue(tables().containsAll(List.of("insight_text", "insight_theme", "insight_theme_team",
                "insight_theme_week", "insight_run")), tables().toString());
    }

    @Test
    void the_foreign_keys_off_the_kudos_path_are_found_and_dropped_by_their_postgresql_names() throws SQLException {
        DatabaseMigration.flyway(dataSource).migrate();
        try (Connection c = dataSource.getConnection()) {
            for (ForeignKeysOffTheKudosPath.Column column : ForeignKeysOffTheKudosPath.DROPPED) {
                assertEquals(List.of(), ForeignKeysOffTheKudosPath.foreignKeys(c, column), column.toString());
            }
            assertEquals(List.of("kudos_person_kudos_id_fkey"),
                    ForeignKeysOffTheKudosPath.foreignKeys(c,
                            new ForeignKeysOffTheKudosPath.Column("kudos_person", "kudos_id")));
        }
    }

    @Test
    void the_schema_enforces_its_rules_on_postgresql_too() throws SQLException {
        DatabaseMigration.flyway(dataSource).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long teamId = nextId(s, "team_seq");
            assertTrue(teamId >= 50, "sequences hand out blocks of 50 the way EclipseLink expects");
            s.executeUpdate("insert into team (id, name, name_key, stage, active, created_at) values ("
                    + teamId + ", 'Logistics', 'logistics', 'BACK', true, current_timestamp)");
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into team (id, name, name_key, stage, active, "
                    + "created_at) values (" + nextId(s, "team_seq") + ", 'LOGISTICS', 'logistics', 'BACK', true, current_timestamp)"),
                    "team names are unique");
            assertThrows(SQLException.class, () -> s.executeUpdate("insert into team (id, name, name_key, stage, active, "
                    + "created_at) values (" + nextId(s, "team_seq") + ", 'Middle', 'middle', 'MIDDLE', true, current_timestamp)"),
                    "a stage is FRONT or BACK");
        }
    }

    private static long nextId(Statement s, String sequence) throws SQLException {
        try (ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
