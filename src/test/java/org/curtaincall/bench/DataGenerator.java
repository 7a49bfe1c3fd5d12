package org.curtaincall.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.curtaincall.listening.control.Receipt;
import org.curtaincall.platform.control.DatabaseMigration;
import org.curtaincall.platform.control.SlowHash;

/**
 * Fills a database with a large organisation through the application's own schema: teams on both stages, people
 * with roles and leads, kudos over two years with ratings, people, values and applause, and anonymous reports with
 * their conversations and statuses. Batched JDBC, one commit per batch; ids continue after what is there and the
 * sequences are moved past them at the end, so the portal keeps allocating from its blocks of 50.
 *
 * <p>Reports carry no author data and only dates, as the portal files them. Their receipts are thrown away (like the
 * demo reports'), so nobody can open them.
 *
 * <p>Usage: {@code URL USER PASSWORD [people teams kudos reports]}; defaults 5000 200 1000000 200000.
 */
public final class DataGenerator {

    private static final int BATCH = 2_000;
    private static final LocalDateTime END = LocalDateTime.of(2026, 11, 1, 18, 0);
    private static final LocalDateTime START = END.minusYears(2);
    private static final long SPAN_MINUTES = java.time.Duration.between(START, END).toMinutes();

    private final Connection db;
    private final Random random = new Random(20261101);
    private final Texts texts = new Texts(random);
    private final long startedAt = System.nanoTime();

    private final List<long[]> frontTeams = new ArrayList<>();
    private final List<long[]> backTeams = new ArrayList<>();
    /** Members of each team by team id, as [teamId, firstPersonId, lastPersonId]; people are numbered per team. */
    private final List<long[]> teamPeople = new ArrayList<>();
    private long minPerson;
    private long maxPerson;

    private DataGenerator(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int people = args.length > 3 ? Integer.parseInt(args[3]) : 5_000;
        int teams = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        int kudos = args.length > 5 ? Integer.parseInt(args[5]) : 1_000_000;
        int reports = args.length > 6 ? Integer.parseInt(args[6]) : 200_000;
        DatabaseMigration.flyway(dataSource(url, args[1], args[2])).migrate();
        Properties properties = new Properties();
        properties.setProperty("user", args[1]);
        properties.setProperty("password", args[2]);
        // Lets the PostgreSQL driver send a batch as multi-row inserts, several times faster.
        properties.setProperty("reWriteBatchedInserts", "true");
        try (Connection db = DriverManager.getConnection(url, url.startsWith("jdbc:postgresql") ? properties
                : withoutDriverOptions(properties))) {
            db.setAutoCommit(false);
            var generator = new DataGenerator(db);
            generator.organisation(people, teams);
            generator.kudos(kudos);
            generator.reports(reports);
            generator.moveSequences();
            generator.progress("loaded", 0, 0);
            if (url.startsWith("jdbc:h2:")) {
                generator.compactH2();
            }
            generator.progress("done", 0, 0);
        }
    }

    private static Properties withoutDriverOptions(Properties properties) {
        Properties plain = new Properties();
        plain.setProperty("user", properties.getProperty("user"));
        plain.setProperty("password", properties.getProperty("password"));
        return plain;
    }

