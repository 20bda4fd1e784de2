package org.engagement.web.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driving the running application's
 * pages. Browser tests never skip: without Chromium they fail and say how to install it.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;
    private String base;

    private Browser(WebDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver: "
                    + "apt-get install -y chromium chromium-driver (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            Path downloads = Files.createTempDirectory("chromium-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), downloads);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Points the browser at another server, e.g. one started with {@link RunningApplication#startSeparately}. */
    public Browser on(String baseUrl) {
        this.base = baseUrl;
        return this;
    }

    /** Opens a path of the application, e.g. {@code /login.xhtml}. */
    public Browser go(String path) {
        driver.get((base == null ? RunningApplication.baseUrl() : base) + path);
        return this;
    }

    private static final String LOGIN_PAGE = "/login.xhtml";

    public Browser signIn(String username, String password) {
        go("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        // A full-page POST: wait for its answer (the page signed in to, or the refusal), so that the test's next
        // navigation cannot cut it short before the session is established.
        waitFor(page -> !page.getCurrentUrl().contains(LOGIN_PAGE)
                || !page.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty());
        return this;
    }

    public Browser signInAsAdmin() {
        return signIn("admin", RunningApplication.ADMIN_PASSWORD);
    }

    public void type(By field, String text) {
        WebElement element = visible(field);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Types a date into a PrimeFaces date picker as a person would (select what is there, type over it, Tab
     * away). Typing into the picker is not always taken under load, so if the field does not hold the text
     * afterwards it is set directly; either way the pop-up calendar is closed, so it cannot cover the next
     * field the test clicks.
     * <p>
     * The calendar is closed through its widget, once it has finished opening: while open it is modal and
     * PrimeFaces swallows every key typed outside it. Hiding its panel with CSS instead left that trap set
     * (the widget believed it was still open and would not close), so text typed into later fields was lost.
     */
    public void typeDate(By field, String text) {
        WebElement input = visible(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!text.equals(input.getAttribute("value"))) {
            js.executeScript("arguments[0].value = arguments[1];"
                    + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                    + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, text);
        }
        closeDatePicker(input);
    }

    /** Waits until the picker's calendar is closed and its document listeners are gone, closing it once open. */
    private void closeDatePicker(WebElement input) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var widget = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0].id.replace(/_input$/, ''));"
                + "var picker = widget && widget.jq && widget.jq.data().primeDatePicker;"
                + "if (!picker) { return true; }"
                + "if (picker.isPanelVisible() && picker.documentClickListener) { picker.hideOverlay(true); }"
                + "return !picker.isPanelVisible() && !picker.documentClickListener;", input)));
    }

    /** Clicks once the page has no AJAX request still running, as a person waits for the last one to finish. */
    public void click(By target) {
        awaitAjax();
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    private void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    public WebElement visible(By target) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
        } catch (TimeoutException notThere) {
            throw whatTheUserSaw(notThere, "visible-" + target);
        }
    }

    /** Waits until the element's text contains the expected words, then returns its whole text. */
    public String textOnceContains(By target, String expected) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(target, expected));
        } catch (TimeoutException notThere) {
            throw whatTheUserSaw(notThere, "waited-for-" + expected);
        }
        return driver.findElement(target).getText();
    }

    /**
     * A wait that failed, told with the page the user was on and the start of its text (an error page, a sign-in
     * page, a message), and a screenshot from the top of the page under target/screenshots.
     */
    private TimeoutException whatTheUserSaw(TimeoutException failed, String waitedFor) {
        String page;
        try {
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            screenshot(waitedFor.replaceAll("[^A-Za-z0-9]+", "-") + "-" + System.currentTimeMillis());
            String text = pageText().replaceAll("\\s+", " ");
            page = driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"): " + text.substring(0, Math.min(400, text.length()));
        } catch (RuntimeException unreadable) {
            page = "a page that could not be read: " + unreadable.getMessage();
        }
        return new TimeoutException(failed.getMessage() + "\nThe browser was on " + page, failed);
    }

    /** The file the browser downloaded under this name, once it has finished downloading. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Files.isRegularFile(file)
                && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        return wait.until(condition::apply);
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves a screenshot under target/screenshots, for looking at what the user saw. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("engagement.testDir", "target"), "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
