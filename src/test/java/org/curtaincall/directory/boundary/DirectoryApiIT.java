package org.curtaincall.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
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

/** The directory API from outside: teams, people, their rules and every kind of refusal. */
@ExtendWith(ArquillianExtension.class)
class DirectoryApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private Api admin() {
        return Api.at(base).as("admin", "demo");
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String team(String name, String stage) {
        return Json.createObjectBuilder().add("name", name).add("stage", stage)
                .add("description", "made by a test").build().toString();
    }

    static String person(String name, String username, Long teamId) {
        var builder = Json.createObjectBuilder().add("name", name).add("username", username)
                .add("email", username + "@test.example");
        if (teamId != null) {
            builder.add("teamId", teamId);
        }
        return builder.build().toString();
    }

    @Test
    void an_admin_creates_a_team_and_finds_it_by_location_search_and_stage() {
        Api admin = admin();
        String name = unique("Claims Desk");
        Reply created = admin.post("api/teams", team(name, "BACK"));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/teams/" + id), created.header("Location"));

        assertEquals(name, admin.get("api/teams/" + id).json().getString("name"));
        var backTeams = admin.get("api/teams?stage=BACK&q=" + name.substring(name.length() - 8)).array();
        assertEquals(1, backTeams.size());
        assertTrue(admin.get("api/teams?stage=FRONT").array().stream()
                .noneMatch(t -> t.asJsonObject().getString("name").equals(name)));
    }