    private static DataSource dataSource(String url, String user, String password) throws SQLException {
        if (url.startsWith("jdbc:postgresql")) {
            var pg = new org.postgresql.ds.PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            return pg;
        }
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    // --- directory ------------------------------------------------------------------------------------------------

    private void organisation(int people, int teams) throws SQLException {
        long teamId = nextId("team");
        long personId = nextId("person");
        minPerson = personId;
        int perTeam = Math.max(1, people / teams);
        try (PreparedStatement team = db.prepareStatement("insert into team (id, name, name_key, stage, description, "
                + "active, created_at) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement person = db.prepareStatement("insert into person (id, display_name, username, "
                        + "email, team_id, active, created_at, team_since) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement role = db.prepareStatement("insert into person_role (person_id, role) values (?, ?)");
                PreparedStatement lead = db.prepareStatement("insert into team_lead (team_id, person_id) values (?, ?)")) {
            Set<String> teamNames = new HashSet<>();
            for (int t = 0; t < teams; t++, teamId++) {
                boolean front = t % 5 < 2;
                String name = texts.teamName(front, teamNames);
                team.setLong(1, teamId);
                team.setString(2, name);
                team.setString(3, name.toLowerCase(Locale.ROOT));
                team.setString(4, front ? "FRONT" : "BACK");
                team.setString(5, texts.teamDescription(front));
                team.setBoolean(6, true);
                team.setTimestamp(7, Timestamp.valueOf(START.minusMonths(1)));
                team.addBatch();
                (front ? frontTeams : backTeams).add(new long[] {teamId, personId, personId + perTeam - 1});
                teamPeople.add(new long[] {teamId, personId, personId + perTeam - 1});
                for (int p = 0; p < perTeam; p++, personId++) {
                    String[] name2 = texts.personName();
                    String username = (name2[0] + "." + name2[1]).toLowerCase(Locale.ROOT) + "." + personId;
                    person.setLong(1, personId);
                    person.setString(2, name2[0] + " " + name2[1]);
                    person.setString(3, username);
                    person.setString(4, username + "@bench.example");
                    person.setLong(5, teamId);
                    person.setBoolean(6, random.nextInt(50) != 0);
                    person.setTimestamp(7, Timestamp.valueOf(START.minusMonths(1)));
                    person.setTimestamp(8, Timestamp.valueOf(START.minusMonths(1)));
                    person.addBatch();
                    role.setLong(1, personId);
                    role.setString(2, "EMPLOYEE");
                    role.addBatch();
                    if (p == 0) {
                        role.setLong(1, personId);
                        role.setString(2, "TEAM_LEAD");
                        role.addBatch();
                        lead.setLong(1, teamId);
                        lead.setLong(2, personId);
                        lead.addBatch();
                    }
                }
            }
            team.executeBatch();
            person.executeBatch();
            role.executeBatch();
            lead.executeBatch();
            db.commit();
        }
        maxPerson = personId - 1;
        progress("teams and people", teams, people);
    }

    // --- recognition ----------------------------------------------------------------------------------------------

    private void kudos(int count) throws SQLException {
        long id = nextId("kudos");
        long applauseRows = 0;
        try (PreparedStatement kudos = db.prepareStatement("insert into kudos (id, giver_id, giver_team_id, "
                + "giver_stage, team_id, rating, message, customer_story, created_at, edited_at, withdrawn, "
                + "withdrawn_at, hidden, hidden_by, hidden_reason, hidden_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement people = db.prepareStatement(
                        "insert into kudos_person (kudos_id, person_id) values (?, ?)");
                PreparedStatement values = db.prepareStatement(
                        "insert into kudos_value (kudos_id, value_id) values (?, ?)");
                PreparedStatement applause = db.prepareStatement(
                        "insert into applause (kudos_id, person_id, created_at) values (?, ?, ?)")) {
            for (int i = 1; i <= count; i++, id++) {
                // Mostly front stage thanking back stage; a fifth are back-stage teams thanking each other.
                long[] giverTeam = random.nextInt(5) == 0 ? pick(backTeams) : pick(frontTeams);
                long[] team = pick(backTeams);
                while (team[0] == giverTeam[0]) {
                    team = pick(backTeams);
                }
                long giver = member(giverTeam);
                LocalDateTime at = moment();
                int rating = texts.rating();
                boolean withdrawn = random.nextInt(150) == 0;
                boolean hidden = !withdrawn && random.nextInt(500) == 0;
                kudos.setLong(1, id);
                kudos.setLong(2, giver);
                kudos.setLong(3, giverTeam[0]);
                kudos.setString(4, backTeams.contains(giverTeam) ? "BACK" : "FRONT");
                kudos.setLong(5, team[0]);
                kudos.setInt(6, rating);
                kudos.setString(7, texts.kudosMessage(rating));
                kudos.setString(8, random.nextInt(10) < 4 ? texts.customerStory() : null);
                kudos.setTimestamp(9, Timestamp.valueOf(at));
                kudos.setTimestamp(10, random.nextInt(40) == 0 ? Timestamp.valueOf(at.plusMinutes(3)) : null);
                kudos.setBoolean(11, withdrawn);
                kudos.setTimestamp(12, withdrawn ? Timestamp.valueOf(at.plusMinutes(5)) : null);
                kudos.setBoolean(13, hidden);
                if (hidden) {
                    kudos.setLong(14, minPerson);
                    kudos.setString(15, "Names a customer; please thank the team without personal details");
                    kudos.setTimestamp(16, Timestamp.valueOf(at.plusHours(2)));
                } else {
                    kudos.setNull(14, java.sql.Types.BIGINT);
                    kudos.setNull(15, java.sql.Types.VARCHAR);
                    kudos.setNull(16, java.sql.Types.TIMESTAMP);
                }
                kudos.addBatch();
                if (random.nextBoolean()) {
                    long first = member(team);
                    people.setLong(1, id);
                    people.setLong(2, first);
                    people.addBatch();
                    long second = member(team);
                    if (second != first && random.nextInt(3) == 0) {
                        people.setLong(1, id);
                        people.setLong(2, second);
                        people.addBatch();
                    }
                }
                if (random.nextInt(10) < 6) {
                    int value = 1 + random.nextInt(4);
                    values.setLong(1, id);
                    values.setLong(2, value);
                    values.addBatch();
                    if (random.nextInt(4) == 0) {
                        values.setLong(1, id);
                        values.setLong(2, 1 + value % 4);
                        values.addBatch();
                    }
                }
                if (rating >= 3 && !withdrawn && !hidden) {
                    Set<Long> clapped = new HashSet<>();
                    for (int a = random.nextInt(4); a > 0; a--) {
                        long person = minPerson + (long) (random.nextDouble() * (maxPerson - minPerson + 1));
                        if (person != giver && clapped.add(person)) {
                            applause.setLong(1, id);
                            applause.setLong(2, person);
                            applause.setTimestamp(3, Timestamp.valueOf(at.plusHours(1 + random.nextInt(48))));
                            applause.addBatch();
                            applauseRows++;
                        }
                    }
                }
                if (i % BATCH == 0 || i == count) {
                    kudos.executeBatch();
                    people.executeBatch();
                    values.executeBatch();
                    applause.executeBatch();
                    db.commit();
                }
                if (i % 100_000 == 0 || i == count) {
                    progress("kudos", i, applauseRows);
                }
            }
        }
    }

    // --- listening ------------------------------------------------------------------------------------------------

    private void reports(int count) throws Exception {
        Set<String> locators = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select locator from report")) {
            while (rs.next()) {
                locators.add(rs.getString(1));
            }
        }
        // One real hash of a secret nobody keeps: well-formed for the portal, useless to anyone.
        String hash = new SlowHash(1_000).hash(Receipt.generate().secret());
        long messages = 0;
        try (PreparedStatement report = db.prepareStatement("insert into report (id, locator, receipt_hash, kind, "
                + "team_id, title, description, customer_impact, suggested_fix, status, filed_on, acknowledged_on, "
                + "closed_on, listed_publicly, hidden, redacted_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?)");
                PreparedStatement message = db.prepareStatement("insert into report_message (id, report_id, position, "
                        + "side, body, new_status, written_on, hidden) values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement meToo = db.prepareStatement(
                        "insert into report_me_too (mark, report_id) values (?, ?)")) {
            for (int i = 1; i <= count; i++) {
                String id = UUID.randomUUID().toString();
                String locator;
                do {
                    locator = Receipt.generate().locator();
                } while (!locators.add(locator));
                LocalDate filed = moment().toLocalDate();
                long age = java.time.temporal.ChronoUnit.DAYS.between(filed, END.toLocalDate());
                String kind = texts.reportKind();
                Long team = random.nextInt(5) == 0 ? null : pick(backTeams)[0];
                // Older reports have moved further on; some recent ones are still new.
                int steps = age < 3 ? 0 : age < 20 ? random.nextInt(3) : 1 + random.nextInt(3);
                boolean declined = steps >= 2 && random.nextInt(8) == 0;
                String status = switch (steps) {
                    case 0 -> "NEW";
                    case 1 -> "ACKNOWLEDGED";
                    case 2 -> declined ? "DECLINED" : "IN_PROGRESS";
                    default -> declined ? "DECLINED" : "RESOLVED";
                };
                LocalDate acknowledged = steps >= 1 ? filed.plusDays(random.nextInt(Math.min(10, (int) age) + 1)) : null;
                LocalDate closed = status.equals("RESOLVED") || status.equals("DECLINED")
                        ? acknowledged.plusDays(random.nextInt((int) Math.max(1,
                        java.time.temporal.ChronoUnit.DAYS.between(acknowledged, END.toLocalDate())) + 1))
                        : null;
                boolean listed = steps >= 1 && random.nextInt(20) == 0;
                boolean hidden = !listed && random.nextInt(200) == 0;
                report.setString(1, id);
                report.setString(2, locator);
                report.setString(3, hash);
                report.setString(4, kind);
                if (team == null) {
                    report.setNull(5, java.sql.Types.BIGINT);
                } else {
                    report.setLong(5, team);
                }
                report.setString(6, texts.reportTitle(kind));
                report.setString(7, texts.reportDescription());
                report.setString(8, texts.impact());
                report.setString(9, random.nextBoolean() ? texts.suggestedFix() : null);
                report.setString(10, status);
                report.setObject(11, filed);
                report.setObject(12, acknowledged);
                report.setObject(13, closed);
                report.setBoolean(14, listed);
                report.setBoolean(15, hidden);
                report.setObject(16, null, java.sql.Types.DATE);
                report.addBatch();
                int position = 1;
                List<String> path = new ArrayList<>(List.of("ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED"));
                if (declined) {
                    path.set(steps - 1, "DECLINED");
                }
                for (int step = 0; step < steps; step++) {
                    String next = path.get(step);
                    LocalDate on = step == 0 ? acknowledged : step == steps - 1 && closed != null ? closed
                            : acknowledged.plusDays(step);
                    addMessage(message, id, position++, "STAFF", texts.staffMessage(next), next, on);
                    messages++;
                    if (random.nextInt(4) == 0) {
                        addMessage(message, id, position++, "REPORTER", texts.reporterReply(), null, on.plusDays(1));
                        messages++;
                    }
                }
                if (listed) {
                    for (int m = random.nextInt(30); m > 0; m--) {
                        meToo.setString(1, UUID.randomUUID().toString().replace("-", "")
                                + UUID.randomUUID().toString().replace("-", ""));
                        meToo.setString(2, id);
                        meToo.addBatch();
                    }
                }
                if (i % BATCH == 0 || i == count) {
                    report.executeBatch();
                    message.executeBatch();
                    meToo.executeBatch();
                    db.commit();
                }
                if (i % 50_000 == 0 || i == count) {
                    progress("reports", i, messages);
                }
            }
        }
    }

    private static void addMessage(PreparedStatement message, String reportId, int position, String side, String body,
            String newStatus, LocalDate on) throws SQLException {
        message.setString(1, UUID.randomUUID().toString());
        message.setString(2, reportId);
        message.setInt(3, position);
        message.setString(4, side);
        message.setString(5, body);
        message.setString(6, newStatus);
        message.setObject(7, on);
        message.setBoolean(8, false);
        message.addBatch();
    }

    // --- ids and sequences ----------------------------------------------------------------------------------------

    /** The first free id after what is stored and what the sequence may already have handed out. */
    private long nextId(String table) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
            rs.next();
            // EclipseLink may hold a block of 50 that it has not used yet: start well clear of it.
            return rs.getLong(1) + 1_000;
        }
    }

