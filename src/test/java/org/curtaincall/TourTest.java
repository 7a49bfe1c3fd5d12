package org.curtaincall;

import java.net.URL;
import org.curtaincall.platform.Browser;
import org.junit.jupiter.api.Test;

class TourTest {
    @Test
    void run() throws Exception {
        // A tour of a portal someone started by hand; without one there is nothing to look at.
        try (var probe = new java.net.Socket()) {
            probe.connect(new java.net.InetSocketAddress("localhost", 8080), 500);
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no portal on localhost:8080");
        }
        try (Browser browser = Browser.open(new URL("http://localhost:8080/"))) {
            browser.signIn(System.getProperty("user", "admin"), "demo").waitForText("Welcome back");
            browser.screenshot("tour-home");
            for (String page : System.getProperty("pages", "directory/teams.xhtml,directory/people.xhtml,directory/import.xhtml,security/profile.xhtml").split(",")) {
                browser.go(page);
                Thread.sleep(1500);
                browser.screenshot("tour-" + System.getProperty("user", "admin") + "-" + page.replaceAll("[^a-z]+", "-"));
            }
        }
    }
}
