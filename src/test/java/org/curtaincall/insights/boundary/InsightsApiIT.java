package org.curtaincall.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.curtaincall.platform.Api;
import org.curtaincall.platform.Api.Reply;
import org.curtaincall.platform.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The insights API from outside: exact figures from kudos given through the API by enough distinct people, a small
 * group and its sibling hidden, the same figures in the CSV export, a themes run followed to the end, and the roles.
 */
@ExtendWith(ArquillianExtension.class)
class InsightsApiIT {

    private static final String PASSWORD = "a fine password";
    private static final String HIDDEN = "hidden to protect anonymity";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private Api hr() {
        return Api.at(base).as("hr", "demo");
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long team(Api admin, String name, String stage) {
        Reply created = admin.post("api/teams", Json.createObjectBuilder().add("name", name).add("stage", stage)
                .build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A team of {@code size} people who can sign in; answers their user names. */
    private List<String> people(Api admin, long teamId, int size) {
        return java.util.stream.IntStream.range(0, size).mapToObj(i -> {
            String username = "giver-" + UUID.randomUUID().toString().substring(0, 8);
            Reply created = admin.post("api/people", Json.createObjectBuilder().add("name", "Giver " + username)
                    .add("username", username).add("email", username + "@test.example").add("teamId", teamId)
                    .build().toString());
            assertEquals(201, created.status(), created.body());
            assertEquals(204, admin.put("api/people/" + created.json().getJsonNumber("id") + "/password",
                    Json.createObjectBuilder().add("password", PASSWORD).build().toString()).status());
            return username;
        }).toList();
    }

    private void thank(List<String> givers, long teamId, int... ratings) {
        for (int i = 0; i < givers.size(); i++) {
            Reply given = Api.at(base).as(givers.get(i), PASSWORD).post("api/kudos", Json.createObjectBuilder()
                    .add("teamId", teamId).add("rating", ratings[i])
                    .add("message", "The hand-off worked smoothly again today, thank you.").build().toString());
            assertEquals(201, given.status(), given.body());
        }
    }

    private static JsonObject row(JsonObject grid, long teamId) {
        return grid.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(String.valueOf(teamId))).findFirst().orElseThrow();
    }

    private static JsonObject cell(JsonObject heatmap, long front, long back) {
        return heatmap.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .flatMap(r -> r.getJsonArray("cells").getValuesAs(JsonObject.class).stream())
                .filter(c -> c.getJsonNumber("frontTeamId").longValue() == front
                        && c.getJsonNumber("backTeamId").longValue() == back)
                .findFirst().orElseThrow().getJsonObject("ratings");
    }

    /*
     * Today only, so that the demo history (all before today) stays out: six people of one front-stage team rate one
     * back-stage team, seven of another rate a second, two of a third rate a third. The two are too few; in the month's
     * column the next smallest, the six, is hidden with them so that the total cannot give the two away.
     */
    @Test
    void trends_and_heatmap_show_exact_figures_and_hide_a_small_group_with_its_sibling() {
        Api admin = Api.at(base).as("admin", "demo");
        long frontSix = team(admin, unique("Front six"), "FRONT");
        long frontSeven = team(admin, unique("Front seven"), "FRONT");
        long frontTwo = team(admin, unique("Front two"), "FRONT");
        long backSix = team(admin, unique("Back six"), "BACK");
        long backSeven = team(admin, unique("Back seven"), "BACK");
        long backTwo = team(admin, unique("Back two"), "BACK");
        thank(people(admin, frontSix, 6), backSix, 5, 4, 4, 5, 3, 5);
        thank(people(admin, frontSeven, 7), backSeven, 5, 5, 5, 4, 4, 4, 5);
        thank(people(admin, frontTwo, 2), backTwo, 4, 3);
        String today = LocalDate.now().toString();
        String period = "?from=" + today + "&to=" + today;

        Reply trends = hr().get("api/insights/trends" + period);
        assertEquals(200, trends.status(), trends.body());
        JsonObject perMonth = trends.json().getJsonObject("kudosPerMonth");
        assertEquals(1, perMonth.getJsonArray("columns").size());
        assertEquals(7, row(perMonth, backSeven).getJsonArray("cells").getJsonObject(0).getInt("count"));
        assertEquals(HIDDEN, row(perMonth, backTwo).getJsonArray("cells").getJsonObject(0).getString("note"));
        assertEquals(HIDDEN, row(perMonth, backSix).getJsonArray("cells").getJsonObject(0).getString("note"),
                "the next smallest sibling is hidden too");
        assertEquals(15, perMonth.getJsonArray("columnTotals").getJsonObject(0).getInt("count"));
        JsonObject average = row(trends.json().getJsonObject("averageRating"), backSeven).getJsonArray("cells")
                .getJsonObject(0);
        assertEquals(4.6, average.getJsonNumber("average").doubleValue(), "32 / 7");
        assertEquals(7, average.getInt("count"));

        Reply heatmap = hr().get("api/insights/heatmap" + period);
        assertEquals(200, heatmap.status(), heatmap.body());
        JsonObject sixCell = cell(heatmap.json(), frontSix, backSix);
        assertEquals(6, sixCell.getInt("count"));
        assertEquals(4.3, sixCell.getJsonNumber("average").doubleValue(), "26 / 6");
        assertEquals(7, cell(heatmap.json(), frontSeven, backSeven).getInt("count"));
        assertEquals(HIDDEN, cell(heatmap.json(), frontTwo, backTwo).getString("note"));
        assertFalse(cell(heatmap.json(), frontTwo, backTwo).containsKey("count"));
        assertEquals(0, cell(heatmap.json(), frontSix, backSeven).getInt("count"));

        Reply detail = hr().get("api/insights/heatmap/" + frontSix + "/" + backSix + period);
        assertEquals(200, detail.status(), detail.body());
        assertEquals(6, detail.json().getJsonObject("ratings").getInt("count"));

        Reply filtered = hr().get("api/insights/heatmap" + period + "&teamId=" + frontTwo);
        assertEquals(1, filtered.json().getJsonArray("rows").size());
        assertEquals(HIDDEN, cell(filtered.json(), frontTwo, backTwo).getString("note"), "a filter never unhides");

        Reply csv = hr().getAny("api/insights/export/heatmap" + period);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().startsWith("Front-stage team,Back-stage team,Hand-off ratings,Average rating,Top theme"),
                csv.body());
        assertTrue(csv.body().lines().anyMatch(line -> line.matches("Front six [0-9a-f]{8},Back six [0-9a-f]{8},6,4.3,.*")),
                csv.body());
        assertTrue(csv.body().lines().anyMatch(line -> line.matches(
                "Front two [0-9a-f]{8},Back two [0-9a-f]{8}," + HIDDEN + "," + HIDDEN + ",")), csv.body());
    }

    @Test
    void hr_recomputes_themes_in_the_background_and_sees_the_run_finish() throws InterruptedException {
        Reply started = hr().post("api/insights/themes/recompute", "");
        assertEquals(202, started.status(), started.body());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        JsonObject progress = started.json();
        while (progress.getBoolean("running") && Instant.now().isBefore(deadline)) {
            assertTrue(progress.getInt("percent") >= 0 && progress.getInt("percent") <= 100, progress.toString());
            Thread.sleep(500);
            progress = hr().get("api/insights/themes/progress").json();
        }
        assertFalse(progress.getBoolean("running"), progress.toString());
        assertEquals(100, progress.getInt("percent"));
        assertEquals(LocalDate.now().toString(), progress.getString("computedOn"));

        JsonObject themes = hr().get("api/insights/themes").json();
        assertFalse(themes.getJsonArray("themes").isEmpty(), "the demo kudos and reports make themes");
        int quotingAReport = 0;
        for (JsonObject theme : themes.getJsonArray("themes").getValuesAs(JsonObject.class)) {
            assertFalse(theme.getString("label").isBlank());
            assertTrue(theme.getJsonObject("size").getInt("count") > 0, theme.toString());
            for (JsonValue sample : theme.getJsonArray("samples")) {
                LocalDate week = LocalDate.parse(sample.asJsonObject().getString("week"));
                assertEquals(DayOfWeek.MONDAY, week.getDayOfWeek(), "samples are dated to the week only");
            }
            if (theme.getJsonArray("samples").getValuesAs(JsonObject.class).stream()
                    .anyMatch(sample -> sample.getString("source").equals("REPORT"))) {
                quotingAReport++;
                JsonObject reports = theme.getJsonObject("reports");
                assertTrue(!reports.containsKey("count") || reports.getInt("count") > 0,
                        "a theme that quotes a report counts its reports (or hides the count): " + theme);
            }
        }
        assertTrue(quotingAReport > 0, "the demo reports join themes: " + themes);
    }

    @Test
    void only_hr_and_admins_read_insights() {
        for (String path : List.of("api/insights/themes", "api/insights/trends", "api/insights/heatmap",
                "api/insights/listening", "api/insights/themes/progress")) {
            assertEquals(403, Api.at(base).as("front", "demo").get(path).status(), path);
            assertEquals(403, Api.at(base).as("lead", "demo").get(path).status(), path);
            assertEquals(401, Api.at(base).get(path).status(), path);
            assertEquals(200, hr().get(path).status(), path);
            assertEquals(200, Api.at(base).as("admin", "demo").get(path).status(), path);
        }
        assertEquals(403, Api.at(base).as("front", "demo").post("api/insights/themes/recompute", "").status());
        assertEquals(403, Api.at(base).as("front", "demo").getAny("api/insights/export/themes").status());
    }

    @Test
    void a_bad_period_or_unknown_table_gets_a_clear_refusal() {
        Reply badDate = hr().get("api/insights/trends?from=yesterday");
        assertEquals(422, badDate.status(), badDate.body());
        assertEquals("from", badDate.errorField());
        Reply backwards = hr().get("api/insights/heatmap?from=2026-03-01&to=2026-02-01");
        assertEquals(422, backwards.status(), backwards.body());
        assertEquals("to", backwards.errorField());
        assertEquals(404, hr().getAny("api/insights/export/salaries").status());
    }
}
