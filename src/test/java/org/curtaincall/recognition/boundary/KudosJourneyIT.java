package org.curtaincall.recognition.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.curtaincall.platform.Api;
import org.curtaincall.platform.Browser;
import org.curtaincall.platform.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The front stage thanks the back stage in a real browser: Fatima on the store floor thanks the IT Service Desk with a
 * customer story; it shows on the wall; Ben of the IT Service Desk sees the bell, the notification and the kudos on
 * his team page; a low rating stays off the wall and only the team's lead Leo reads it. A team with a long history
 * shows its newest kudos first and pages back to older ones.
 */
@ExtendWith(ArquillianExtension.class)
class KudosJourneyIT {

    private static final String THANKS = "Ben swapped the frozen till for a spare in five minutes, mid-rush.";
    private static final String STORY = "A family with a full trolley paid and made their train.";
    private static final String FEEDBACK = "The new handheld scanners came without chargers again.";
    private static final String PASSWORD = "a fine password";
    /** The demo organisation's first team, on the front stage. */
    private static final long STORE_FLOOR = 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void kudos_with_a_customer_story_reach_the_wall_and_the_thanked_team_while_a_low_rating_reaches_only_its_lead() {
        long itDesk = Api.at(base).as("front", "demo").teamId("IT Service Desk");
        try (Browser browser = Browser.open(base)) {
            browser.signIn("front", "demo").waitForText("Welcome back, Fatima Okafor");
            give(browser, 5, THANKS, STORY, "Ben Kowalski");
            String wall = browser.waitForText("Your kudos are on the wall");
            assertTrue(wall.contains(THANKS), wall);
            assertTrue(wall.contains(STORY), wall);
            assertTrue(wall.contains("Ben Kowalski"), wall);
            assertTrue(wall.contains("Customer first"), wall);
            browser.screenshot("kudos-wall");

            give(browser, 2, FEEDBACK, null, null);
            browser.waitForText("Your feedback went privately to the leads of IT Service Desk");
            browser.screenshot("kudos-mine-with-feedback");
            browser.go("recognition/wall.xhtml");
            String wallAgain = browser.waitForText(THANKS);
            assertFalse(wallAgain.contains(FEEDBACK), "a low rating never shows on the wall");
            browser.click("button[id$='signOut']").waitForText("You are signed out");

            browser.signIn("back", "demo").waitForText("Welcome back, Ben Kowalski");
            assertEquals("1", browser.find("#bellCount").getText(), "the bell counts the new kudos, not the feedback");
            browser.screenshot("kudos-bell");
            browser.click("#bell");
            String notifications = browser.waitForText("Fatima Okafor thanked IT Service Desk (5/5)");
            assertFalse(notifications.contains("Private hand-off feedback"), notifications);
            browser.screenshot("kudos-notifications");
            browser.click(".cc-notification.unread");
            String teamPage = browser.waitForText("Kudos received");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/recognition/team.xhtml?id=" + itDesk));
            assertTrue(teamPage.contains(THANKS), teamPage);
            assertTrue(teamPage.contains("Customer stories this team made possible"), teamPage);
            assertTrue(teamPage.contains(STORY), teamPage);
            assertFalse(teamPage.contains(FEEDBACK), "members do not read private feedback");
            assertTrue(browser.driver().findElements(By.id("bellCount")).isEmpty(), "opening it marked it read");
            browser.screenshot("kudos-team-page-member");
            browser.click("button[id$='signOut']").waitForText("You are signed out");

            browser.signIn("lead", "demo").waitForText("Welcome back, Leo Tanaka");
            assertEquals("2", browser.find("#bellCount").getText(), "the lead hears of both");
            browser.go("recognition/team.xhtml?id=" + itDesk);
            String leadsView = browser.waitForText("Private hand-off feedback");
            assertTrue(leadsView.contains(FEEDBACK), leadsView);
            assertTrue(leadsView.contains(THANKS), leadsView);
            assertTrue(leadsView.contains("Chat alerts"), "a lead manages the team's webhook");
            browser.screenshot("kudos-team-page-lead");

            // Ben read the kudos; the lead's own two stay unread until the lead marks them.
            browser.click("#bell").waitForText("Private hand-off feedback for IT Service Desk");
            assertEquals(2, browser.driver().findElements(By.cssSelector(".cc-notification.unread")).size());
            browser.click("button[id$='markAllRead']");
            browser.waitFor().until(d -> d.findElements(By.cssSelector(".cc-notification.unread")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("bellCount")).isEmpty(), "the bell agrees at once");
            browser.screenshot("kudos-notifications-all-read");
        }
    }

