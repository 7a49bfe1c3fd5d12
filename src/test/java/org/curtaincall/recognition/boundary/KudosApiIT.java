package org.curtaincall.recognition.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
 * The kudos API from outside: giving, the wall, applause, private feedback, editing, hiding, notifications, every
 * refusal with its status and message, and the e-mail and webhook alerts against real receivers in this JVM.
 */
@ExtendWith(ArquillianExtension.class)
class KudosApiIT {

    private static final String PASSWORD = "a fine password";
    /** The demo organisation's first team, on the front stage. */
    private static final long STORE_FLOOR = 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    /**
     * A fresh back-stage team with a lead and two members who can sign in, and a fresh giver on the store floor, so
     * that no test spends another's daily limit.
     */
    record Crew(long teamId, String teamName, long leadId, String lead, long memberId, String member, long otherId,
            String other, String giver, String giverName) {
    }

    private Api admin() {
        return Api.at(base).as("admin", "demo");
    }

    private Api as(String username) {
        return Api.at(base).as(username, username.equals("front") || username.equals("back") || username.equals("hr")
                || username.equals("lead") || username.equals("admin") ? "demo" : PASSWORD);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static long id(Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    private long person(Api admin, String name, String username, long teamId, String... roles) {
        JsonArrayBuilder roleList = Json.createArrayBuilder();
        for (String role : roles) {
            roleList.add(role);
        }
        Reply created = admin.post("api/people", Json.createObjectBuilder().add("name", name).add("username", username)
                .add("email", username + "@test.example").add("teamId", teamId).add("roles", roleList).build().toString());
        assertEquals(201, created.status(), created.body());
        long personId = id(created);
        assertEquals(204, admin.put("api/people/" + personId + "/password",
                Json.createObjectBuilder().add("password", PASSWORD).build().toString()).status());
        return personId;
    }

    private Crew crew() {
        Api admin = admin();
        String teamName = unique("Warehouse");
        long teamId = id(admin.post("api/teams", Json.createObjectBuilder().add("name", teamName).add("stage", "BACK")
                .build().toString()));
        String lead = unique("lead");
        String member = unique("member");
        String other = unique("other");
        long leadId = person(admin, "Lena Lead " + lead, lead, teamId, "TEAM_LEAD");
        long memberId = person(admin, "Max Member " + member, member, teamId);
        long otherId = person(admin, "Olga Other " + other, other, teamId);
        Reply appointed = admin.put("api/teams/" + teamId, Json.createObjectBuilder().add("name", teamName)
                .add("stage", "BACK").add("leadIds", Json.createArrayBuilder().add(leadId)).build().toString());
        assertEquals(200, appointed.status(), appointed.body());
        String giver = unique("giver");
        person(admin, "Gia Giver " + giver, giver, STORE_FLOOR);
        return new Crew(teamId, teamName, leadId, lead, memberId, member, otherId, other, giver, "Gia Giver " + giver);
    }

    private static String kudos(long teamId, int rating, String message, String story, long... people) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long p : people) {
            ids.add(p);
        }
        var builder = Json.createObjectBuilder().add("teamId", teamId).add("rating", rating).add("message", message)
                .add("personIds", ids);
        if (story != null) {
            builder.add("customerStory", story);
        }
        return builder.build().toString();
    }

