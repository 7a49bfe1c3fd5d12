package org.curtaincall.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
 * Every API endpoint called as nobody, an employee, a team lead, HR and an admin. Allowed calls must succeed (2xx);
 * refused ones must answer 401 for nobody and 403 for a signed-in caller. The test prints the whole matrix and fails
 * on any mismatch.
 */
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    private static final String NOBODY = "nobody";
    private static final Set<String> EVERYONE = Set.of(NOBODY, "EMPLOYEE", "TEAM_LEAD", "HR", "ADMIN");
    private static final Set<String> SIGNED_IN = Set.of("EMPLOYEE", "TEAM_LEAD", "HR", "ADMIN");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    /** The IT Service Desk's lead ("lead") and admins manage its webhook. */
    private static final Set<String> ADMIN_OR_ITS_LEAD = Set.of("TEAM_LEAD", "ADMIN");

    /** The demo sign-in that stands for each role. */
    private static final Map<String, String> ACCOUNTS = new LinkedHashMap<>();

    static {
        ACCOUNTS.put(NOBODY, null);
        ACCOUNTS.put("EMPLOYEE", "front");
        ACCOUNTS.put("TEAM_LEAD", "lead");
        ACCOUNTS.put("HR", "hr");
        ACCOUNTS.put("ADMIN", "admin");
    }

    record Endpoint(String name, Set<String> allowed, Function<Api, Reply> call) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private List<Endpoint> endpoints(long teamId, long personId) {
        return List.of(
                new Endpoint("POST /api/tokens", EVERYONE,
                        api -> api.post("api/tokens", "{\"username\":\"back\",\"password\":\"demo\"}")),
                new Endpoint("GET /api/tokens", SIGNED_IN, api -> api.get("api/tokens")),
                new Endpoint("DELETE /api/tokens/{id}", SIGNED_IN, api -> {
                    // Each caller revokes a token of their own, made for this purpose.
                    var mine = api.get("api/tokens");
                    long id = mine.status() == 200 ? mine.array().getJsonObject(0).getJsonNumber("id").longValue() : 1;
                    return api.delete("api/tokens/" + id);
                }),
                new Endpoint("GET /api/teams", SIGNED_IN, api -> api.get("api/teams")),
                new Endpoint("POST /api/teams", ADMIN, api -> api.post("api/teams",
                        Json.createObjectBuilder().add("name", "Matrix " + unique()).add("stage", "BACK").build().toString())),
                new Endpoint("GET /api/teams/{id}", SIGNED_IN, api -> api.get("api/teams/" + teamId)),
                new Endpoint("PUT /api/teams/{id}", ADMIN, api -> api.put("api/teams/" + teamId,
                        Json.createObjectBuilder().add("name", "Matrix team").add("stage", "BACK").build().toString())),
                new Endpoint("GET /api/people", SIGNED_IN, api -> api.get("api/people")),
                new Endpoint("POST /api/people", ADMIN, api -> {
                    String username = "matrix-" + unique();
                    return api.post("api/people", Json.createObjectBuilder().add("name", "Matrix Person")
                            .add("username", username).add("email", username + "@test.example").build().toString());
                }),
                new Endpoint("GET /api/people/{id}", SIGNED_IN, api -> api.get("api/people/" + personId)),
                new Endpoint("PUT /api/people/{id}", ADMIN, api -> api.put("api/people/" + personId,
                        Json.createObjectBuilder().add("name", "Matrix Subject").add("username", "matrix-subject")
                                .add("email", "matrix-subject@test.example").build().toString())),
                new Endpoint("PUT /api/people/{id}/password", ADMIN, api -> api.put("api/people/" + personId + "/password",
                        "{\"password\":\"a fine password\"}")),
                new Endpoint("GET /api/ping", EVERYONE, api -> api.get("api/ping")));
    }

    private static final Set<String> LEAD_AND_HR = Set.of("TEAM_LEAD", "HR");
    private static final Set<String> HR = Set.of("HR");

    /**
     * The anonymous reports. The reports concern IT Service Desk, which the demo lead leads. Calls that change a report
     * for good (a status step, hiding, redaction) each get a fresh report so that every allowed call can succeed.
     */
    private List<Endpoint> listeningEndpoints(Api admin) {
        Api back = Api.at(base).as("back", "demo");
        Api hr = Api.at(base).as("hr", "demo");
        long itDesk = admin.teamId("IT Service Desk");
        Function<String, String[]> fresh = word -> {
            String title = "Matrix report " + word + " " + unique();
            String receipt = back.post("api/reports", Json.createObjectBuilder().add("kind", "QUESTION")
                    .add("teamId", itDesk).add("title", title).add("description", "About " + word + ".")
                    .add("customerImpact", "NONE").build().toString()).json().getString("receipt");
            String id = hr.get("api/reports").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(r -> r.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
            return new String[] {id, receipt};
        };
        String[] shared = fresh.apply("shared");
        String id = shared[0];
        hr.post("api/reports/" + id + "/public", "");
        return List.of(
                new Endpoint("POST /api/reports", SIGNED_IN, api -> api.post("api/reports", Json.createObjectBuilder()
                        .add("kind", "SUGGESTION").add("title", "Matrix " + unique()).add("description", "d")
                        .add("customerImpact", "NONE").build().toString())),
                new Endpoint("GET /api/reports/receipt", EVERYONE,
                        api -> api.withHeader("X-Receipt", shared[1]).get("api/reports/receipt")),
                new Endpoint("POST /api/reports/receipt/replies", EVERYONE, api -> api.withHeader("X-Receipt", shared[1])
                        .post("api/reports/receipt/replies", "{\"message\":\"Matrix reply\"}")),
                new Endpoint("GET /api/reports", LEAD_AND_HR, api -> api.get("api/reports")),
                new Endpoint("GET /api/reports/public", SIGNED_IN, api -> api.get("api/reports/public")),
                new Endpoint("GET /api/reports/{id}", LEAD_AND_HR, api -> api.get("api/reports/" + id)),
                new Endpoint("POST /api/reports/{id}/status", LEAD_AND_HR, api -> api.post("api/reports/"
                        + fresh.apply("status")[0] + "/status", "{\"status\":\"ACKNOWLEDGED\",\"message\":\"Seen.\"}")),
                new Endpoint("POST /api/reports/{id}/answers", LEAD_AND_HR,
                        api -> api.post("api/reports/" + id + "/answers", "{\"message\":\"Matrix answer\"}")),
                new Endpoint("POST /api/reports/{id}/public", HR, api -> api.post("api/reports/" + id + "/public", "")),
                new Endpoint("POST /api/reports/{id}/me-too", SIGNED_IN,
                        api -> api.post("api/reports/" + id + "/me-too", "")),
                new Endpoint("POST /api/reports/{id}/hide", HR,
                        api -> api.post("api/reports/" + fresh.apply("hide")[0] + "/hide", "")),
                new Endpoint("POST /api/reports/{id}/replies/{replyId}/hide", HR, api -> {
                    String reportId = fresh.apply("reply")[0];
                    String replyId = hr.post("api/reports/" + reportId + "/answers", "{\"message\":\"To hide\"}").json()
                            .getJsonArray("messages").getJsonObject(0).getString("id");
                    return api.post("api/reports/" + reportId + "/replies/" + replyId + "/hide", "");
                }),
                new Endpoint("POST /api/reports/{id}/redact", HR, api -> api.post("api/reports/"
                        + fresh.apply("secretword")[0] + "/redact", "{\"text\":\"secretword\"}")));
    }

    private static String kudos(long teamId, String message) {
        return Json.createObjectBuilder().add("teamId", teamId).add("rating", 4).add("message", message).build().toString();
    }

    private static long idOr(Reply reply, long fallback) {
        return reply.status() / 100 == 2 ? reply.json().getJsonNumber("id").longValue() : fallback;
    }

    /** Recognition: each caller edits and withdraws kudos of their own and marks their own notification read. */
    private List<Endpoint> recognitionEndpoints(long teamId, long itDeskId, long publicKudosId, long[] toHide) {
        int[] hidden = {0};
        return List.of(
                new Endpoint("POST /api/kudos", SIGNED_IN, api -> api.post("api/kudos", kudos(teamId, "Matrix thanks " + unique()))),
                new Endpoint("GET /api/kudos", SIGNED_IN, api -> api.get("api/kudos?teamId=" + teamId)),
                new Endpoint("GET /api/kudos/mine", SIGNED_IN, api -> api.get("api/kudos/mine")),
                new Endpoint("GET /api/kudos/{id}", SIGNED_IN, api -> api.get("api/kudos/" + publicKudosId)),
                new Endpoint("PUT /api/kudos/{id}", SIGNED_IN, api -> {
                    long own = idOr(api.post("api/kudos", kudos(teamId, "Matrix edit " + unique())), publicKudosId);
                    return api.put("api/kudos/" + own, kudos(teamId, "Matrix edited " + unique()));
                }),
                new Endpoint("DELETE /api/kudos/{id}", SIGNED_IN, api -> {
                    long own = idOr(api.post("api/kudos", kudos(teamId, "Matrix withdraw " + unique())), publicKudosId);
                    return api.delete("api/kudos/" + own);
                }),
                new Endpoint("POST /api/kudos/{id}/applause", SIGNED_IN, api -> api.post("api/kudos/" + publicKudosId + "/applause", "")),
                new Endpoint("POST /api/kudos/{id}/hide", ADMIN, api -> api.post("api/kudos/" + toHide[hidden[0]++ % toHide.length]
                        + "/hide", "{\"reason\":\"matrix check\"}")),
                new Endpoint("GET /api/teams/{id}/kudos", SIGNED_IN, api -> api.get("api/teams/" + teamId + "/kudos")),
                new Endpoint("GET /api/teams/{id}/webhook", ADMIN_OR_ITS_LEAD, api -> api.get("api/teams/" + itDeskId + "/webhook")),
                new Endpoint("PUT /api/teams/{id}/webhook", ADMIN_OR_ITS_LEAD, api -> api.put("api/teams/" + itDeskId + "/webhook",
                        "{\"url\":\"https://hooks.example.invalid/matrix\"}")),
                new Endpoint("DELETE /api/teams/{id}/webhook", ADMIN_OR_ITS_LEAD, api -> api.delete("api/teams/" + itDeskId + "/webhook")),
                new Endpoint("GET /api/notifications", SIGNED_IN, api -> api.get("api/notifications")),
                new Endpoint("GET /api/notifications/unread", SIGNED_IN, api -> api.get("api/notifications/unread")),
                new Endpoint("POST /api/notifications/{id}/read", SIGNED_IN, api -> {
                    var mine = api.get("api/notifications");
                    long id = mine.status() == 200 && !mine.json().getJsonArray("items").isEmpty()
                            ? mine.json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue() : 1;
                    return api.post("api/notifications/" + id + "/read", "");
                }),
                new Endpoint("POST /api/notifications/read", SIGNED_IN, api -> api.post("api/notifications/read", "")),
                new Endpoint("GET /api/values", SIGNED_IN, api -> api.get("api/values")),
                new Endpoint("POST /api/values", ADMIN, api -> api.post("api/values", "{\"name\":\"Matrix " + unique() + "\"}")),
                new Endpoint("PUT /api/values/{id}", ADMIN, api -> api.put("api/values/1", "{\"name\":\"Customer first\"}")),
                new Endpoint("GET /api/settings/mail", ADMIN, api -> api.get("api/settings/mail")),
                new Endpoint("PUT /api/settings/mail", ADMIN, api -> api.put("api/settings/mail",
                        "{\"host\":\"\",\"port\":25,\"from\":\"kudos@test.example\"}")));
    }

    private static final Set<String> HR_AND_ADMIN = Set.of("HR", "ADMIN");

    /** Insights: read-only reports for HR and admins, plus starting a themes run. */
    private List<Endpoint> insightsEndpoints(long frontTeamId, long backTeamId) {
        return List.of(
                new Endpoint("GET /api/insights/themes", HR_AND_ADMIN, api -> api.get("api/insights/themes")),
                new Endpoint("POST /api/insights/themes/recompute", HR_AND_ADMIN,
                        api -> api.post("api/insights/themes/recompute", "")),
                new Endpoint("GET /api/insights/themes/progress", HR_AND_ADMIN,
                        api -> api.get("api/insights/themes/progress")),
                new Endpoint("GET /api/insights/trends", HR_AND_ADMIN, api -> api.get("api/insights/trends")),
                new Endpoint("GET /api/insights/heatmap", HR_AND_ADMIN, api -> api.get("api/insights/heatmap")),
                new Endpoint("GET /api/insights/heatmap/{front}/{back}", HR_AND_ADMIN,
                        api -> api.get("api/insights/heatmap/" + frontTeamId + "/" + backTeamId)),
                new Endpoint("GET /api/insights/listening", HR_AND_ADMIN, api -> api.get("api/insights/listening")),
                new Endpoint("GET /api/insights/export/{table}", HR_AND_ADMIN,
                        api -> api.getAny("api/insights/export/kudos-per-month")));
    }

    @Test
    void every_endpoint_allows_exactly_the_roles_it_should() {
        Api admin = Api.at(base).as("admin", "demo");
        long teamId = admin.post("api/teams", Json.createObjectBuilder().add("name", "Matrix team")
                .add("stage", "BACK").build().toString()).json().getJsonNumber("id").longValue();
        long personId = admin.post("api/people", Json.createObjectBuilder().add("name", "Matrix Subject")
                .add("username", "matrix-subject").add("email", "matrix-subject@test.example").build().toString())
                .json().getJsonNumber("id").longValue();

        long itDeskId = admin.teamId("IT Service Desk");
        Api back = Api.at(base).as("back", "demo");
        long publicKudosId = back.post("api/kudos", kudos(teamId, "Matrix kudos everyone may read")).json()
                .getJsonNumber("id").longValue();
        long[] toHide = {back.post("api/kudos", kudos(teamId, "Matrix kudos to hide")).json().getJsonNumber("id").longValue()};
        // Every caller gets a notification of their own: the admin hides kudos they gave, which tells the giver.
        for (String username : List.of("front", "lead", "hr", "admin")) {
            long own = Api.at(base).as(username, "demo").post("api/kudos", kudos(teamId, "Matrix notice " + username))
                    .json().getJsonNumber("id").longValue();
            admin.post("api/kudos/" + own + "/hide", "{\"reason\":\"matrix notice\"}");
        }
        List<Endpoint> all = new ArrayList<>(endpoints(teamId, personId));
        all.addAll(recognitionEndpoints(teamId, itDeskId, publicKudosId, toHide));

        List<String> mismatches = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-46s", "endpoint"));
        ACCOUNTS.keySet().forEach(role -> table.append(String.format("%-11s", role)));
        all.addAll(listeningEndpoints(admin));
        all.addAll(insightsEndpoints(1, itDeskId));
        for (Endpoint endpoint : all) {
            table.append(String.format("%n%-46s", endpoint.name()));
            for (var account : ACCOUNTS.entrySet()) {
                String role = account.getKey();
                Api api = account.getValue() == null ? Api.at(base) : Api.at(base).as(account.getValue(), "demo");
                Reply reply = endpoint.call().apply(api);
                boolean allowed = endpoint.allowed().contains(role);
                boolean ok = allowed
                        ? reply.status() >= 200 && reply.status() < 300
                        : reply.status() == (role.equals(NOBODY) ? 401 : 403);
                table.append(String.format("%-11s", reply.status() + (ok ? "" : " !!")));
                if (!ok) {
                    mismatches.add(endpoint.name() + " as " + role + ": expected " + (allowed ? "2xx" : "refusal")
                            + ", got " + reply);
                }
            }
        }
        System.out.println(table);
        assertEquals(List.of(), mismatches, "role matrix mismatches:\n" + table);
    }
}
