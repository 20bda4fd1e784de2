package org.engagement.web.testing;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driving the running application's
 * pages. Browser tests never skip: without Chromium they fail and say how to install it.
 * <p>
 * Every page a test visits is checked with axe-core against WCAG 2.2 AA, and so is every new state of a page the
 * test goes on from (a dialog open, validation messages showing): {@link #go} checks the page it leaves and the page
 * it opens, {@link #click} the page it clicks on. A violation fails the test, naming the rule, the page and the
 * elements. Each state of a page is checked once per browser, so a test that comes back to a page pays nothing.
 */
public final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /**
     * The WCAG 2.2 AA rules only, and the elements of violations only (passes are listed by rule, not element by
     * element, which otherwise makes most of the time and the size of each answer). The application has no frames, so
     * checking for them (a round trip per page) is turned off where the builder is used.
     */
    private static final AxeRunOptions AXE_OPTIONS = new AxeRunOptions();

    static {
        AxeRunOnlyOptions onlyWcag = new AxeRunOnlyOptions();
        onlyWcag.setType("tag");
        onlyWcag.setValues(WCAG_22_AA);
        AXE_OPTIONS.setRunOnly(onlyWcag);
        AXE_OPTIONS.setResultTypes(List.of("violations"));
    }

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;
    private final Set<String> checkedStates = new HashSet<>();
    private boolean checkEveryNewState = true;
    private String base;

    private Browser(WebDriver driver, Path downloads) {
        this.driver = driver;
        this.downloads = downloads;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver: "
                    + "apt-get install -y chromium chromium-driver (looked for " + CHROMIUM + " and " + CHROMEDRIVER
                    + ")");
        }
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            Path downloads = Files.createTempDirectory("chromium-downloads");
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption(
                    "prefs",
                    java.util.Map.of(
                            "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .usingAnyFreePort()
                    .build();
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
        checkAccessibilityOfNewState();
        driver.get((base == null ? RunningApplication.baseUrl() : base) + path);
        checkAccessibilityOfNewState();
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
        try {
            waitFor(page -> !page.getCurrentUrl().contains(LOGIN_PAGE)
                    || !page.findElements(By.cssSelector("#login\\:messages .ui-messages-error"))
                            .isEmpty());
        } catch (TimeoutException noAnswer) {
            throw whatTheUserSaw(noAnswer, "signed-in-as-" + username);
        }
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
            js.executeScript(
                    "arguments[0].value = arguments[1];"
                            + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                            + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    input,
                    text);
        }
        closeDatePicker(input);
    }

    /** Waits until the picker's calendar is closed and its document listeners are gone, closing it once open. */
    private void closeDatePicker(WebElement input) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "var widget = window.PrimeFaces && PrimeFaces.getWidgetById(arguments[0].id.replace(/_input$/, ''));"
                                + "var picker = widget && widget.jq && widget.jq.data().primeDatePicker;"
                                + "if (!picker) { return true; }"
                                + "if (picker.isPanelVisible() && picker.documentClickListener) { picker.hideOverlay(true); }"
                                + "return !picker.isPanelVisible() && !picker.documentClickListener;",
                        input)));
    }

    /** The maximum number of Tab presses {@link #tabTo} makes before deciding the element cannot be reached. */
    private static final int MAX_TABS = 120;

    /**
     * Presses Tab, as a keyboard user does, until the element has the focus, and returns it; fails if the element is
     * not in the tab order (a mouse-only control) or is not reached. Pressing Tab starts from wherever focus is.
     */
    public WebElement tabTo(By target) {
        awaitAjax();
        WebElement element = visible(target);
        for (int presses = 0; presses < MAX_TABS; presses++) {
            if (hasFocus(element)) {
                assertFocusVisible();
                return element;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("The keyboard cannot reach " + target + ": not focused after " + MAX_TABS
                + " presses of Tab, which went through " + describeFocus());
    }

    /** Fails unless the focused element shows it has the focus: an outline at least 2 pixels wide (WCAG 2.4.7). */
    public void assertFocusVisible() {
        Object outline = ((JavascriptExecutor) driver)
                .executeScript("var style = getComputedStyle(document.activeElement);"
                        + "return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? null"
                        + " : style.outlineStyle + ' ' + style.outlineWidth;");
        if (outline != null) {
            throw new AssertionError("Focus is not visible on " + describeFocus() + ": its outline is " + outline);
        }
    }

    /** Types keys (text, or Enter, Space, arrows...) into whatever has the focus, as a keyboard does. */
    public void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Selects all the text of the focused field (Ctrl+A) and types over it. */
    public void typeOver(String text) {
        new Actions(driver)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys(text)
                .perform();
    }

    /** Moves to the element with Tab and presses Enter on it: a keyboard user's click. */
    public void press(By target) {
        tabTo(target);
        checkAccessibilityOfNewState();
        keys(Keys.ENTER);
    }

    /** Whether the element, or the input inside it, has the keyboard's focus. */
    public boolean hasFocus(WebElement element) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript(
                        "return document.activeElement === arguments[0] || arguments[0].contains(document.activeElement);",
                        element));
    }

    /** The element that has the focus, by id or tag, for messages. */
    public String describeFocus() {
        return String.valueOf(
                ((JavascriptExecutor) driver)
                        .executeScript(
                                "var e = document.activeElement; return e ? (e.id ? '#' + e.id : e.tagName) + ' \"' + (e.innerText || e.value || '').trim().substring(0, 40) + '\"' : 'nothing';"));
    }

    /** Clicks once the page has no AJAX request still running, as a person waits for the last one to finish. */
    public void click(By target) {
        awaitAjax();
        checkAccessibilityOfNewState();
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /**
     * Waits (a few seconds at most) for CSS transitions and finite animations to end: a button PrimeFaces re-enables
     * after an AJAX call fades back in, and axe measuring it half-way reported a contrast the page never rests at.
     */
    private void awaitTransitions() {
        try {
            new WebDriverWait(driver, java.time.Duration.ofSeconds(3))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                            .executeScript("return !document.getAnimations || document.getAnimations().every("
                                    + "function (a) { return a.playState !== 'running'"
                                    + " || a.effect.getTiming().iterations === Infinity; });")));
        } catch (TimeoutException stillMoving) {
            // Measure anyway: a page that never rests is checked as it is.
        }
    }

    public void awaitAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
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
            page = driver.getCurrentUrl() + " (\"" + driver.getTitle() + "\"): "
                    + text.substring(0, Math.min(400, text.length()));
        } catch (RuntimeException unreadable) {
            page = "a page that could not be read: " + unreadable.getMessage();
        }
        return new TimeoutException(failed.getMessage() + "\nThe browser was on " + page, failed);
    }

    /** The file the browser downloaded under this name, once it has finished downloading. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
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

    /**
     * The page's current state, as far as accessibility goes: its path, the dialogs open on it and whether it shows
     * error messages. A new state is checked with axe-core; one seen before is not checked again.
     */
    private static final String STATE = "if (!document.body || location.protocol === 'about:') { return null; }"
            // No fading dialogs: half-faded text would be measured at half its contrast.
            + "if (window.jQuery) { jQuery.fx.off = true; }"
            + "var open = Array.from(document.querySelectorAll('.ui-dialog')).filter(function (d) {"
            + "  var style = getComputedStyle(d); return style.display !== 'none' && style.visibility !== 'hidden'; })"
            + "  .map(function (d) { return d.id; }).sort().join(',');"
            + "var errors = document.querySelector('.ui-messages-error, .ui-message-error, .ui-state-error') ? 'errors' : '';"
            + "return location.pathname + '|' + open + '|' + errors;";

    /** For a test that checks pages itself, collecting every violation before it fails: no automatic checks. */
    public Browser checkingOnlyWhenAsked() {
        checkEveryNewState = false;
        return this;
    }

    private void checkAccessibilityOfNewState() {
        if (!checkEveryNewState) {
            return;
        }
        String state = (String) ((JavascriptExecutor) driver).executeScript(STATE);
        if (state != null && checkedStates.add(state)) {
            assertAccessible(state);
        }
    }

    /** Fails, listing every violation, unless the page as it is now meets WCAG 2.2 AA as far as axe-core can tell. */
    public void assertAccessible(String what) {
        List<String> violations = accessibilityViolations(what);
        if (!violations.isEmpty()) {
            screenshot("accessibility-" + what.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError(violations.size() + " WCAG 2.2 AA violation(s) on " + driver.getCurrentUrl() + " ("
                    + what + "):\n" + String.join("\n", violations));
        }
    }

    /**
     * The page's WCAG 2.2 AA violations found by axe-core, one line per rule with the elements that break it. Each is
     * also appended to target/accessibility-violations.txt, which counts them across a whole run.
     */
    @SuppressWarnings("deprecation") // setLegacyMode, for the reason below
    public List<String> accessibilityViolations(String what) {
        awaitAjax();
        awaitTransitions();
        // axe.run in the page itself. The library's default (axe-core's runPartial, for pages with cross-origin frames)
        // opens a second, blank window for every check, injects axe-core into it again and finishes the run there:
        // about half of each check's time, and the checks were most of the browser tests' time. These pages have no
        // frames (frame testing is off), so the results are the same.
        Results results = new AxeBuilder()
                .withOptions(AXE_OPTIONS)
                .disableIframeTesting()
                .setLegacyMode(true)
                .analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + what + ": " + results.getErrorMessage());
        }
        List<String> violations = results.getViolations().stream()
                .map(rule -> describe(rule, what))
                .toList();
        record(violations);
        return violations;
    }

    private static String describe(Rule rule, String what) {
        return "- [" + what + "] " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream()
                        .map(node -> node.getTarget() + " " + abbreviate(node.getHtml()) + " "
                                + node.getFailureSummary().replaceAll("\\s+", " "))
                        .collect(Collectors.joining("; "));
    }

    private static String abbreviate(String html) {
        String oneLine = String.valueOf(html).replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 160) + "...";
    }

    private static synchronized void record(List<String> violations) {
        if (violations.isEmpty()) {
            return;
        }
        try {
            Path log = Path.of(System.getProperty("engagement.testDir", "target"), "accessibility-violations.txt");
            Files.write(log, violations, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