    @Test
    void a_team_with_more_kudos_than_a_page_shows_the_newest_first_and_pages_to_older_ones_and_back() {
        Api admin = Api.at(base).as("admin", "demo");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long teamId = admin.post("api/teams", Json.createObjectBuilder().add("name", "Night Shift " + suffix)
                .add("stage", "BACK").build().toString()).json().getJsonNumber("id").longValue();
        List<String> messages = new ArrayList<>();
        // Three givers, as each may give ten kudos a day.
        for (int g = 1; messages.size() < 23; g++) {
            Api giver = giver(admin, "night-giver-" + g + "-" + suffix);
            for (int i = 0; i < 8 && messages.size() < 23; i++) {
                String message = "Night shift hand-off number " + (messages.size() + 1) + " went smoothly.";
                assertEquals(201, giver.post("api/kudos", Json.createObjectBuilder().add("teamId", teamId)
                        .add("rating", 4).add("message", message).build().toString()).status());
                messages.add(message);
            }
        }
        String newest = messages.get(22);
        String oldest = messages.get(0);
        try (Browser browser = Browser.open(base)) {
            browser.signIn("hr", "demo").waitForText("Welcome back");
            browser.go("recognition/team.xhtml?id=" + teamId);
            String first = browser.waitForText("1–20 of 23");
            assertTrue(first.contains(newest), first);
            assertFalse(first.contains(oldest), "the oldest kudos are on the next page");
            assertEquals("23", browser.find("#kudosCount").getText());
            WebElement pager = browser.find("#teamPager");
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", pager);
            browser.screenshot("kudos-team-page-first-page");

            browser.click("a[id$='older']");
            String older = browser.waitForText("21–23 of 23");
            assertTrue(older.contains(oldest), older);
            assertFalse(older.contains(newest), older);
            assertEquals("23", browser.find("#kudosCount").getText(), "the count is the team's, not the page's");
            assertTrue(browser.driver().getCurrentUrl().contains("page=2"), "each page has its own address");
            browser.screenshot("kudos-team-page-older");

            browser.click("a[id$='newer']");
            assertTrue(browser.waitForText("1–20 of 23").contains(newest));
        }
    }

    @Test
    void applause_already_given_in_another_tab_is_said_in_a_sentence_and_shown_on_the_card() {
        Api admin = Api.at(base).as("admin", "demo");
        long itDesk = admin.teamId("IT Service Desk");
        String message = "The replacement scanner was on the counter before the doors opened.";
        long kudosId = giver(admin, "early-" + UUID.randomUUID().toString().substring(0, 8))
                .post("api/kudos", Json.createObjectBuilder().add("teamId", itDesk).add("rating", 5)
                        .add("message", message).build().toString()).json().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open(base)) {
            browser.signIn("back", "demo").waitForText("Welcome back, Ben Kowalski");
            browser.go("recognition/wall.xhtml");
            browser.waitForText(message);
            // The same person applauds in another tab; this page still offers the button.
            assertEquals(200, Api.at(base).as("back", "demo").post("api/kudos/" + kudosId + "/applause", "")
                    .status());
            browser.click("button.cc-applaud");
            browser.waitForText("You already applauded these kudos.");
            WebElement applause = browser.find("button.cc-applaud");
            assertTrue(applause.getAttribute("class").contains("applauded"), "the card shows the applause as it is");
            assertEquals("1", applause.getText().strip());
            browser.screenshot("kudos-applauded-in-another-tab");
        }
    }

    private Api giver(Api admin, String username) {
        long personId = admin.post("api/people", Json.createObjectBuilder().add("name", "Nia Night " + username)
                .add("username", username).add("email", username + "@test.example").add("teamId", STORE_FLOOR)
                .build().toString()).json().getJsonNumber("id").longValue();
        assertEquals(204, admin.put("api/people/" + personId + "/password",
                Json.createObjectBuilder().add("password", PASSWORD).build().toString()).status());
        return Api.at(base).as(username, PASSWORD);
    }

    private static void give(Browser browser, int stars, String message, String story, String person) {
        browser.go("recognition/give.xhtml");
        browser.waitForText("Thank the back stage");
        chooseTeam(browser, "IT Service Desk");
        if (person != null) {
            browser.click("div[id$='personIds']");
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[normalize-space()='" + person + "']]"
                            + "//div[contains(@class,'ui-chkbox-box')]"))).click();
            closePanels(browser);
        }
        browser.find("div[id$='rating'] .ui-rating-star");
        browser.driver().findElements(By.cssSelector("div[id$='rating'] .ui-rating-star a")).get(stars - 1).click();
        browser.type("textarea[id$='message']", message);
        if (story != null) {
            browser.type("textarea[id$='customerStory']", story);
            browser.click("div[id$='values']");
            browser.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[normalize-space()='Customer first']]"
                            + "//div[contains(@class,'ui-chkbox-box')]"))).click();
            closePanels(browser);
        }
        browser.screenshot("kudos-give-" + stars);
        browser.click("button[id$='giveKudos']");
    }

    /**
     * Picks the team and waits for its people to load. On a busy machine a click can land before the drop-down is
     * ready or while it is still sliding open, so a person would simply open it and pick again: so does the test, until
     * the drop-down shows the team.
     */
    private static void chooseTeam(Browser browser, String team) {
        browser.waitFor().withTimeout(Duration.ofSeconds(60)).until(d -> {
            if (!d.findElement(By.cssSelector("div[id$='personIds']")).getAttribute("class")
                    .contains("ui-state-disabled")) {
                return true;
            }
            if (d.findElement(By.cssSelector("[id$='teamId_label']")).getText().equals(team)) {
                return false; // chosen: its people are on their way
            }
            WebElement panel = d.findElement(By.cssSelector("div[id$='teamId_panel']"));
            if (!panel.isDisplayed()) {
                d.findElement(By.cssSelector("div[id$='teamId']")).click();
                return false;
            }
            WebElement item = panel.findElement(By.cssSelector("li.ui-selectonemenu-item[data-label='" + team + "']"));
            if (item.isDisplayed()) {
                item.click();
            }
            return false;
        });
    }

    /**
     * A click outside an open drop-down panel closes it, as a person would do. On a busy machine a click that lands
     * while the panel is still opening or being redrawn leaves it open, so the test clicks again until it has closed.
     */
    private static void closePanels(Browser browser) {
        browser.waitFor().until(d -> {
            if (d.findElements(By.cssSelector(".ui-selectcheckboxmenu-panel")).stream()
                    .noneMatch(p -> p.isDisplayed())) {
                return true;
            }
            d.findElement(By.cssSelector("h1.cc-title")).click();
            return false;
        });
    }
}
