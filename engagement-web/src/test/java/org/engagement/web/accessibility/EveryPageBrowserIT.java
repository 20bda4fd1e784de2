package org.engagement.web.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page of the product, for every role, meets WCAG 2.2 AA as far as axe-core can tell: the test reads each
 * role's menu as rendered (so a page added to the menu is covered without anyone listing it here), opens every
 * entry, then the first record each list links to, and on each page every dialog it has. It also holds the rules
 * axe-core does not: one {@code h1}, a title no other page has, the skip link and the accessibility statement link.
 * <p>
 * One browser signs in once per role. Every violation of every page is collected before the test fails, so one
 * run lists all that is wrong.
 */
@RunsBesideOtherTests
class EveryPageBrowserIT {

    private static final Path TARGET = Path.of(System.getProperty("engagement.testDir", "target"));

    private static final List<String> ROLES =
            List.of("ADMIN", "FAITH_LEAD", "INDUSTRY_LEAD", "LICENSING_OFFICER", "VIEWER", "DATA_PROTECTION_OFFICER");
    private static final String PASSWORD = "accessibility check password";

    /**
     * A server of its own, so the walk (the longest test, about a quarter of the suite's one thread) runs beside the
     * others; its pages show the records made here.
     */
    private static RunningApplication.Server server;

    private static String base;

    private static Browser browser;

    private static boolean withTaxiModule;

    /** The declared validation checks whose forms the walk sent and saw refused. */
    private static final Set<String> REFUSED = new LinkedHashSet<>();

    /** A declared check sent empty and not refused, with the page it was sent on; tried again on later pages. */
    private static final Map<String, String> NOT_REFUSED = new LinkedHashMap<>();

    /** Pages no menu links to (new records, a record's sub-pages) whose forms the administrator's walk sends too. */
    private static final List<String> ADMIN_PAGES_BEYOND_LINKS = new ArrayList<>();