    private static Set<Long> ids(Reply page) {
        return page.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static void assertRefused(Reply reply, int status, String field, String reasonPart) {
        assertEquals(status, reply.status(), reply.body());
        JsonObject body = reply.json();
        assertEquals(status, body.getInt("status"));
        if (field != null) {
            assertEquals(field, reply.errorField(), reply.body());
        }
        assertTrue(body.getString("message").contains(reasonPart), reply.body());
    }

    @Test
    void front_stage_kudos_with_a_customer_story_reach_the_wall_newest_first_and_collect_applause_once_per_person() {
        Crew crew = crew();
        Api front = as(crew.giver());
        Reply given = front.post("api/kudos", Json.createObjectBuilder().add("teamId", crew.teamId()).add("rating", 5)
                .add("message", "Found the last pair of size 44 boots in the back store.")
                .add("customerStory", "The customer walked in the rain in dry boots that afternoon.")
                .add("personIds", Json.createArrayBuilder().add(crew.memberId()))
                .add("values", Json.createArrayBuilder().add(1).add(2)).build().toString());
        assertEquals(201, given.status(), given.body());
        long kudosId = id(given);
        assertTrue(given.header("Location").endsWith("/api/kudos/" + kudosId));
        JsonObject view = given.json();
        assertEquals(crew.giverName(), view.getString("giverName"));
        assertEquals(crew.teamName(), view.getString("teamName"));
        assertEquals("Max Member " + crew.member(), view.getJsonArray("people").getJsonObject(0).getString("name"));
        assertEquals(List.of("Customer first", "One team"), view.getJsonArray("values").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertFalse(view.getBoolean("privateFeedback"));
        assertTrue(view.getBoolean("editable"));

        long newer = id(front.post("api/kudos", kudos(crew.teamId(), 4, "Rebooked the delivery van within the hour.", null)));
        Reply wall = as("back").get("api/kudos?teamId=" + crew.teamId() + "&size=1");
        assertEquals(200, wall.status());
        assertEquals(2, wall.json().getInt("total"));
        assertEquals(Set.of(newer), ids(wall), "newest first");
        assertEquals(Set.of(kudosId), ids(as("back").get("api/kudos?teamId=" + crew.teamId() + "&size=1&page=1")));
        assertEquals(Set.of(kudosId), ids(as("back").get("api/kudos?teamId=" + crew.teamId() + "&value=Customer%20first")));
        assertEquals(Set.of(kudosId, newer), ids(as("back").get("api/kudos?teamId=" + crew.teamId() + "&stage=FRONT")));
        assertEquals(Set.of(), ids(as("back").get("api/kudos?teamId=" + crew.teamId() + "&stage=BACK")));

        Api member = as(crew.member());
        Reply applause = member.post("api/kudos/" + kudosId + "/applause", "");
        assertEquals(200, applause.status(), applause.body());
        assertEquals(1, applause.json().getInt("applause"));
        assertRefused(member.post("api/kudos/" + kudosId + "/applause", ""), 409, null, "already applauded");
        assertRefused(front.post("api/kudos/" + kudosId + "/applause", ""), 422, null, "your own kudos");
        assertEquals(2, as(crew.other()).post("api/kudos/" + kudosId + "/applause", "").json().getInt("applause"));
        JsonObject seen = member.get("api/kudos/" + kudosId).json();
        assertEquals(2, seen.getInt("applause"));
        assertTrue(seen.getBoolean("applauded"));
        assertFalse(as("hr").get("api/kudos/" + kudosId).json().getBoolean("applauded"));
    }

    @Test
    void every_bad_request_is_refused_with_its_status_field_and_reason() {
        Crew crew = crew();
        Api front = as(crew.giver());
        String ok = "Sorted the refund in one call to the customer.";
        assertRefused(front.post("api/kudos", ""), 400, null, "not valid JSON");
        assertRefused(front.post("api/kudos", "{\"teamId\": \"many\"}"), 400, null, "not valid JSON");
        assertRefused(front.post("api/kudos", "{\"rating\": 4, \"message\": \"" + ok + "\"}"), 400, "teamId", "pick the back-stage team");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 0, ok, null)), 400, "rating", "from 1 to 5");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 6, ok, null)), 400, "rating", "from 1 to 5");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 4, "thanks!", null)), 400, "message", "10 to 2000");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 4, "x".repeat(2001), null)), 400, "message", "10 to 2000");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 4, "   ", null)), 400, "message", "no empty kudos");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 4, ok, "y".repeat(2001))), 400, "customerStory", "at most 2000");
        assertRefused(front.post("api/kudos", kudos(999_999, 4, ok, null)), 422, "teamId", "team 999999 does not exist");
        assertRefused(front.post("api/kudos", kudos(1, 4, ok, null)), 422, "teamId", "front stage");
        assertRefused(as(crew.member()).post("api/kudos", kudos(crew.teamId(), 4, ok, null)), 422, "teamId", "your own team");
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 4, ok, null, 4)), 422, "personIds", "is not in " + crew.teamName());
        assertRefused(front.post("api/kudos", Json.createObjectBuilder().add("teamId", crew.teamId()).add("rating", 4)
                .add("message", ok).add("values", Json.createArrayBuilder().add(987_654)).build().toString()),
                422, "values", "company value 987654 does not exist");
        assertRefused(Api.at(base).post("api/kudos", kudos(crew.teamId(), 4, ok, null)), 401, null, "sign in first");
        assertRefused(Api.at(base).get("api/kudos"), 401, null, "sign in first");
        assertRefused(front.get("api/kudos/999999"), 404, null, "Kudos 999999 does not exist");
        assertRefused(front.get("api/kudos?stage=MIDDLE"), 422, "stage", "FRONT or BACK");
        assertRefused(front.get("api/kudos?value=Courage"), 422, "value", "no company value is named Courage");
        assertRefused(front.post("api/values", "{\"name\":\"Courage\"}"), 403, null, "your role does not allow this");

        long kudosId = id(front.post("api/kudos", kudos(crew.teamId(), 4, ok, null)));
        assertRefused(as("back").put("api/kudos/" + kudosId, kudos(crew.teamId(), 5, ok, null)), 403, null,
                "only the person who gave these kudos");
        assertRefused(as("back").delete("api/kudos/" + kudosId), 403, null, "only the person who gave these kudos");
        assertRefused(front.post("api/kudos/" + kudosId + "/hide", "{\"reason\":\"spam spam\"}"), 403, null, "your role");
        assertRefused(admin().post("api/kudos/" + kudosId + "/hide", "{}"), 400, "reason", "say why");
        assertEquals(1, front.get("api/kudos?teamId=" + crew.teamId()).json().getInt("total"), "refusals wrote nothing");
    }

    @Test
    void a_change_in_the_directory_applies_to_the_next_kudos_at_once() {
        Crew crew = crew();
        Api admin = admin();
        Api front = as(crew.giver());
        String ok = "Rerouted the parcel before the customer noticed.";
        assertEquals(201, front.post("api/kudos", kudos(crew.teamId(), 5, ok, null, crew.otherId())).status());

        String newcomer = unique("newcomer");
        long newcomerId = person(admin, "Nia Newcomer " + newcomer, newcomer, crew.teamId());
        assertEquals(201, front.post("api/kudos", kudos(crew.teamId(), 5, ok, null, newcomerId)).status(),
                "a newcomer can be thanked at once");

        assertEquals(200, admin.put("api/people/" + crew.otherId(), Json.createObjectBuilder()
                .add("name", "Olga Other").add("username", crew.other()).add("email", crew.other() + "@test.example")
                .add("teamId", crew.teamId()).add("active", false).build().toString()).status());
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 5, ok, null, crew.otherId())), 422, "personIds",
                "is not in " + crew.teamName());

        assertEquals(200, admin.put("api/teams/" + crew.teamId(), Json.createObjectBuilder().add("name", crew.teamName())
                .add("stage", "BACK").add("active", false).build().toString()).status());
        assertRefused(front.post("api/kudos", kudos(crew.teamId(), 5, ok, null)), 422, "teamId", "is deactivated");
        assertEquals(2, as("hr").get("api/kudos?teamId=" + crew.teamId()).json().getInt("total"));
    }

    @Test
    void kudos_sent_at_once_near_the_daily_limit_stop_exactly_at_it() throws Exception {
        Crew crew = crew();
        String giverName = unique("hasty");
        person(admin(), "Hal Hasty", giverName, STORE_FLOOR);
        Api hasty = as(giverName);
        for (int i = 1; i <= 8; i++) {
            assertEquals(201, hasty.post("api/kudos", kudos(crew.teamId(), 4, "Thank you for hand-off number " + i + ".",
                    null)).status());
        }
        List<Reply> answered = Api.atOnce(8, i -> hasty.post("api/kudos",
                kudos(crew.teamId(), 4, "Sent in a hurry, number " + i + ".", null)));
        assertEquals(2, answered.stream().filter(r -> r.status() == 201).count(),
                answered.stream().map(Reply::status).toList().toString());
        for (Reply reply : answered) {
            if (reply.status() != 201) {
                assertRefused(reply, 429, null, "the daily limit");
            }
        }
        assertEquals(10, hasty.get("api/kudos/mine").json().getJsonArray("given").size());
    }

    @Test
    void the_daily_limit_stops_the_eleventh_kudos_of_the_day_even_after_withdrawing_one() {
        Crew crew = crew();
        String giverName = unique("eager");
        person(admin(), "Eve Eager", giverName, STORE_FLOOR);
        Api eager = as(giverName);
        long first = 0;
        for (int i = 1; i <= 10; i++) {
            Reply reply = eager.post("api/kudos", kudos(crew.teamId(), 4, "Thank you for hand-off number " + i + ".", null));
            assertEquals(201, reply.status(), reply.body());
            first = first == 0 ? id(reply) : first;
        }
        assertEquals(204, eager.delete("api/kudos/" + first).status());
        assertRefused(eager.post("api/kudos", kudos(crew.teamId(), 4, "One more thank-you for today.", null)), 429, null,
                "the daily limit");
    }

    @Test
    void a_low_rating_is_private_feedback_for_the_teams_leads_and_hr_never_on_the_wall() {
        Crew crew = crew();
        Reply given = as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 2,
                "The order arrived a day late and nobody told the store.", null));
        assertEquals(201, given.status(), given.body());
        long feedbackId = id(given);
        assertTrue(given.json().getBoolean("privateFeedback"));

        Api member = as(crew.member());
        assertFalse(ids(member.get("api/kudos?teamId=" + crew.teamId())).contains(feedbackId));
        assertFalse(ids(admin().get("api/kudos?size=50")).contains(feedbackId));
        assertRefused(member.get("api/kudos/" + feedbackId), 404, null, "does not exist");
        assertRefused(as("back").get("api/kudos/" + feedbackId), 404, null, "does not exist");
        assertRefused(admin().get("api/kudos/" + feedbackId), 404, null, "does not exist");
        assertRefused(member.post("api/kudos/" + feedbackId + "/applause", ""), 404, null, "does not exist");
        assertEquals(200, as(crew.lead()).get("api/kudos/" + feedbackId).status());
        assertEquals(200, as("hr").get("api/kudos/" + feedbackId).status());
        assertEquals(200, as(crew.giver()).get("api/kudos/" + feedbackId).status(), "the giver");

        JsonObject leadsPage = as(crew.lead()).get("api/teams/" + crew.teamId() + "/kudos").json();
        assertTrue(leadsPage.getBoolean("seesFeedback"));
        assertEquals(feedbackId, leadsPage.getJsonArray("feedback").getJsonObject(0).getJsonNumber("id").longValue());
        JsonObject membersPage = member.get("api/teams/" + crew.teamId() + "/kudos").json();
        assertFalse(membersPage.getBoolean("seesFeedback"));
        assertEquals(0, membersPage.getJsonArray("feedback").size());
        assertEquals(0, membersPage.getJsonArray("kudos").size());

        assertTrue(texts(as(crew.lead())).stream().anyMatch(t -> t.startsWith("Private hand-off feedback for " + crew.teamName())));
        assertTrue(texts(member).isEmpty(), "members are not told about private feedback");
    }

    @Test
    void the_team_page_averages_ratings_by_month_and_shows_the_customer_stories() {
        Crew crew = crew();
        Api front = as(crew.giver());
        long storyId = id(front.post("api/kudos", kudos(crew.teamId(), 5, "Packed the whole order overnight.",
                "The wedding had its chairs on time.")));
        long plainId = id(front.post("api/kudos", kudos(crew.teamId(), 4, "Answered the stock question in minutes.", null)));
        front.post("api/kudos", kudos(crew.teamId(), 2, "The pallet was left in the rain for hours.", null));
        JsonObject page = as("back").get("api/teams/" + crew.teamId() + "/kudos").json();
        assertEquals(2, page.getInt("kudosCount"), "public kudos only");
        assertEquals(3.67, page.getJsonNumber("averageRating").doubleValue(), 0.0001);
        var months = page.getJsonArray("ratingsByMonth");
        assertEquals(1, months.size());
        assertEquals(3, months.getJsonObject(0).getInt("count"));
        assertEquals(3.67, months.getJsonObject(0).getJsonNumber("average").doubleValue(), 0.0001);
        assertEquals("The wedding had its chairs on time.",
                page.getJsonArray("stories").getJsonObject(0).getString("customerStory"));
        assertEquals(1, page.getJsonArray("stories").size());
        assertEquals(1, page.getInt("storyCount"));

        // An edit that moves the story from one kudos to the other moves it on the team page too.
        assertEquals(200, front.put("api/kudos/" + storyId, kudos(crew.teamId(), 5, "Packed the whole order overnight.", null)).status());
        assertEquals(200, front.put("api/kudos/" + plainId, kudos(crew.teamId(), 4, "Answered the stock question in minutes.",
                "The shop could promise the last sofa in stock.")).status());
        JsonObject edited = as("back").get("api/teams/" + crew.teamId() + "/kudos").json();
        assertEquals(1, edited.getJsonArray("stories").size());
        assertEquals(plainId, edited.getJsonArray("stories").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(1, edited.getInt("storyCount"));
        assertRefused(as("back").get("api/teams/999999/kudos"), 404, null, "Team 999999 does not exist");
    }

    @Test
    void the_team_page_pages_through_its_kudos_newest_first_while_its_figures_count_them_all() {
        Crew crew = crew();
        Api front = as(crew.giver());
        List<Long> given = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            given.add(id(front.post("api/kudos", kudos(crew.teamId(), 4, "Thank you for hand-off number " + i + ".",
                    i == 2 ? "The customer left with the right size." : null))));
        }
        long feedbackId = id(front.post("api/kudos", kudos(crew.teamId(), 1, "The parcel went to the wrong store.", null)));
        List<Long> newestFirst = new java.util.ArrayList<>(given);
        java.util.Collections.reverse(newestFirst);

        Api member = as(crew.member());
        String path = "api/teams/" + crew.teamId() + "/kudos";
        JsonObject first = member.get(path + "?size=2").json();
        assertEquals(newestFirst.subList(0, 2), kudosIds(first, "kudos"));
        assertEquals(0, first.getInt("page"));
        assertEquals(2, first.getInt("size"));
        assertEquals(5, first.getInt("total"));
        assertEquals(5, first.getInt("kudosCount"), "every public kudos, not the page");
        JsonObject second = member.get(path + "?page=1&size=2").json();
        assertEquals(newestFirst.subList(2, 4), kudosIds(second, "kudos"), "page 2 goes on where page 1 stopped");
        assertEquals(5, second.getInt("kudosCount"));
        assertEquals(newestFirst.subList(4, 5), kudosIds(member.get(path + "?page=2&size=2").json(), "kudos"));
        JsonObject beyond = member.get(path + "?page=9&size=2").json();
        assertEquals(List.of(), kudosIds(beyond, "kudos"));
        assertEquals(5, beyond.getInt("kudosCount"));

        JsonObject whole = member.get(path).json();
        assertEquals(newestFirst, kudosIds(whole, "kudos"), "the first 20 by default");
        assertEquals(20, whole.getInt("size"));
        assertEquals(50, member.get(path + "?size=1000").json().getInt("size"), "at most 50 at a time");
        assertEquals(3.5, whole.getJsonNumber("averageRating").doubleValue(), 0.0001, "(5 x 4 + 1) / 6, feedback included");
        assertEquals(1, whole.getInt("storyCount"));
        assertEquals(List.of(given.get(1)), kudosIds(whole, "stories"));
        assertEquals(6, whole.getJsonArray("ratingsByMonth").getJsonObject(0).getInt("count"));

        assertFalse(second.getBoolean("seesFeedback"));
        assertEquals(List.of(), kudosIds(second, "feedback"));
        assertEquals(0, second.getInt("feedbackCount"), "members do not even learn how much feedback there is");
        JsonObject leadsSecondPage = as(crew.lead()).get(path + "?page=1&size=2").json();
        assertEquals(newestFirst.subList(2, 4), kudosIds(leadsSecondPage, "kudos"), "feedback never fills a page");
        assertEquals(List.of(feedbackId), kudosIds(leadsSecondPage, "feedback"));
        assertEquals(1, leadsSecondPage.getInt("feedbackCount"));
        assertEquals(List.of(feedbackId), kudosIds(as("hr").get(path + "?page=1&size=2").json(), "feedback"));
    }

    private static List<Long> kudosIds(JsonObject page, String list) {
        return page.getJsonArray(list).stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    @Test
    void the_giver_edits_and_withdraws_and_an_admin_hides_with_a_reason_that_is_kept() {
        Crew crew = crew();
        Api front = as(crew.giver());
        long kudosId = id(front.post("api/kudos", kudos(crew.teamId(), 3, "Helped with the stock count.", null)));
        Reply edited = front.put("api/kudos/" + kudosId, kudos(crew.teamId(), 5,
                "Helped with the stock count on a Sunday morning.", "We opened on time.", crew.otherId()));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(5, edited.json().getInt("rating"));
        assertTrue(edited.json().containsKey("editedAt"));

        Reply hidden = admin().post("api/kudos/" + kudosId + "/hide", "{\"reason\":\"Names a customer in full\"}");
        assertEquals(200, hidden.status(), hidden.body());
        assertTrue(hidden.json().getBoolean("hidden"));
        assertEquals("Names a customer in full", hidden.json().getString("hiddenReason"));
        assertFalse(ids(as("back").get("api/kudos?teamId=" + crew.teamId())).contains(kudosId));
        assertRefused(as("back").get("api/kudos/" + kudosId), 404, null, "does not exist");
        assertTrue(front.get("api/kudos/" + kudosId).json().getBoolean("hidden"), "the giver still sees it, marked hidden");
        assertTrue(texts(front).contains("An admin hid your kudos for " + crew.teamName() + ": Names a customer in full"),
                "the giver is told why");
        assertRefused(front.put("api/kudos/" + kudosId, kudos(crew.teamId(), 4, "Trying to change it back.", null)),
                422, null, "hidden");

        long other = id(front.post("api/kudos", kudos(crew.teamId(), 4, "Second thank-you of the morning.", null)));
        assertEquals(204, front.delete("api/kudos/" + other).status());
        assertRefused(front.get("api/kudos/" + other), 404, null, "does not exist");
        assertRefused(front.delete("api/kudos/" + other), 404, null, "does not exist");
        assertEquals(0, as("back").get("api/kudos?teamId=" + crew.teamId()).json().getInt("total"));
    }

    @Test
    void the_thanked_team_is_notified_and_each_member_marks_the_notification_read_for_themselves() {
        Crew crew = crew();
        as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 5, "Unblocked the customer's account in minutes.", null, crew.memberId()));
        for (String username : List.of(crew.lead(), crew.member(), crew.other())) {
            Api api = as(username);
            assertEquals(1, api.get("api/notifications/unread").json().getInt("unread"), username);
            assertTrue(texts(api).get(0).startsWith(crew.giverName() + " thanked " + crew.teamName() + " (5/5)"), username);
        }
        assertEquals(0, as(crew.giver()).get("api/notifications?size=100").json().getJsonArray("items").stream()
                .filter(n -> n.asJsonObject().getString("text").contains(crew.teamName())).count(), "not the giver");

        Api member = as(crew.member());
        JsonObject notification = member.get("api/notifications").json().getJsonArray("items").getJsonObject(0);
        long notificationId = notification.getJsonNumber("id").longValue();
        assertEquals("/recognition/team.xhtml?id=" + crew.teamId(), notification.getString("link"));
        assertRefused(as(crew.giver()).post("api/notifications/" + notificationId + "/read", ""), 404, null, "does not exist");
        assertRefused(as("back").post("api/notifications/" + notificationId + "/read", ""), 404, null, "does not exist");
        assertTrue(member.post("api/notifications/" + notificationId + "/read", "").json().getBoolean("read"));
        assertTrue(member.post("api/notifications/" + notificationId + "/read", "").json().getBoolean("read"), "again");
        assertEquals(0, member.get("api/notifications/unread").json().getInt("unread"));
        assertTrue(member.get("api/notifications").json().getJsonArray("items").getJsonObject(0).getBoolean("read"));
        Api other = as(crew.other());
        assertEquals(1, other.get("api/notifications/unread").json().getInt("unread"), "each member reads for themselves");
        assertFalse(other.get("api/notifications").json().getJsonArray("items").getJsonObject(0).getBoolean("read"));
        assertEquals(0, other.post("api/notifications/read", "").json().getInt("unread"));
        assertEquals(0, other.get("api/notifications/unread").json().getInt("unread"));
        assertEquals(1, as(crew.lead()).get("api/notifications/unread").json().getInt("unread"), "the lead's is unread");
    }

    @Test
    void clicking_read_several_times_at_once_answers_every_click_and_marks_it_read_once() throws Exception {
        Crew crew = crew();
        as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 5, "Reset the customer's password while they waited.", null));
        Api member = as(crew.member());
        long id = member.get("api/notifications").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .longValue();
        // Half mark this one read, half mark all read: both store the same reading.
        List<Reply> answered = Api.atOnce(8, i -> member.post(
                i % 2 == 0 ? "api/notifications/" + id + "/read" : "api/notifications/read", ""));
        for (Reply reply : answered) {
            assertEquals(200, reply.status(), reply.body());
        }
        assertEquals(0, member.get("api/notifications/unread").json().getInt("unread"));
        assertTrue(member.get("api/notifications").json().getJsonArray("items").getJsonObject(0).getBoolean("read"));
    }

    @Test
    void applauding_several_times_at_once_counts_one_applause_and_tells_the_other_clicks_so() throws Exception {
        Crew crew = crew();
        long kudosId = as(crew.giver()).post("api/kudos",
                kudos(crew.teamId(), 5, "Swapped the faulty handset before the customer left.", null))
                .json().getJsonNumber("id").longValue();
        Api member = as(crew.member());
        List<Reply> answered = Api.atOnce(8, i -> member.post("api/kudos/" + kudosId + "/applause", ""));
        assertEquals(1, answered.stream().filter(r -> r.status() == 200).count(),
                answered.stream().map(Reply::status).toList().toString());
        for (Reply reply : answered) {
            if (reply.status() != 200) {
                assertRefused(reply, 409, null, "already applauded");
            }
        }
        assertEquals(1, member.get("api/kudos/" + kudosId).json().getInt("applause"));
    }

    @Test
    void a_newcomer_sees_the_teams_notifications_from_the_day_they_joined() {
        Crew crew = crew();
        as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 4, "Found the missing pallet before the store opened.", null));
        String newcomer = unique("newcomer");
        person(admin(), "Nia Newcomer " + newcomer, newcomer, crew.teamId());
        Api api = as(newcomer);
        assertEquals(0, api.get("api/notifications/unread").json().getInt("unread"));
        assertEquals(0, api.get("api/notifications").json().getInt("total"));

        as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 5, "Rebooked the delivery the same afternoon.", null));
        assertEquals(1, api.get("api/notifications/unread").json().getInt("unread"));
        assertTrue(texts(api).get(0).contains("Rebooked the delivery"), texts(api).toString());
        assertEquals(2, as(crew.member()).get("api/notifications").json().getInt("total"), "members from before see both");
    }

    @Test
    void kudos_are_e_mailed_through_the_smtp_server_an_admin_sets_at_run_time() throws Exception {
        Crew crew = crew();
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Api admin = admin();
        try {
            assertRefused(as(crew.lead()).put("api/settings/mail", "{}"), 403, null, "your role");
            assertRefused(admin.put("api/settings/mail", "{\"host\":\"127.0.0.1\",\"port\":0,\"from\":\"kudos@test.example\"}"),
                    400, "port", "");
            // Given while no mail is set up, so that this instance remembers that; the change must still apply at once.
            assertEquals(201, as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 4, "Found the missing delivery note.",
                    null)).status());
            Reply set = admin.put("api/settings/mail", Json.createObjectBuilder().add("host", "127.0.0.1")
                    .add("port", smtp.getSmtp().getPort()).add("from", "kudos@test.example").build().toString());
            assertEquals(200, set.status(), set.body());
            assertTrue(set.json().getBoolean("enabled"));
            assertFalse(set.json().getBoolean("passwordSet"));

            Reply given = as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 5,
                    "Carried the new sofa up four floors with us.", "The customer slept on it that night.", crew.memberId()));
            assertEquals(201, given.status(), given.body());
            assertTrue(smtp.waitForIncomingEmail(30_000, 3), "one e-mail each to the lead and both members");
            MimeMessage[] mails = smtp.getReceivedMessages();
            Set<String> recipients = java.util.Arrays.stream(mails).map(m -> {
                try {
                    return m.getAllRecipients()[0].toString();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toSet());
            assertEquals(Set.of(crew.lead() + "@test.example", crew.member() + "@test.example", crew.other() + "@test.example"),
                    recipients);
            assertEquals("Kudos for " + crew.teamName() + " from " + crew.giverName(), mails[0].getSubject());
            assertEquals("kudos@test.example", mails[0].getFrom()[0].toString());
            String body = GreenMailUtil.getBody(mails[0]);
            assertTrue(body.contains("Carried the new sofa up four floors with us."), body);
            assertTrue(body.contains("What the customer got: The customer slept on it that night."), body);

            assertEquals(201, as(crew.giver()).post("api/kudos", kudos(crew.teamId(), 1, "The sofa came with the wrong feet.",
                    null)).status());
            assertTrue(smtp.waitForIncomingEmail(30_000, 4));
            Thread.sleep(1500);
            MimeMessage[] all = smtp.getReceivedMessages();
            assertEquals(4, all.length, "no e-mail to members about private feedback, and none twice");
            List<MimeMessage> feedback = new java.util.ArrayList<>();
            for (MimeMessage m : all) {
                if (m.getSubject().equals("Private hand-off feedback for " + crew.teamName())) {
                    feedback.add(m);
                }
            }
            assertEquals(1, feedback.size());
            assertEquals(crew.lead() + "@test.example", feedback.get(0).getAllRecipients()[0].toString(), "leads only");
        } finally {
            admin.put("api/settings/mail", "{\"host\":\"\",\"port\":25,\"from\":\"kudos@test.example\"}");
            smtp.stop();
        }
        assertFalse(admin.get("api/settings/mail").json().getBoolean("enabled"));
    }

    @Test
    void webhooks_retry_until_delivered_and_a_receiver_that_always_fails_is_marked_failed_not_lost() throws Exception {
        Crew flakyCrew = crew();
        Crew brokenCrew = crew();
        List<String> received = new CopyOnWriteArrayList<>();
        AtomicInteger flakyCalls = new AtomicInteger();
        AtomicInteger brokenCalls = new AtomicInteger();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/flaky", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = flakyCalls.incrementAndGet() <= 2 ? 503 : 200;
            if (status == 200) {
                received.add(body);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.createContext("/broken", exchange -> {
            brokenCalls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String root = "http://127.0.0.1:" + receiver.getAddress().getPort();
            Api lead = as(flakyCrew.lead());
            assertRefused(as(flakyCrew.member()).put("api/teams/" + flakyCrew.teamId() + "/webhook",
                    "{\"url\":\"" + root + "/flaky\"}"), 403, null, "only an admin or a lead of this team");
            assertRefused(lead.put("api/teams/" + brokenCrew.teamId() + "/webhook", "{\"url\":\"" + root + "/broken\"}"),
                    403, null, "only an admin or a lead of this team");
            assertRefused(lead.put("api/teams/" + flakyCrew.teamId() + "/webhook", "{\"url\":\"file:///etc/passwd\"}"),
                    422, "url", "http or https");
            // Given while the team has no webhook, so that this instance remembers that; setting one applies at once.
            assertEquals(201, as(flakyCrew.giver()).post("api/kudos", kudos(flakyCrew.teamId(), 4, "Found the right spare part.",
                    null)).status());
            assertEquals(200, lead.put("api/teams/" + flakyCrew.teamId() + "/webhook", "{\"url\":\"" + root + "/flaky\"}").status());
            assertEquals(200, admin().put("api/teams/" + brokenCrew.teamId() + "/webhook", "{\"url\":\"" + root + "/broken\"}").status());

            long started = System.nanoTime();
            Reply given = as(flakyCrew.giver()).post("api/kudos", kudos(flakyCrew.teamId(), 5, "Shipped the spare part the same day.",
                    "The customer's shop reopened by noon."));
            long answeredMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(201, given.status(), given.body());
            assertTrue(answeredMillis < 5_000, "the giver does not wait for the failing receiver: " + answeredMillis + " ms");
            as(flakyCrew.giver()).post("api/kudos", kudos(flakyCrew.teamId(), 2, "The part was the wrong size.", null));
            as(brokenCrew.giver()).post("api/kudos", kudos(brokenCrew.teamId(), 4, "Quick answer about the returns policy.", null));

            JsonObject flaky = waitFor(lead, flakyCrew.teamId(), d -> d.getString("status").equals("DELIVERED"));
            assertEquals(3, flaky.getInt("attempts"));
            assertEquals(1, received.size(), "delivered once: " + received);
            String text;
            try (var reader = Json.createReader(new StringReader(received.get(0)))) {
                text = reader.readObject().getString("text");
            }
            assertTrue(text.contains(flakyCrew.giverName() + " thanked *" + flakyCrew.teamName() + "*"), text);
            assertTrue(text.contains("Shipped the spare part the same day."), text);
            assertTrue(text.contains("The customer's shop reopened by noon."), text);
            assertEquals(1, lead.get("api/teams/" + flakyCrew.teamId() + "/webhook").json().getJsonArray("deliveries").size(),
                    "private feedback is never posted to the team's channel");
            assertEquals(204, lead.delete("api/teams/" + flakyCrew.teamId() + "/webhook").status());
            assertEquals(201, as(flakyCrew.giver()).post("api/kudos", kudos(flakyCrew.teamId(), 5, "Fixed the till in minutes.",
                    null)).status());
            assertEquals(1, lead.get("api/teams/" + flakyCrew.teamId() + "/webhook").json().getJsonArray("deliveries").size(),
                    "nothing more is posted once the team's webhook is removed");

            JsonObject broken = waitFor(admin(), brokenCrew.teamId(), d -> d.getString("status").equals("FAILED"));
            assertEquals(4, broken.getInt("attempts"));
            assertEquals(4, brokenCalls.get());
            assertTrue(broken.getString("lastError").contains("HTTP 500"), broken.toString());
            JsonObject seenByLead = as(brokenCrew.lead()).get("api/teams/" + brokenCrew.teamId() + "/webhook").json()
                    .getJsonArray("deliveries").getJsonObject(0);
            assertEquals("FAILED", seenByLead.getString("status"), "the team's lead sees the failure too");
            assertRefused(as(brokenCrew.member()).get("api/teams/" + brokenCrew.teamId() + "/webhook"), 403, null, "only an admin");
        } finally {
            receiver.stop(0);
        }
    }

    private static JsonObject waitFor(Api api, long teamId, Predicate<JsonObject> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonObject last = null;
        while (System.nanoTime() < deadline) {
            var deliveries = api.get("api/teams/" + teamId + "/webhook").json().getJsonArray("deliveries");
            if (!deliveries.isEmpty()) {
                last = deliveries.getJsonObject(0);
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the delivery never got there; last seen: " + last);
    }

    private static List<String> texts(Api api) {
        return api.get("api/notifications?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).map(n -> n.getString("text")).toList();
    }
}
