package org.curtaincall.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven through the system's chromedriver, the way a person would use the portal. Nothing is
 * downloaded: the Debian packages chromium and chromium-driver must be installed (the build installs them).
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final URL base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base;
    }

    public static Browser open(URL base) {
        return open(base, null);
    }

    /**
     * A browser that saves downloads into the given folder (when not null) and starts with extra Chromium arguments,
     * such as {@code --user-agent=...}.
     */
    public static Browser open(URL base, Path downloads, String... extraArguments) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("chromedriver"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        options.addArguments(extraArguments);
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    private static File executable(String name) {
        Optional<File> found = Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(dir -> new File(dir, name))
                .filter(File::canExecute)
                .findFirst();
        return found.orElseThrow(() -> new IllegalStateException(name + " is not installed: "
                + "apt-get install chromium chromium-driver (the Maven build does this when it may)"));
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
        return this;
    }

    public WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Types into the field; an ajax update that replaces the field midway starts the typing over. */
    public Browser type(String css, String text) {
        waitFor().until(d -> {
            WebElement field = ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)).apply(d);
            if (field == null) {
                return false;
            }
            field.clear();
            field.sendKeys(text);
            return true;
        });
        return this;
    }

    /**
     * Clicks the element once it can be clicked. A click that meets a replaced element or a panel still sliding over
     * it did not happen, so it is tried again.
     */
    public Browser click(String css) {
        waitFor().until(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
        return this;
    }

    /** Waits until the page shows the text somewhere, and returns the page's text. */
    public String waitForText(String text) {
        try {
            waitFor().until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + text.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("the page at " + driver.getCurrentUrl() + " never showed \"" + text
                    + "\"; it shows:\n" + pageText(), e);
        }
        return pageText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Navigation and ajax updates replace elements while a condition looks at them. Chromium reports that as a
        // stale element or, for a node of the document being replaced, as a plain driver error: either way, look again
        // (a lasting error still ends the wait, with the last one as its cause).
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    public Browser signIn(String username, String password) {
        go("security/login.xhtml");
        type("input[id$='username']", username);
        type("input[id$='password']", password);
        click("button[id$='submit']");
        return this;
    }

    /** Saves a screenshot under target/screenshots, for people to look at what the test saw. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