    @BeforeAll
    static void recordsForThePagesToShow() throws Exception {
        server = RunningApplication.startSeparately(
                TARGET.resolve("every-page-db-" + System.currentTimeMillis()), "every-page");
        base = server.baseUrl();
        Api admin = Api.admin().on(base);
        long mosque = created(
                admin,
                "/api/v1/organisations",
                Map.of(
                        "name",
                        "Masjid Accessibility",
                        "type",
                        "COMMUNITY_GROUP",
                        "town",
                        "Doncaster",
                        "postcode",
                        "DN1 3AA"));
        long police = created(
                admin, "/api/v1/organisations", Map.of("name", "Police Accessibility", "type", "PARTNER_AGENCY"));
        created(
                admin,
                "/api/v1/organisations/" + mosque + "/contacts",
                Map.of("name", "Imam Accessibility", "role", "imam", "lawfulBasis", "PUBLIC_TASK"));
        created(
                admin,
                "/api/v1/organisations/" + mosque + "/engagements",
                Map.of("date", LocalDate.now().toString(), "type", "VISIT", "summary", "Accessibility check visit"));
        created(
                admin,
                "/api/v1/agreements",
                Map.of(
                        "title",
                        "Accessibility agreement",
                        "reference",
                        "A11Y-1",
                        "purpose",
                        "Share concerns",
                        "lawfulBasis",
                        "PUBLIC_TASK",
                        "sharingMethods",
                        List.of("SECURE_EMAIL"),
                        "reviewDate",
                        LocalDate.now().plusYears(1).toString(),
                        "parties",
                        List.of(Map.of("organisationId", mosque), Map.of("organisationId", police))));
        // A plan with an action, and a training session, for their pages' forms.
        long plan = created(
                admin,
                "/api/v1/plans",
                Map.of(
                        "title",
                        "Accessibility plan",
                        "startsOn",
                        LocalDate.now().minusMonths(1).toString(),
                        "endsOn",
                        LocalDate.now().plusMonths(11).toString()));
        created(
                admin,
                "/api/v1/plans/" + plan + "/actions",
                Map.of(
                        "outcomeNumber",
                        1,
                        "outcomeTitle",
                        "Children are safer",
                        "reference",
                        "1.1",
                        "title",
                        "Accessibility action",
                        "leadOfficer",
                        "Licensing manager",
                        "status",
                        "GREEN",
                        "dueDate",
                        LocalDate.now().plusMonths(6).toString()));
        created(
                admin,
                "/api/v1/courses",
                Map.of(
                        "code",
                        "A11Y-CSE",
                        "title",
                        "Accessibility course",
                        "level",
                        "LEVEL_2",
                        "delivery",
                        "FACE_TO_FACE",
                        "validityMonths",
                        12));
        created(
                admin,
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "A11Y-CSE",
                        "date",
                        LocalDate.now().minusDays(7).toString(),
                        "audience",
                        "PROFESSIONALS",
                        "headcount",
                        5));
        ADMIN_PAGES_BEYOND_LINKS.addAll(List.of(
                "/organisations/edit.xhtml",
                "/agreements/edit.xhtml",
                "/safeguarding/profile.xhtml?organisation=" + mosque,
                "/safeguarding/audit.xhtml?organisation=" + mosque));
        // A driver for the taxi module's pages to show, when the WAR was built with it (-DnoPlugins leaves it out).
        withTaxiModule =
                admin.get("/api/v1/modules").jsonList().stream().anyMatch(module -> "taxi".equals(module.get("id")));
        if (withTaxiModule) {
            Api.Response imported = admin.post(
                    "/api/v1/taxi/drivers/import",
                    "text/csv",
                    ("licence_number,licence_type,surname,"
                                    + "forenames,date_of_birth,licence_expiry,operator_name,status\nA11Y-1,PRIVATE_HIRE,Access,Ada,1980-02-01,"
                                    + "2027-05-01,Accessible Cars,ACTIVE\n")
                            .getBytes(StandardCharsets.UTF_8));
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
            long takeaway = created(
                    admin,
                    "/api/v1/organisations",
                    Map.of("name", "Takeaway Accessibility", "type", "TAKEAWAY", "town", "Doncaster"));
            ADMIN_PAGES_BEYOND_LINKS.addAll(List.of(
                    "/taxi/check.xhtml",
                    "/taxi/checklist.xhtml?licence=A11Y-1",
                    "/organisations/view.xhtml?id=" + takeaway));
        }
        for (String role : ROLES) {
            admin.withNewUser(user(role), PASSWORD, role);
        }
        browser = Browser.open().on(base).checkingOnlyWhenAsked();
    }

    @AfterAll
    static void closeBrowserAndServer() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static long created(Api api, String path, Map<String, Object> body) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(201);
        return ((BigDecimal) response.json().get("id")).longValue();
    }

    private static String user(String role) {
        return "a11y." + role.toLowerCase();
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void everyPageOfEveryRoleMeetsWcag22AaWithItsDialogsOpen() {
        List<String> problems = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> dialogsChecked = new LinkedHashSet<>();
        int pages = 0;
        for (String role : ROLES) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.driver().manage().deleteAllCookies();
            browser.driver().get(base + "/login.xhtml");
            if (role.equals(ROLES.get(0))) { // the same page for every role, checked once
                problems.addAll(check("sign-in page"));
                problems.addAll(withEachDeclaredFormRefused(
                        "sign-in page", browser.driver().getCurrentUrl(), js));
            }
            browser.signIn(user(role), PASSWORD);
            Set<String> visited = new LinkedHashSet<>();
            List<String> toVisit = new ArrayList<>(menu());
            if ("ADMIN".equals(role)) {
                ADMIN_PAGES_BEYOND_LINKS.forEach(page -> toVisit.add(base + page));
            }
            for (int next = 0; next < toVisit.size(); next++) {
                String page = toVisit.get(next);
                if (!visited.add(page)) {
                    continue;
                }
                problems.addAll(visit(role, page, titles, dialogsChecked, js));
                pages++;
                String record = firstRecordOnThisPage();
                if (record != null && !visited.contains(record)) {
                    toVisit.add(next + 1, record);
                }
                if ("ADMIN".equals(role)) {
                    toVisit.addAll(pagesNotYetSeen(toVisit));
                }
            }
        }
        NOT_REFUSED.forEach((check, what) ->
                problems.add(what + ": the " + check + " form was not refused when sent empty (declared to be)"));
        problems.addAll(checksNotReached());
        assertThat(pages).as("pages reached from the menus").isGreaterThan(20);
        assertThat(problems).as("accessibility problems on " + pages + " pages").isEmpty();
    }

    @Test
    @Execution(ExecutionMode.SAME_THREAD)
    void theAccessibilityStatementIsPublicLinkedFromSignInAndInTheModelStatementsForm() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(base + "/login.xhtml");
        browser.driver()
                .findElement(By.cssSelector("footer a[href$='/accessibility.xhtml']"))
                .sendKeys(Keys.ENTER);
        String statement = browser.textOnceContains(By.id("statement"), "Preparation of this accessibility statement");
        assertThat(statement)
                .contains(
                        "Accessibility statement for Engagement CRM",
                        "How accessible this service is",
                        "Feedback and contact information",
                        "Reporting accessibility problems with this service",
                        "Enforcement procedure",
                        "Compliance status",
                        "partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard",
                        "Non-accessible content",
                        "This service was last tested on 4 Dec 2026",
                        "axe-core");
        assertThat(browser.visible(By.id("known-issues")).findElements(By.tagName("li")))
                .isNotEmpty();
        assertThat(check("the accessibility statement, signed out")).isEmpty();
        assertThat(structure("ANONYMOUS /accessibility.xhtml", new LinkedHashMap<>()))
                .isEmpty();
    }

    private static List<String> check(String what) {
        return browser.accessibilityViolations(what);
    }

    /** The menu's links as rendered for the signed-in user, sub-menus included. */
    private static List<String> menu() {
        List<String> links = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("#menuForm a[href]"))) {
            String href = link.getAttribute("href");
            if (href != null && href.startsWith(base) && !href.endsWith("#")) {
                links.add(href);
            }
        }
        assertThat(links).as("menu links").isNotEmpty();
        return links;
    }

    /**
     * Checks a page as it opens and, the first time any role opens it, with each of its dialogs open (a dialog's
     * markup is the same for every role allowed to open it; the page around it is what differs).
     */
    private static List<String> visit(
            String role, String page, Map<String, String> titles, Set<String> dialogsChecked, JavascriptExecutor js) {
        browser.driver().get(page);
        String path = page.replace(base, "");
        String what = role + " " + path;
        List<String> problems = new ArrayList<>(check(what));
        browser.driver().findElements(By.id("error-title")).stream()
                .findFirst()
                .ifPresent(error -> problems.add(what + ": the page answered with \"" + error.getText() + "\""));
        problems.addAll(structure(what, titles));
        if (dialogsChecked.add(path.replaceAll("\\?.*", ""))) {
            problems.addAll(withEachDialogOpen(what, js));
        }
        problems.addAll(withEachDeclaredFormRefused(what, page, js));
        return problems;
    }

    private static List<String> dialogWidgets(JavascriptExecutor js) {
        @SuppressWarnings("unchecked")
        List<String> dialogs = (List<String>) js.executeScript("var names = [];"
                + "if (window.PrimeFaces) { for (var name in PrimeFaces.widgets) {"
                + "  var w = PrimeFaces.widgets[name];"
                + "  if (w instanceof PrimeFaces.widget.Dialog && !(w instanceof PrimeFaces.widget.ConfirmDialog)) { names.push(name); } } }"
                + "return names;");
        return dialogs;
    }

    private static void openDialog(String dialog, JavascriptExecutor js) {
        js.executeScript("jQuery.fx.off = true; PF(arguments[0]).show();", dialog);
        browser.waitFor(d -> ((JavascriptExecutor) d).executeScript("return PF(arguments[0]).isVisible();", dialog));
    }

    /**
     * The administrator's walk goes one step further than the menu and the first records: every page of the product a
     * page links to, once per page (a record's audit, a person, a plan's action, the account pages), so the forms on
     * them are sent too.
     */
    private static List<String> pagesNotYetSeen(List<String> seen) {
        Set<String> paths = new LinkedHashSet<>();
        seen.forEach(page -> paths.add(page.replaceAll("\\?.*", "")));
        List<String> links = new ArrayList<>();
        for (WebElement link : browser.driver().findElements(By.cssSelector("main a[href], header a[href]"))) {
            String href = link.getAttribute("href");
            if (href != null
                    && href.startsWith(base)
                    && href.contains(".xhtml")
                    && !href.contains("#")
                    && paths.add(href.replaceAll("\\?.*", ""))) {
                links.add(href);
            }
        }
        return links;
    }

    /** The first record a list page links to from its table (an organisation, an agreement, a driver...), or null. */
    private static String firstRecordOnThisPage() {
        return browser.driver().findElements(By.cssSelector("main .ui-datatable tbody a[href]")).stream()
                .map(a -> a.getAttribute("href"))
                .filter(href -> href != null && href.startsWith(base) && !href.contains("#"))
                .findFirst()
                .orElse(null);
    }

    /**
     * Sends each form the page declares a validation check for (see {@link DeclaredValidationChecks}) with its fields
     * emptied, opening its dialog or tab first, and checks the page with the refusal's messages showing. A form that is
     * not refused is a problem too: it was declared to refuse. Each check is walked once, by the first role that sees
     * it; the page is opened afresh before and after each, so nothing typed or shown carries over.
     */
    private static List<String> withEachDeclaredFormRefused(String what, String page, JavascriptExecutor js) {
        List<String> problems = new ArrayList<>();
        List<String> notYetRefused = declaredChecks(js).stream()
                .filter(check -> !REFUSED.contains(check))
                .toList();
        if (notYetRefused.isEmpty()) {
            return problems; // nothing sent: the page is still as it opened, no need to open it again
        }
        for (String check : notYetRefused) {
            try {
                problems.addAll(sentEmpty(what, page, check, js));
            } catch (org.openqa.selenium.WebDriverException unreachable) {
                browser.screenshot("form-walk-" + check);
                problems.add(what + ": the " + check + " form could not be sent: "
                        + unreachable.getMessage().lines().findFirst().orElse(""));
            }
        }
        browser.driver().get(page);
        return problems;
    }

    private static List<String> sentEmpty(String what, String page, String check, JavascriptExecutor js) {
        browser.driver().get(page);
        browser.driver().findElements(By.cssSelector("[data-validation-opener='" + check + "']")).stream()
                .findFirst()
                .ifPresent(opener -> revealed(opener, js).click());
        browser.awaitAjax();
        WebElement send =
                revealed(browser.driver().findElement(By.cssSelector("[data-validation-check='" + check + "']")), js);
        js.executeScript(EMPTY_THE_FORM, send);
        send.click();
        confirmIfAsked();
        if (!refusalShown()) {
            NOT_REFUSED.putIfAbsent(check, what);
            return List.of();
        }
        REFUSED.add(check);
        NOT_REFUSED.remove(check);
        return check(what + " with the " + check + " form refused");
    }

    private static final String EMPTY_THE_FORM = "var form = arguments[0].form || arguments[0].closest('form');"
            + "form.querySelectorAll('input, textarea, select').forEach(function (field) {"
            + "  var type = (field.type || '').toLowerCase();"
            + "  if (field.tagName === 'SELECT') {"
            + "    if (field.options.length && field.options[0].value === '') { field.selectedIndex = 0; }"
            + "  } else if (type === 'hidden') {"
            + "    if (/_hinput$/.test(field.id)) { field.value = ''; }" // a number or auto-complete field's value
            + "  } else if (['checkbox', 'radio', 'submit', 'button', 'file', 'image'].indexOf(type) < 0) {"
            + "    field.value = '';"
            + "  }"
            + "});";

    @SuppressWarnings("unchecked")
    private static List<String> declaredChecks(JavascriptExecutor js) {
        return (List<String>) js.executeScript("var names = [];"
                + "document.querySelectorAll('[data-validation-check]').forEach(function (e) {"
                + "  var name = e.getAttribute('data-validation-check');"
                + "  if (e.tagName !== 'FORM' && names.indexOf(name) < 0) { names.push(name); } });"
                + "return names;");
    }

    /**
     * The element, with what hides it opened first: the tab that holds it, or the dialog (through its widget) when no
     * opener button of the page has opened it.
     */
    private static WebElement revealed(WebElement element, JavascriptExecutor js) {
        if (!element.isDisplayed()) {
            js.executeScript(
                    "var panel = arguments[0].closest('.ui-tabs-panel');"
                            + "if (panel) { document.querySelector(\".ui-tabs-nav a[href='#\" + CSS.escape(panel.id)"
                            + " + \"']\").click(); }"
                            + "var dialog = arguments[0].closest('.ui-dialog');"
                            + "if (dialog) { jQuery.fx.off = true; for (var name in PrimeFaces.widgets) {"
                            + "  if (PrimeFaces.widgets[name].id === dialog.id) { PF(name).show(); } } }",
                    element);
            browser.waitFor(d -> element.isDisplayed());
        }
        return element;
    }

    /** Answers yes where the button asks "are you sure?" first (erasure). */
    private static void confirmIfAsked() {
        browser.awaitAjax();
        browser.driver().findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).stream()
                .filter(WebElement::isDisplayed)
                .findFirst()
                .ifPresent(WebElement::click);
    }

    private static boolean refusalShown() {
        try {
            browser.waitFor(d -> d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error")).stream()
                    .anyMatch(WebElement::isDisplayed));
            return true;
        } catch (org.openqa.selenium.TimeoutException notRefused) {
            return false;
        }
    }

    /** The checks the sources declare that no page of the walk offered. */
    private static List<String> checksNotReached() {
        return DeclaredValidationChecks.inSources(withTaxiModule).checks().entrySet().stream()
                .filter(check -> !REFUSED.contains(check.getKey()) && !NOT_REFUSED.containsKey(check.getKey()))
                .map(check -> "the " + check.getKey() + " form (" + check.getValue() + ") was not reached by the walk")
                .toList();
    }

    /** One h1, a title of its own, a skip link to the main content and the accessibility statement in the footer. */
    private static List<String> structure(String what, Map<String, String> titles) {
        List<String> problems = new ArrayList<>();
        int h1 = browser.driver().findElements(By.tagName("h1")).size();
        if (h1 != 1) {
            problems.add(what + ": " + h1 + " h1 headings, not one");
        }
        String title = browser.driver().getTitle();
        String path = what.substring(what.indexOf(' ') + 1).replaceAll("\\?.*", "");
        String other = titles.putIfAbsent(title, path);
        if (other != null && !other.equals(path)) {
            problems.add(what + ": the title \"" + title + "\" is also the title of " + other);
        }
        if (browser.driver()
                        .findElements(By.cssSelector("a.skip-link[href='#main']"))
                        .isEmpty()
                || browser.driver().findElements(By.id("main")).isEmpty()) {
            problems.add(what + ": no skip link to the main content");
        }
        if (browser.driver()
                .findElements(By.cssSelector("footer a[href$='/accessibility.xhtml']"))
                .isEmpty()) {
            problems.add(what + ": no link to the accessibility statement in the footer");
        }
        return problems;
    }

    /** Opens each dialog of the page through its PrimeFaces widget, checks the page with it open, and closes it. */
    private static List<String> withEachDialogOpen(String what, JavascriptExecutor js) {
        List<String> problems = new ArrayList<>();
        for (String dialog : dialogWidgets(js)) {
            openDialog(dialog, js);
            problems.addAll(check(what + " with dialog " + dialog + " open"));
            js.executeScript("PF(arguments[0]).hide();", dialog);
        }
        return problems;
    }
}
