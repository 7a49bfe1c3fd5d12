package org.curtaincall.insights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.curtaincall.platform.Browser;
import org.curtaincall.platform.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * HR's journey through the insights dashboard on the demo organisation: the charts drawn by Chart.js under the
 * portal's content security policy, the heatmap and a cell's detail, a themes run followed on the progress bar to
 * its end, and a CSV export saved by the browser.
 */
@ExtendWith(ArquillianExtension.class)
class InsightsJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path downloads;

    @Test
    void hr_reads_the_dashboard_recomputes_the_themes_and_exports_the_heatmap() throws IOException {
        try (Browser browser = Browser.open(base, downloads)) {
            browser.signIn("hr", "demo").waitForText("Welcome back");
            browser.click("#insightsLink");
            String page = browser.waitForText("Where the stages meet");
            assertTrue(page.contains("Engagement trends") && page.contains("Listening health"), page);

            // Every chart is a canvas that Chart.js took over: its script ran despite the strict page policy.
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (String chart : List.of("kudosChart", "stageChart", "ratingChart", "reportsChart")) {
                browser.waitFor().withTimeout(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                        "var c = document.querySelector('[id$=\"" + chart + "\"] canvas');"
                                + "return c != null && window.Chart != null && Chart.getChart(c) != null;")));
            }
            Long bars = (Long) js.executeScript("var c = Chart.getChart(document.querySelector('[id$=\"kudosChart\"] canvas'));"
                    + "return c.data.datasets.length;");
            assertTrue(bars >= 8, "one dataset per back-stage team: " + bars);

            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#heatmap tbody tr"));
            assertEquals(5, rows.size(), "one row per demo front-stage team");
            assertFalse(browser.driver().findElements(By.cssSelector("#heatmap td.cc-heat-x")).isEmpty(),
                    "small links are hidden");
            browser.screenshot("insights-dashboard");

            browser.click("#heatmap tbody tr:nth-child(5) td:nth-child(2) a");
            String detail = browser.waitForText("Store Floor →");
            assertTrue(detail.contains("hand-off ratings") || detail.contains("hidden to protect anonymity"), detail);

            browser.click("button[id$='recompute']");
            browser.waitFor().withTimeout(Duration.ofSeconds(20))
                    .until(d -> browser.find("[id$='themesDone']").getText().contains("Recomputing in the background")
                            || browser.find("[id$='themesDone']").getText().contains("up to date"));
            browser.waitFor().withTimeout(Duration.ofMinutes(3))
                    .until(d -> browser.find("[id$='themesDone']").getText().contains("Themes are up to date"));
            assertEquals("100%", browser.find("[id$='themesProgress'] .ui-progressbar-label").getText());
            assertFalse(browser.driver().findElements(By.cssSelector(".cc-theme")).isEmpty(), "themes are listed");
            browser.screenshot("insights-themes");

            browser.click("#exportHeatmap");
            browser.waitFor().withTimeout(Duration.ofSeconds(20)).until(d -> csv().isPresent());
            String saved = Files.readString(csv().orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(saved.startsWith("Front-stage team,Back-stage team,Hand-off ratings,Average rating,Top theme"),
                    saved);
            assertTrue(saved.contains("Store Floor,IT Service Desk,"), saved);
            assertTrue(saved.contains("hidden to protect anonymity"), saved);
            assertEquals(5 * 8 + 1, saved.lines().count(), "a line per front x back pair and the header");
        }
    }

    private java.util.Optional<Path> csv() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().startsWith("insights-heatmap-")
                    && file.getFileName().toString().endsWith(".csv")).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
