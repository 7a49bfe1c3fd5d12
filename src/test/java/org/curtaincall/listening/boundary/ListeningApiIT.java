package org.curtaincall.listening.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.curtaincall.platform.Api;
import org.curtaincall.platform.Api.Reply;
import org.curtaincall.platform.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The listening API from outside: filing, the receipt, triage, "me too", moderation and every refusal. */
@ExtendWith(ArquillianExtension.class)
class ListeningApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    private Api back;
    private Api hr;
    private Api lead;
    private long itDesk;
    private long storeFloor;

    @BeforeEach
    void signIn() {
        back = Api.at(base).as("back", "demo");
        hr = Api.at(base).as("hr", "demo");
        lead = Api.at(base).as("lead", "demo");
        itDesk = hr.teamId("IT Service Desk");
        storeFloor = hr.teamId("Store Floor");
    }

    @Test
    void an_employee_files_a_report_and_the_receipt_alone_opens_it_without_a_sign_in() {
        String title = "VPN drops every hour " + unique();
        Reply filed = back.post("api/reports", Json.createObjectBuilder().add("kind", "PROCESS_BREAKAGE")
                .add("teamId", itDesk).add("title", title).add("description", "The VPN drops and orders are lost.")
                .add("customerImpact", "SEVERE").add("suggestedFix", "Longer VPN sessions.").build().toString());
        assertEquals(201, filed.status(), filed.toString());
        assertEquals(Set.of("receipt"), filed.json().keySet(), "nothing but the receipt comes back");
        assertNull(filed.header("Location"), "no address that names the report");
        assertEquals("no-store", filed.header("Cache-Control").split(",")[0].strip());
        String receipt = filed.json().getString("receipt");
        assertTrue(receipt.matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"), receipt);

        Reply opened = Api.at(base).withHeader("X-Receipt", receipt).get("api/reports/receipt");
        assertEquals(200, opened.status(), opened.toString());
        JsonObject report = opened.json();
        assertEquals(title, report.getString("title"));
        assertEquals("NEW", report.getString("status"));
        assertEquals("IT Service Desk", report.getString("teamName"));
        assertEquals("SEVERE", report.getString("customerImpact"));
        assertEquals("Longer VPN sessions.", report.getString("suggestedFix"));
        assertFalse(report.containsKey("id"), "the reporter's view has no id to pass around");

        String typedLoosely = receipt.toLowerCase().replace("-", " ");
        assertEquals(200, Api.at(base).withHeader("X-Receipt", typedLoosely).get("api/reports/receipt").status());
    }

    @Test
    void a_report_with_missing_or_wrong_fields_is_refused_naming_the_field() {
        Reply nobody = Api.at(base).post("api/reports", report("Title", itDesk));
        assertEquals(401, nobody.status());
        Reply noTitle = back.post("api/reports", "{\"kind\":\"QUESTION\",\"description\":\"d\",\"customerImpact\":\"NONE\"}");
        assertEquals(400, noTitle.status());
        assertEquals("title", noTitle.errorField());
        Reply badKind = back.post("api/reports", "{\"kind\":\"RANT\",\"title\":\"t\",\"description\":\"d\",\"customerImpact\":\"NONE\"}");
        assertEquals(400, badKind.status());
        assertEquals("kind", badKind.errorField());
        Reply badImpact = back.post("api/reports", "{\"kind\":\"QUESTION\",\"title\":\"t\",\"description\":\"d\",\"customerImpact\":\"HUGE\"}");
        assertEquals("customerImpact", badImpact.errorField());
        Reply noTeam = back.post("api/reports", report("Unknown team", 987_654));
        assertEquals(422, noTeam.status());
        assertEquals("teamId", noTeam.errorField());
        Reply longTitle = back.post("api/reports", report("x".repeat(161), itDesk));
        assertEquals(400, longTitle.status());
        assertEquals("title", longTitle.errorField());
        assertEquals(400, back.post("api/reports", "").status());
        assertEquals(400, back.post("api/reports", "{not json").status());
    }

    @Test
    void a_wrong_receipt_gets_one_plain_answer_and_repeated_tries_are_throttled() {
        String receipt = file("Throttled " + unique(), itDesk);
        String wrongSecret = receipt.substring(0, 9) + "-0000-0000-0000";
        Reply wrong = Api.at(base).withHeader("X-Receipt", wrongSecret).get("api/reports/receipt");
        Reply unknown = Api.at(base).withHeader("X-Receipt", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ").get("api/reports/receipt");
        Reply garbage = Api.at(base).withHeader("X-Receipt", "let me in").get("api/reports/receipt");
        for (Reply reply : List.of(wrong, unknown, garbage)) {
            assertEquals(404, reply.status(), reply.toString());
            assertEquals("receipt", reply.errorField());
        }
        assertEquals(wrong.json().getString("message"), unknown.json().getString("message"),
                "a known locator with a wrong secret answers exactly like an unknown one");
        Reply missing = Api.at(base).get("api/reports/receipt");
        assertEquals(422, missing.status());
        assertEquals("receipt", missing.errorField());

        for (int i = 0; i < 4; i++) {
            assertEquals(404, Api.at(base).withHeader("X-Receipt", wrongSecret).get("api/reports/receipt").status());
        }
        Reply throttled = Api.at(base).withHeader("X-Receipt", wrongSecret).get("api/reports/receipt");
        assertEquals(429, throttled.status(), throttled.toString());
        assertNotNull(throttled.header("Retry-After"));
        assertTrue(throttled.json().getString("message").contains("Too many failed attempts"));
        assertEquals(429, Api.at(base).withHeader("X-Receipt", receipt).get("api/reports/receipt").status(),
                "while throttled, even the right receipt waits");
    }

    @Test
    void team_leads_triage_reports_about_their_teams_and_hr_triages_all() {
        String mine = "Printer queue stuck " + unique();
        String other = "Shelf labels wrong " + unique();
        String receipt = file(mine, itDesk);
        file(other, storeFloor);

        List<String> leadSees = titles(lead.get("api/reports"));
        assertTrue(leadSees.contains(mine), leadSees.toString());
        assertFalse(leadSees.contains(other), "a lead sees only reports about the teams they lead");
        List<String> hrSees = titles(hr.get("api/reports"));
        assertTrue(hrSees.containsAll(List.of(mine, other)));
        assertEquals(403, back.get("api/reports").status());
        assertEquals(401, Api.at(base).get("api/reports").status());

        String otherId = idOf(other);
        assertEquals(403, lead.post("api/reports/" + otherId + "/status", status("ACKNOWLEDGED", "Seen.")).status());
        assertEquals(403, lead.get("api/reports/" + otherId).status());
        assertEquals(404, hr.get("api/reports/no-such-report").status());

        String id = idOf(mine);
        JsonObject fresh = lead.get("api/reports/" + id).json();
        assertEquals("NEW", fresh.getString("status"));
        assertEquals(List.of("ACKNOWLEDGED"), fresh.getJsonArray("nextStatuses").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(fresh.getBoolean("overdue"));

        Reply skip = lead.post("api/reports/" + id + "/status", status("RESOLVED", "Done."));
        assertEquals(422, skip.status());
        assertEquals("status", skip.errorField());
        Reply noMessage = lead.post("api/reports/" + id + "/status", "{\"status\":\"ACKNOWLEDGED\"}");
        assertEquals(400, noMessage.status());
        assertEquals("message", noMessage.errorField());
        Reply unknownStatus = lead.post("api/reports/" + id + "/status", status("DONE", "x"));
        assertEquals(400, unknownStatus.status());
        assertEquals("status", unknownStatus.errorField());

        Reply acknowledged = lead.post("api/reports/" + id + "/status", status("ACKNOWLEDGED", "We are on it."));
        assertEquals(200, acknowledged.status(), acknowledged.toString());
        assertEquals("ACKNOWLEDGED", acknowledged.json().getString("status"));
        assertEquals(201, hr.post("api/reports/" + id + "/answers", "{\"message\":\"Which floor?\"}").status());

        Api reporter = Api.at(base).withHeader("X-Receipt", receipt);
        JsonObject seen = reporter.get("api/reports/receipt").json();
        assertEquals("ACKNOWLEDGED", seen.getString("status"));
        var messages = seen.getJsonArray("messages");
        assertEquals("We are on it.", messages.getJsonObject(0).getString("body"));
        assertEquals("ACKNOWLEDGED", messages.getJsonObject(0).getString("newStatus"));
        assertEquals("Which floor?", messages.getJsonObject(1).getString("body"));

        Reply reply = reporter.post("api/reports/receipt/replies", "{\"message\":\"Second floor.\"}");
        assertEquals(201, reply.status(), reply.toString());
        Reply blankReply = reporter.post("api/reports/receipt/replies", "{\"message\":\" \"}");
        assertEquals(400, blankReply.status());
        assertEquals("message", blankReply.errorField());
        assertEquals(404, Api.at(base).withHeader("X-Receipt", "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZY")
                .post("api/reports/receipt/replies", "{\"message\":\"Hi\"}").status());

        JsonObject afterReply = lead.get("api/reports/" + id).json();
        assertEquals("REPORTER", afterReply.getJsonArray("messages").getJsonObject(2).getString("side"));
        assertEquals("Second floor.", afterReply.getJsonArray("messages").getJsonObject(2).getString("body"));

        assertEquals(200, lead.post("api/reports/" + id + "/status", status("IN_PROGRESS", "Fixing.")).status());
        JsonObject resolved = lead.post("api/reports/" + id + "/status", status("RESOLVED", "Fixed.")).json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertEquals(0, resolved.getInt("daysToResolve"));
        assertEquals(422, hr.post("api/reports/" + id + "/status", status("DECLINED", "No.")).status(),
                "a resolved report is final");
    }

    @Test
    void employees_say_me_too_once_on_public_reports_and_nobody_can_see_who() {
        String title = "Rota app logs us out " + unique();
        file(title, itDesk);
        String id = idOf(title);
        Api front = Api.at(base).as("front", "demo");

        assertEquals(404, front.post("api/reports/" + id + "/me-too", "").status(), "not public yet");
        assertFalse(titles(front.get("api/reports/public")).contains(title));
        assertEquals(403, lead.post("api/reports/" + id + "/public", "").status());
        assertEquals(200, hr.post("api/reports/" + id + "/public", "").status());

        Reply first = front.post("api/reports/" + id + "/me-too", "");
        assertEquals(201, first.status(), first.toString());
        assertEquals(1, first.json().getInt("meToo"));
        Reply again = front.post("api/reports/" + id + "/me-too", "");
        assertEquals(409, again.status());
        assertEquals("meToo", again.errorField());
        assertEquals(2, back.post("api/reports/" + id + "/me-too", "").json().getInt("meToo"));
        assertEquals(401, Api.at(base).post("api/reports/" + id + "/me-too", "").status());

        JsonObject listed = front.get("api/reports/public").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals(title)).findFirst().orElseThrow();
        assertEquals(2, listed.getInt("meToo"));
        assertTrue(listed.getBoolean("meTooByMe"));
        JsonObject forLead = Api.at(base).as("lead", "demo").get("api/reports/public").array()
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("title").equals(title))
                .findFirst().orElseThrow();
        assertFalse(forLead.getBoolean("meTooByMe"));
        assertEquals(2, hr.get("api/reports/" + id).json().getInt("meToo"));
    }

    @Test
    void hr_redacts_identifying_text_for_good_and_hides_abuse() {
        String title = "Night shift hand-over " + unique();
        String receipt = back.post("api/reports", Json.createObjectBuilder().add("kind", "SUGGESTION")
                .add("teamId", itDesk).add("title", title)
                .add("description", "As Jonas Weber from the night shift I keep losing the hand-over sheet.")
                .add("customerImpact", "NONE").build().toString()).json().getString("receipt");
        String id = idOf(title);
        Api reporter = Api.at(base).withHeader("X-Receipt", receipt);
        reporter.post("api/reports/receipt/replies", "{\"message\":\"Jonas Weber again: any news?\"}");
        reporter.post("api/reports/receipt/replies", "{\"message\":\"You are all useless.\"}");

        assertEquals(403, lead.post("api/reports/" + id + "/redact", "{\"text\":\"Jonas Weber\"}").status());
        Reply absent = hr.post("api/reports/" + id + "/redact", "{\"text\":\"Maria Lopez\"}");
        assertEquals(422, absent.status());
        assertEquals("text", absent.errorField());
        Reply redacted = hr.post("api/reports/" + id + "/redact", "{\"text\":\"Jonas Weber\"}");
        assertEquals(200, redacted.status(), redacted.toString());
        assertTrue(redacted.json().containsKey("redactedOn"));

        JsonObject seen = reporter.get("api/reports/receipt").json();
        assertFalse(seen.toString().contains("Jonas"), seen.toString());
        assertTrue(seen.getString("description").contains("[redacted]"));
        assertEquals(seen.getString("redactedOn"), redacted.json().getString("redactedOn"));

        var messages = hr.get("api/reports/" + id).json().getJsonArray("messages");
        String abusive = messages.getJsonObject(1).getString("id");
        assertEquals(403, lead.post("api/reports/" + id + "/replies/" + abusive + "/hide", "").status());
        assertEquals(404, hr.post("api/reports/" + id + "/replies/no-such-reply/hide", "").status());
        assertEquals(200, hr.post("api/reports/" + id + "/replies/" + abusive + "/hide", "").status());
        JsonObject afterHide = reporter.get("api/reports/receipt").json().getJsonArray("messages").getJsonObject(1);
        assertTrue(afterHide.getBoolean("hidden"));
        assertFalse(afterHide.containsKey("body") && !afterHide.isNull("body"), afterHide.toString());

        assertEquals(403, back.post("api/reports/" + id + "/hide", "").status());
        assertEquals(200, hr.post("api/reports/" + id + "/hide", "").status());
        assertFalse(titles(lead.get("api/reports")).contains(title), "a hidden report leaves the lead's board");
        assertTrue(titles(hr.get("api/reports")).contains(title), "HR still sees it");
        assertTrue(reporter.get("api/reports/receipt").json().getBoolean("hidden"));
        Reply noReply = reporter.post("api/reports/receipt/replies", "{\"message\":\"Hello?\"}");
        assertEquals(422, noReply.status());
    }

    private String file(String title, long teamId) {
        Reply filed = back.post("api/reports", report(title, teamId));
        assertEquals(201, filed.status(), filed.toString());
        return filed.json().getString("receipt");
    }

    private String idOf(String title) {
        return hr.get("api/reports").array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("title").equals(title)).findFirst().orElseThrow().getString("id");
    }

    private static List<String> titles(Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.array().getValuesAs(JsonObject.class).stream().map(r -> r.getString("title")).toList();
    }

    private static String report(String title, long teamId) {
        return Json.createObjectBuilder().add("kind", "PROCESS_BREAKAGE").add("teamId", teamId).add("title", title)
                .add("description", "It breaks every day.").add("customerImpact", "SOME").build().toString();
    }

    private static String status(String status, String message) {
        return Json.createObjectBuilder().add("status", status).add("message", message).build().toString();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
