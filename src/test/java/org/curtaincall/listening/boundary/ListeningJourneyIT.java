package org.curtaincall.listening.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.curtaincall.platform.Api;
import org.curtaincall.platform.Browser;
import org.curtaincall.platform.PortalDeployment;
import org.curtaincall.platform.control.SlowHash;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Anonymous listening in a real browser, on a portal whose database is a file and whose log is a file (the "canary"
 * container), so that the anonymity canary can search a full dump of the database and every log line afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ListeningJourneyIT {

    private static final Path CANARY = Path.of("target", "canary");
    private static final String DB_URL = "jdbc:h2:file:./target/canary/db;AUTO_SERVER=TRUE";
    /** Tables where people and accounts belong: the canaries are expected there, and nowhere else. */
    private static final Set<String> DIRECTORY_TABLES = Set.of("PERSON", "PERSON_ROLE", "CREDENTIAL", "API_TOKEN",
            "TEAM", "TEAM_LEAD");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    @TargetsContainer("canary")
    static WebArchive deployment() throws IOException {
        // A fresh database and log for every run, so that the canary sees only this run.
        if (Files.isDirectory(CANARY)) {
            try (Stream<Path> files = Files.walk(CANARY)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(CANARY);
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path downloads;

    @Test
    void a_back_stage_employee_reports_anonymously_and_follows_up_with_the_receipt_after_hr_answers() throws IOException {
        String title = "Courier labels print twice " + unique();
        String receipt;
        try (Browser browser = Browser.open(base, downloads)) {
            browser.signIn("back", "demo").waitForText("Welcome back");
            browser.go("listening/report.xhtml");
            String form = browser.waitForText("What is not stored");
            assertTrue(form.contains("Your name, user name, e-mail, team or account."), form);
            browser.screenshot("listening-report-form");
            browser.type("input[id$='title']", title);
            browser.type("textarea[id$='description']", "Since the update every courier label prints twice and "
                    + "parcels go out with two tracking numbers.");
            browser.click("button[id$='submit']");
            String filed = browser.waitForText("Your report is filed");
            receipt = browser.find("#receiptCode").getText().strip();
            assertTrue(receipt.matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}"), receipt);
            assertTrue(filed.contains("shown only now"), filed);
            browser.screenshot("listening-receipt");
            browser.click("#downloadReceipt");
            Path file = downloads.resolve("curtain-call-receipt.txt");
            // Chromium may create the file before it has written it: wait for its content, not its name.
            browser.waitFor().withTimeout(Duration.ofSeconds(20)).until(d -> read(file).contains(receipt));
            String saved = read(file);
            assertTrue(saved.contains("Receipt code: " + receipt), saved);
            assertTrue(saved.contains("/listening/followup.xhtml"), saved);
            browser.click("button[id$='signOut']");
            browser.waitForText("You are signed out");

            browser.signIn("hr", "demo").waitForText("Welcome back");
            browser.go("listening/triage.xhtml");
            browser.waitForText(title);
            browser.driver().findElement(By.partialLinkText(title)).click();
            browser.waitForText("Message to the reporter");
            browser.type("textarea[id$='message']", "Thank you, we see it too and have called the courier.");
            browser.click("button[id$='changeStatus']");
            browser.waitForText("The report is now acknowledged");
            browser.type("textarea[id$='answer']", "Does it happen on every printer or only at the back door?");
            browser.click("button[id$='sendAnswer']");
            String answered = browser.waitForText("Answer sent");
            assertTrue(answered.contains("acknowledged after 0 days"), answered);
            browser.screenshot("listening-triage");
            browser.click("button[id$='listPublicly']");
            browser.waitForText("Listed publicly");
            browser.go("listening/reports.xhtml");
            browser.waitForText(title);
            browser.driver().findElement(By.xpath("//div[contains(@class,'cc-public-report')][.//h3[text()='"
                    + title + "']]//button")).click();
            String counted = browser.waitForText("1 person says");
            assertTrue(counted.contains("you said me too"), counted);
            browser.screenshot("listening-open-reports");
            browser.click("button[id$='signOut']");
            browser.waitForText("You are signed out");

            browser.go("listening/followup.xhtml");
            browser.type("input[id$='receipt']", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
            browser.click("button[id$='open']");
            String refused = browser.waitForText("No report matches this receipt code");
            assertFalse(refused.contains(title), refused);
            browser.screenshot("listening-wrong-receipt");

            browser.type("input[id$='receipt']", receipt.toLowerCase(Locale.ROOT));
            browser.click("button[id$='open']");
            String report = browser.waitForText(title);
            assertTrue(report.contains("Thank you, we see it too and have called the courier."), report);
            assertTrue(report.contains("Does it happen on every printer or only at the back door?"), report);
            assertTrue(report.toLowerCase(Locale.ROOT).contains("acknowledged"), report);
            browser.type("textarea[id$='message']", "Only the printer at the back door.");
            browser.click("button[id$='reply']");
            String replied = browser.waitForText("Your reply is sent");
            assertTrue(replied.contains("Only the printer at the back door."), replied);
            browser.screenshot("listening-follow-up");
        }
        Api hr = Api.at(base).as("hr", "demo");
        JsonObject onBoard = hr.get("api/reports").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals(title)).findFirst().orElseThrow();
        assertEquals("ACKNOWLEDGED", onBoard.getString("status"));
        assertEquals("Only the printer at the back door.", onBoard.getJsonArray("messages").getJsonObject(2)
                .getString("body"), "staff read the reply");
    }

    @Test
    void canaries_who_file_reports_leave_no_trace_of_themselves_in_the_database_or_the_logs() throws Exception {
        String crewName = "Canary Crew " + unique();
        long crewId = 800_000_000L + RANDOM.nextInt(90_000_000);
        List<Canary> canaries = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(DB_URL, "curtaincall", "curtaincall")) {
            insertTeam(db, crewId, crewName);
            for (int i = 0; i < 3; i++) {
                Canary canary = Canary.hatch();
                insertPerson(db, canary, crewId);
                canaries.add(canary);
            }
        }
        Api hr = Api.at(base).as("hr", "demo");
        long itDesk = hr.teamId("IT Service Desk");

        String publicTitle = "Shared canary topic " + unique();
        Api.at(base).as("back", "demo").post("api/reports", report(publicTitle, "Shared by everyone.", itDesk));
        String publicId = hr.get("api/reports").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals(publicTitle)).findFirst().orElseThrow().getString("id");
        assertEquals(200, hr.post("api/reports/" + publicId + "/public", "").status());

        // Two canaries file through the API with their own user agent, reply with their receipt and say "me too".
        for (Canary canary : canaries.subList(0, 2)) {
            var issued = Api.at(base).withHeader("User-Agent", canary.userAgent).post("api/tokens", Json
                    .createObjectBuilder().add("username", canary.username).add("password", canary.password).build()
                    .toString());
            canary.token = issued.json().getString("token");
            Api api = Api.at(base).withToken(canary.token).withHeader("User-Agent", canary.userAgent);
            var filed = api.post("api/reports", report(canary.title, canary.text, itDesk));
            assertEquals(201, filed.status(), filed.toString());
            assertEquals(Set.of("receipt"), filed.json().keySet(), "the answer holds the receipt and nothing else");
            var reply = Api.at(base).withHeader("User-Agent", canary.userAgent)
                    .withHeader("X-Receipt", filed.json().getString("receipt"))
                    .post("api/reports/receipt/replies", "{\"message\":\"Canary reply " + canary.marker + "\"}");
            assertEquals(201, reply.status(), reply.toString());
            assertEquals(201, api.post("api/reports/" + publicId + "/me-too", "").status());
        }
        // The third files through the page, in a browser with its own user agent and session.
        Canary browserCanary = canaries.get(2);
        try (Browser browser = Browser.open(base, null, "--user-agent=" + browserCanary.userAgent)) {
            browser.signIn(browserCanary.username, browserCanary.password).waitForText("Welcome back");
            browser.go("listening/report.xhtml");
            browser.type("input[id$='title']", browserCanary.title);
            browser.type("textarea[id$='description']", browserCanary.text);
            browser.click("button[id$='submit']");
            browser.waitForText("Your report is filed");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            browserCanary.token = session.getValue();
            assertTrue(browserCanary.token.length() > 10);
        }

        Map<String, String> dump = dumpByTable();
        String everything = String.join("\n", dump.values());
        String logText = logs();

        // The search must be able to find things, or 0 hits proves nothing.
        assertTrue(logText.contains("Database schema at version"), "the application's own log lines are in the file");
        canaries.forEach(c -> assertTrue(dump.getOrDefault("PERSON", "").contains(c.username), "the directory knows " + c.username));
        canaries.forEach(c -> assertTrue(dump.getOrDefault("REPORT", "").contains(c.title), "the report of " + c.username + " is stored"));
        assertTrue(dump.getOrDefault("REPORT_ME_TOO", "").length() > 0, "me-too marks are stored");

        List<String> hits = new ArrayList<>();
        for (Canary c : canaries) {
            Map<String, String> identity = new LinkedHashMap<>();
            identity.put("user name", c.username);
            identity.put("e-mail", c.email);
            identity.put("person id", String.valueOf(c.id));
            identity.put("team id", String.valueOf(crewId));
            identity.put("team name", crewName);
            identity.put("user agent", c.userAgent);
            identity.put("session or token", c.token);
            identity.forEach((what, value) -> {
                dump.forEach((table, rows) -> {
                    if (!DIRECTORY_TABLES.contains(table) && contains(rows, value)) {
                        hits.add(c.username + "'s " + what + " in table " + table);
                    }
                });
                if (contains(logText, value)) {
                    hits.add(c.username + "'s " + what + " in the server log");
                }
            });
            if (contains(everything, c.userAgent) || contains(everything, c.token)) {
                hits.add(c.username + "'s user agent or session anywhere in the database");
            }
            for (String text : List.of(c.title, c.text, "Canary reply " + c.marker)) {
                if (logText.contains(text)) {
                    hits.add("report text of " + c.username + " in the server log");
                }
            }
        }
        assertEquals(List.of(), hits, "the canaries were traced");
    }

    /** Every log the server and its database wrote: the server log files and H2's trace file. */
    private static String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(CANARY)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".mv.db")).toList()) {
                text.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        assertTrue(text.length() > 0, "no log files in " + CANARY);
        return text.toString();
    }

    private static boolean contains(String haystack, String needle) {
        // Whole values only for numbers, so that an id is not found inside a longer number.
        return Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(needle) + "(?![0-9A-Za-z])").matcher(haystack).find();
    }

    /** The full SCRIPT of the database, the statements grouped by the table they insert into ("" for the rest). */
    private static Map<String, String> dumpByTable() throws SQLException {
        Map<String, String> byTable = new LinkedHashMap<>();
        Pattern insert = Pattern.compile("^INSERT INTO \"PUBLIC\"\\.\"(\\w+)\"");
        try (Connection db = DriverManager.getConnection(DB_URL, "curtaincall", "curtaincall");
                Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) {
                String statement = rs.getString(1);
                Matcher m = insert.matcher(statement);
                String table = m.find() ? m.group(1) : "";
                byTable.merge(table, statement, (a, b) -> a + "\n" + b);
            }
        }
        return byTable;
    }

    private static void insertTeam(Connection db, long id, String name) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("insert into team (id, name, name_key, stage, active, created_at) "
                + "values (?, ?, ?, 'BACK', true, current_timestamp)")) {
            s.setLong(1, id);
            s.setString(2, name);
            s.setString(3, name.toLowerCase(Locale.ROOT));
            s.executeUpdate();
        }
    }

    /**
     * Canaries go straight into the database so that their ids are distinctive nine-digit markers: ids the portal
     * hands out itself are small numbers that occur everywhere by chance.
     */
    private static void insertPerson(Connection db, Canary c, long teamId) throws SQLException {
        try (PreparedStatement person = db.prepareStatement("insert into person (id, display_name, username, email, "
                + "team_id, active, created_at, team_since) "
                + "values (?, ?, ?, ?, ?, true, current_timestamp, current_timestamp)");
                PreparedStatement role = db.prepareStatement("insert into person_role (person_id, role) values (?, 'EMPLOYEE')");
                PreparedStatement credential = db.prepareStatement("insert into credential (person_id, password_hash, "
                        + "changed_at) values (?, ?, current_timestamp)")) {
            person.setLong(1, c.id);
            person.setString(2, "Canary " + c.marker);
            person.setString(3, c.username);
            person.setString(4, c.email);
            person.setLong(5, teamId);
            person.executeUpdate();
            role.setLong(1, c.id);
            role.executeUpdate();
            credential.setLong(1, c.id);
            credential.setString(2, new SlowHash(20_000).hash(c.password));
            credential.executeUpdate();
        }
    }

    private static String report(String title, String text, long teamId) {
        return Json.createObjectBuilder().add("kind", "PROCESS_BREAKAGE").add("teamId", teamId).add("title", title)
                .add("description", text).add("customerImpact", "SOME").build().toString();
    }

    /** The file's text so far, or nothing while it does not exist yet. */
    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return ""; // still being written (a character cut in two does not decode): read it again
        }
    }

    private static String unique() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** A test account with markers that cannot occur by chance. */
    private static final class Canary {
        final String marker = unique();
        final long id = 700_000_000L + RANDOM.nextInt(90_000_000);
        final String username = "canary-" + marker;
        final String email = "canary." + marker + "@canary.example";
        final String password = "canary password " + marker;
        final String userAgent = "CanaryAgent/" + marker + " (anonymity test)";
        final String title = "Canary title " + marker;
        final String text = "Canary description " + marker + ": the night shift hand-over sheet goes missing.";
        String token;

        static Canary hatch() {
            return new Canary();
        }
    }
}
