package org.curtaincall.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.curtaincall.platform.Api.Reply;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal on PostgreSQL, the database of larger installs (the "postgres" container): the main journeys of each
 * part through the API, so that a query or a bound value that only H2 accepts shows here. Every other integration
 * test runs on H2.
 */
@ExtendWith(ArquillianExtension.class)
class PostgresPortalIT {

    /** The port the "postgres" container's database URL names (arquillian.xml). */
    private static final int PORT = 55437;

    private static EmbeddedPostgres postgres;

    @Deployment(testable = false)
    @TargetsContainer("postgres")
    static WebArchive deployment() throws IOException {
        // Started before the server boots: the portal migrates the database and creates the demo organisation on
        // deployment.
        postgres = EmbeddedPostgres.builder().setPort(PORT).start();
        return PortalDeployment.portal();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @ArquillianResource
    URL base;

    @Test
    void kudos_are_given_and_show_on_the_wall_and_the_team_page() {
        Api front = Api.at(base).as("front", "demo");
        long itDesk = front.teamId("IT Service Desk");
        String message = "Reset the till password before the lunch rush " + unique();
        Reply given = front.post("api/kudos", Json.createObjectBuilder().add("teamId", itDesk).add("rating", 5)
                .add("message", message).add("customerStory", "The queue never formed.").build().toString());
        assertEquals(201, given.status(), given.toString());

        JsonObject wall = front.get("api/kudos?teamId=" + itDesk).json();
        assertEquals(message, wall.getJsonArray("items").getJsonObject(0).getString("message"), wall.toString());
        JsonObject team = front.get("api/teams/" + itDesk + "/kudos").json();
        assertEquals(message, team.getJsonArray("kudos").getJsonObject(0).getString("message"));
        assertEquals("The queue never formed.",
                team.getJsonArray("stories").getJsonObject(0).getString("customerStory"));
        assertTrue(team.getJsonNumber("averageRating").doubleValue() > 0, team.toString());
    }

    @Test
    void a_report_is_filed_answered_and_replied_to_by_receipt() {
        Api back = Api.at(base).as("back", "demo");
        Api lead = Api.at(base).as("lead", "demo");
        String title = "Label printer jams at noon " + unique();
        Reply filed = back.post("api/reports", Json.createObjectBuilder().add("kind", "PROCESS_BREAKAGE")
                .add("teamId", back.teamId("IT Service Desk")).add("title", title)
                .add("description", "Parcels wait an hour for labels.").add("customerImpact", "SOME").build()
                .toString());
        assertEquals(201, filed.status(), filed.toString());
        Api reporter = Api.at(base).withHeader("X-Receipt", filed.json().getString("receipt"));

        String id = lead.get("api/reports").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
        Reply acknowledged = lead.post("api/reports/" + id + "/status",
                "{\"status\":\"ACKNOWLEDGED\",\"message\":\"Seen.\"}");
        assertEquals(200, acknowledged.status(), acknowledged.toString());
        assertEquals(201, reporter.post("api/reports/receipt/replies", "{\"message\":\"Thanks.\"}").status());

        JsonObject seen = reporter.get("api/reports/receipt").json();
        assertEquals("ACKNOWLEDGED", seen.getString("status"));
        assertEquals("Seen.", seen.getJsonArray("messages").getJsonObject(0).getString("body"));
        assertEquals("Thanks.", seen.getJsonArray("messages").getJsonObject(1).getString("body"));
    }

    @Test
    void hr_reads_trends_and_the_heatmap_and_a_themes_run_finishes() throws InterruptedException {
        Api hr = Api.at(base).as("hr", "demo");
        Reply trends = hr.get("api/insights/trends");
        assertEquals(200, trends.status(), trends.toString());
        Reply heatmap = hr.get("api/insights/heatmap");
        assertEquals(200, heatmap.status(), heatmap.toString());

        // The demo's kudos and reports are embedded and stored as theme texts, both kinds: a text that cannot be
        // stored fails the run.
        Reply started = hr.post("api/insights/themes/recompute", "");
        assertEquals(202, started.status(), started.body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject progress = started.json();
        while (progress.getBoolean("running") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            progress = hr.get("api/insights/themes/progress").json();
        }
        assertFalse(progress.getBoolean("running"), progress.toString());
        assertFalse(progress.containsKey("problem"), progress.toString());
        assertEquals(LocalDate.now().toString(), progress.getString("computedOn"), progress.toString());
        JsonObject themes = hr.get("api/insights/themes").json();
        assertFalse(themes.getJsonArray("themes").isEmpty(), themes.toString());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
