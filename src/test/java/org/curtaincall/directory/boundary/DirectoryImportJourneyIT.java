package org.curtaincall.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.curtaincall.platform.Api;
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

/** An admin imports people from an HR export in a real browser: a bad file is refused row by row, a good one lands. */
@ExtendWith(ArquillianExtension.class)
class DirectoryImportJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return PortalDeployment.portal();
    }

    @ArquillianResource
    URL base;

    @TempDir
    Path files;

    @Test
    void a_file_with_one_bad_row_imports_nothing_and_a_corrected_file_imports_everyone() throws IOException {
        Path bad = files.resolve("hr-export-bad.csv");
        Files.writeString(bad, """
                name,username,email,team,stage,roles
                Priya Raman,priya.raman,priya.raman@corp.example,Claims Handling,BACK,TEAM_LEAD
                Tom Becker,tom.becker,tom.becker-at-corp.example,Claims Handling,BACK,
                Lena Wolff,lena.wolff,lena.wolff@corp.example,Store Floor,,
                """);
        Path good = files.resolve("hr-export.csv");
        Files.writeString(good, Files.readString(bad).replace("tom.becker-at-corp.example", "tom.becker@corp.example"));

        try (Browser browser = Browser.open(base)) {
            browser.signIn("admin", "demo").waitForText("Welcome back");
            browser.go("directory/import.xhtml");
            upload(browser, bad);
            String report = browser.waitForText("1 problem.");
            assertTrue(report.contains("must be an e-mail address"), report);
            assertEquals("3", browser.find("[id$='errorTable'] tbody tr td").getText(), "the error names spreadsheet row 3");
            assertFalse(report.contains("ready to import"));
            browser.screenshot("import-bad-row");
            assertEquals(0, people("priya.raman"), "nothing of a wrong file is written");

            upload(browser, good);
            String preview = browser.waitForText("ready to import");
            assertTrue(preview.contains("3 to add, 0 to update, new teams: Claims Handling"), preview);
            browser.screenshot("import-preview");
            browser.click("button[id$='confirmImport']");
            browser.waitForText("Imported hr-export.csv: 3 added");
            browser.screenshot("import-done");

            browser.go("directory/people.xhtml");
            browser.type("input[id$='query']", "Becker");
            browser.waitFor().until(d -> d.findElements(By.cssSelector("[id$='peopleTable_data'] tr")).size() == 1
                    && d.findElement(By.cssSelector("[id$='peopleTable_data']")).getText().contains("Tom Becker"));
            assertTrue(browser.pageText().contains("Claims Handling"));
            browser.screenshot("people-after-import");
        }
        assertEquals(1, people("priya.raman"));
        assertEquals(1, people("lena.wolff"));
    }

    private static void upload(Browser browser, Path file) {
        browser.waitFor().until(d -> d.findElement(By.cssSelector("input[type='file']")))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private long people(String query) {
        return Api.at(base).as("admin", "demo").get("api/people?q=" + query).json().getJsonNumber("total").longValue();
    }
}
