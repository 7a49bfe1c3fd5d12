package org.curtaincall.listening.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.curtaincall.platform.control.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report tables, as the migrations build them, have no column that could name the author and no time finer than
 * a day. Runs the real migrations on an in-memory H2.
 */
class ListeningSchemaTest {

    private static final List<String> REPORT_TABLES = List.of("REPORT", "REPORT_MESSAGE", "REPORT_ME_TOO");
    private static final List<String> IDENTIFYING = List.of("person", "account", "user", "author", "session", "ip",
            "agent", "email", "mail", "login", "caller", "creator", "owner", "employee", "address", "host");

    private static Map<String, String> columns;

    @BeforeAll
    static void migrate() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:listening-schema;DB_CLOSE_DELAY=-1");
        DatabaseMigration.flyway(dataSource).migrate();
        columns = new TreeMap<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select table_name, column_name, data_type "
                        + "from information_schema.columns where table_name in ('REPORT', 'REPORT_MESSAGE', "
                        + "'REPORT_ME_TOO')")) {
            while (rs.next()) {
                columns.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
            }
        }
    }

    @Test
    void the_report_tables_exist() {
        for (String table : REPORT_TABLES) {
            assertTrue(columns.keySet().stream().anyMatch(c -> c.startsWith(table + ".")), table + " in " + columns);
        }
    }

    @Test
    void no_report_column_names_a_person_account_session_address_or_user_agent() {
        List<String> suspicious = new ArrayList<>();
        columns.keySet().forEach(column -> {
            String name = column.substring(column.indexOf('.') + 1).toLowerCase(Locale.ROOT);
            for (String part : name.split("_")) {
                if (IDENTIFYING.stream().anyMatch(part::startsWith)) {
                    suspicious.add(column);
                }
            }
        });
        assertEquals(List.of(), suspicious);
    }

    @Test
    void no_report_column_keeps_a_time_finer_than_a_day() {
        List<String> timed = columns.entrySet().stream()
                .filter(e -> e.getValue().toUpperCase(Locale.ROOT).contains("TIME"))
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(List.of(), timed);
        assertTrue(columns.entrySet().stream().anyMatch(e -> e.getKey().equals("REPORT.FILED_ON")
                && e.getValue().equals("DATE")), columns.toString());
    }

    @Test
    void no_report_id_comes_from_a_sequence_that_would_reveal_order() {
        columns.forEach((column, type) -> {
            if (column.endsWith(".ID")) {
                assertTrue(type.contains("CHARACTER"), column + " is " + type);
            }
        });
    }
}