    @Test
    void an_admin_creates_a_person_edits_them_makes_them_lead_and_deactivates_them_without_losing_them() {
        Api admin = admin();
        long teamId = admin.post("api/teams", team(unique("Returns"), "BACK")).json().getJsonNumber("id").longValue();
        String username = unique("nia");
        Reply created = admin.post("api/people", person("Nia Obi", username, teamId));
        assertEquals(201, created.status(), created.body());
        long personId = created.json().getJsonNumber("id").longValue();
        assertEquals("[\"EMPLOYEE\"]", created.json().getJsonArray("roles").toString());

        Reply notYetLead = admin.put("api/teams/" + teamId, Json.createObjectBuilder().add("name", "Returns " + username)
                .add("stage", "BACK").add("leadIds", Json.createArrayBuilder().add(personId)).build().toString());
        assertEquals(422, notYetLead.status(), notYetLead.body());
        assertEquals("leadIds", notYetLead.errorField());

        Reply promoted = admin.put("api/people/" + personId, Json.createObjectBuilder().add("name", "Nia Obi-Lee")
                .add("username", username).add("email", username + "@test.example").add("teamId", teamId)
                .add("roles", Json.createArrayBuilder().add("TEAM_LEAD")).build().toString());
        assertEquals(200, promoted.status(), promoted.body());
        assertEquals("Nia Obi-Lee", promoted.json().getString("name"));

        Reply led = admin.put("api/teams/" + teamId, Json.createObjectBuilder().add("name", "Returns " + username)
                .add("stage", "BACK").add("leadIds", Json.createArrayBuilder().add(personId)).build().toString());
        assertEquals(200, led.status(), led.body());
        assertEquals(personId, led.json().getJsonArray("leads").getJsonObject(0).getJsonNumber("id").longValue());

        Reply deactivated = admin.put("api/people/" + personId, Json.createObjectBuilder().add("name", "Nia Obi-Lee")
                .add("username", username).add("email", username + "@test.example").add("teamId", teamId)
                .add("active", false).build().toString());
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));
        assertTrue(admin.get("api/teams/" + teamId).json().getJsonArray("leads").isEmpty(), "a deactivated person leads nothing");
        assertEquals(200, admin.get("api/people/" + personId).status(), "deactivated people are kept");
        assertEquals(0, admin.get("api/people?q=" + username).json().getInt("total"), "and hidden from the default list");
        assertEquals(1, admin.get("api/people?includeInactive=true&q=" + username).json().getInt("total"));
    }

    @Test
    void a_deactivated_person_loses_their_token_and_cannot_get_a_new_one() {
        Api admin = admin();
        String username = unique("gone");
        long id = admin.post("api/people", person("Gone Soon", username, null)).json().getJsonNumber("id").longValue();
        assertEquals(204, admin.put("api/people/" + id + "/password", "{\"password\":\"long enough pw\"}").status());
        Api them = Api.at(base).as(username, "long enough pw");
        assertEquals(200, them.get("api/teams").status());

        admin.put("api/people/" + id, Json.createObjectBuilder().add("name", "Gone Soon").add("username", username)
                .add("email", username + "@test.example").add("active", false).build().toString());
        assertEquals(401, them.get("api/teams").status());
        Reply again = Api.at(base).post("api/tokens", "{\"username\":\"" + username + "\",\"password\":\"long enough pw\"}");
        assertEquals(401, again.status());
    }

    @Test
    void bad_input_is_answered_with_the_status_and_the_field_at_fault() {
        Api admin = admin();
        Reply blank = admin.post("api/teams", "{\"name\":\"\",\"stage\":\"SIDEWAYS\"}");
        assertEquals(400, blank.status());
        assertEquals("name", blank.errorField());
        assertEquals("stage", blank.json().getJsonArray("errors").getJsonObject(1).getString("field"));

        Reply malformed = admin.post("api/people", "{\"name\": \"Ana\", ");
        assertEquals(400, malformed.status());
        assertFalse(malformed.body().contains("at org."), "no stack trace: " + malformed.body());

        Reply wrongType = admin.post("api/people", "{\"name\":\"Ana\",\"username\":\"ana1\",\"email\":\"a@b.org\",\"teamId\":\"twelve\"}");
        assertEquals(400, wrongType.status(), wrongType.body());

        Reply noBody = admin.send("POST", "api/teams", "application/json", "");
        assertEquals(400, noBody.status(), noBody.body());

        Reply badEmail = admin.post("api/people", person("Ana", unique("ana"), null).replace("@test.example", "-at-nowhere"));
        assertEquals(400, badEmail.status());
        assertEquals("email", badEmail.errorField());

        Reply missingTeam = admin.post("api/people", person("Ana", unique("ana"), 987654L));
        assertEquals(422, missingTeam.status());
        assertEquals("teamId", missingTeam.errorField());

        Reply unknown = admin.get("api/teams/987654");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().getString("message").contains("987654"));

        Reply taken = admin.post("api/people", person("Another Admin", "ADMIN", null));
        assertEquals(409, taken.status());
        assertEquals("username", taken.errorField());

        Reply sameTeam = admin.post("api/teams", team("it service desk", "BACK"));
        assertEquals(409, sameTeam.status(), "team names are unique whatever their case");

        Reply noPermission = Api.at(base).as("front", "demo").post("api/teams", team(unique("Mine"), "FRONT"));
        assertEquals(403, noPermission.status());
        Reply noToken = Api.at(base).get("api/people");
        assertEquals(401, noToken.status());
        assertNotNull(noToken.json().getString("message"));

        Reply wrongMethod = admin.send("DELETE", "api/teams/1", null, null);
        assertEquals(405, wrongMethod.status());
        Reply wrongMedia = admin.send("POST", "api/teams", "text/plain", "name=x");
        assertEquals(415, wrongMedia.status());
    }

    @Test
    void nothing_half_written_stays_behind_a_refused_request() {
        Api admin = admin();
        String username = unique("half");
        Reply refused = admin.post("api/people", person("Half Written", username, 987654L));
        assertEquals(422, refused.status());
        assertEquals(0, admin.get("api/people?includeInactive=true&q=" + username).json().getInt("total"));
    }

    @Test
    void the_same_person_created_several_times_at_once_is_stored_once_and_the_others_hear_of_the_conflict()
            throws Exception {
        Api admin = admin();
        String username = unique("twice");
        List<Reply> answered = Api.atOnce(8, i -> admin.post("api/people", person("Tam Twice", username, null)));
        List<Integer> statuses = answered.stream().map(Reply::status).toList();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        for (Reply reply : answered) {
            if (reply.status() != 201) {
                // Refused by the check before the write, or by the unique key when both checked at once.
                assertEquals(409, reply.status(), reply.body());
                assertEquals(409, reply.json().getInt("status"), reply.body());
            }
        }
        assertEquals(1, admin.get("api/people?includeInactive=true&q=" + username).json().getInt("total"));
    }

    @Test
    void tokens_are_listed_without_their_value_and_a_revoked_token_stops_working() {
        Api front = Api.at(base).as("front", "demo");
        JsonObject mine = front.get("api/tokens").array().getJsonObject(0);
        assertFalse(mine.containsKey("token"), "a token's value is shown only once");
        long id = mine.getJsonNumber("id").longValue();

        assertEquals(404, Api.at(base).as("back", "demo").delete("api/tokens/" + id).status(),
                "someone else's token cannot be revoked, or even seen to exist");
        assertEquals(204, front.delete("api/tokens/" + id).status());
        assertEquals(401, front.get("api/teams").status());
    }

    @Test
    void wrong_passwords_are_refused_and_then_throttled() {
        String username = unique("guess");
        for (int i = 0; i < 5; i++) {
            Reply wrong = Api.at(base).post("api/tokens", "{\"username\":\"" + username + "\",\"password\":\"nope" + i + "\"}");
            assertEquals(401, wrong.status(), wrong.body());
        }
        Reply throttled = Api.at(base).post("api/tokens", "{\"username\":\"" + username + "\",\"password\":\"nope\"}");
        assertEquals(429, throttled.status());
        assertNotNull(throttled.header("Retry-After"));
    }

    @Test
    void every_response_carries_the_security_headers_and_the_operations_endpoints_answer() {
        for (String path : new String[] {"api/teams", "", "security/login.xhtml"}) {
            Reply reply = Api.at(base).get(path);
            assertTrue(reply.header("Content-Security-Policy").contains("frame-ancestors 'none'"), path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertEquals("same-origin", reply.header("Referrer-Policy"), path);
        }
        URL root = rootOf(base);
        Reply health = Api.at(root).get("health");
        assertEquals(200, health.status(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
        Reply openapi = Api.at(root).getAny("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/teams"), "the API is described");
        assertEquals(200, Api.at(root).getAny("metrics").status());
    }

    static URL rootOf(URL base) {
        try {
            return new URL(base.getProtocol(), base.getHost(), base.getPort(), "/");
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
