package org.curtaincall.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.curtaincall.platform.Browser;
import org.curtaincall.platform.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/** Signing in and out in a real browser. */
@ExtendWith(ArquillianExtension.class)
class SignInJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void a_person_signs_in_sees_their_name_and_signs_out_again() {
        try (Browser browser = Browser.open(base)) {
            browser.go("security/login.xhtml");
            browser.screenshot("sign-in");
            Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");

            browser.signIn("front", "demo");
            String home = browser.waitForText("Welcome back, Fatima Okafor");
            assertTrue(home.contains("Sign out"));
            assertFalse(browser.driver().getPageSource().contains("cc-menu"), "an employee is not shown the admin menu");
            Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertTrue(after.isHttpOnly(), "scripts cannot read the session cookie");
            if (before != null) {
                assertNotEquals(before.getValue(), after.getValue(), "signing in starts a new session id");
            }
            browser.screenshot("home-signed-in");

            browser.click("button[id$='signOut']");
            assertTrue(browser.waitForText("You are signed out").contains("Sign in"));
            browser.go("security/profile.xhtml");
            browser.find("input[id$='username']");
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"),
                    "after sign-out a signed-in page sends you to sign in");
        }
    }

    @Test
    void a_wrong_password_is_refused_with_a_clear_message_and_the_next_page_is_kept() {
        try (Browser browser = Browser.open(base)) {
            browser.go("directory/people.xhtml");
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"));
            browser.type("input[id$='username']", "admin").type("input[id$='password']", "not the password")
                    .click("button[id$='submit']");
            browser.waitForText("do not match");
            browser.screenshot("sign-in-wrong-password");

            browser.type("input[id$='password']", "demo").click("button[id$='submit']");
            browser.waitForText("Everyone who can sign in");
            assertTrue(browser.driver().getCurrentUrl().endsWith("/directory/people.xhtml"),
                    "after signing in you land where you were going: " + browser.driver().getCurrentUrl());
        }
    }

    @Test
    void a_signed_in_page_may_call_the_api_only_with_its_csrf_token() {
        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", "demo").waitForText("Welcome back");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            String script = """
                    const done = arguments[arguments.length - 1];
                    const token = arguments[0] ? document.querySelector('meta[name=csrf-token]').content : null;
                    const headers = {'Content-Type': 'application/json'};
                    if (token) { headers['X-CSRF-Token'] = token; }
                    fetch(arguments[1] + 'api/teams', {method: 'POST', headers: headers,
                        body: JSON.stringify({name: arguments[2], stage: 'BACK'})})
                      .then(r => done(r.status));""";
            String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
            assertEquals(200L, js.executeAsyncScript("arguments[arguments.length-1](200)"));
            assertEquals(403L, js.executeAsyncScript(script, false, path, "Forged Team"));
            assertEquals(201L, js.executeAsyncScript(script, true, path, "Browser Team"));
        }
    }
}