    /**
     * EclipseLink reads each sequence value as the last id of a block of 50, so the next value must be at least 50
     * above the largest id stored: restart at the next multiple of 50 after max + 50.
     */
    private void moveSequences() throws SQLException {
        for (String table : List.of("team", "person", "kudos")) {
            long max;
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                max = rs.getLong(1);
            }
            long restart = ((max + 50) / 50 + 1) * 50;
            try (Statement s = db.createStatement()) {
                s.execute("alter sequence " + table + "_seq restart with " + restart);
            }
        }
        db.commit();
    }

    /**
     * H2 keeps every chunk that a batch commit made obsolete until it is compacted: after a full load the file is about
     * 18 GB, of which 0.5 GB is data. Compacting once here (a few minutes) gives the portal the file it would have.
     */
    private void compactH2() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("shutdown compact");
        }
        progress("compacted", 0, 0);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private long[] pick(List<long[]> list) {
        return list.get(random.nextInt(list.size()));
    }

    private long member(long[] team) {
        return team[1] + random.nextInt((int) (team[2] - team[1] + 1));
    }

    /** A working-hours moment in the two years, busier in recent months. */
    private LocalDateTime moment() {
        double skew = Math.sqrt(random.nextDouble());
        LocalDateTime day = START.plusMinutes((long) (skew * SPAN_MINUTES));
        return day.withHour(8 + random.nextInt(10)).withMinute(random.nextInt(60)).withSecond(random.nextInt(60));
    }

    private void progress(String what, long done, long extra) {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        System.out.printf("%7.1f s  %-18s %,10d  (%,d more rows)%n", seconds, what, done, extra);
    }
}
