package org.engagement.web.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
@ExtendWith(RunningApplication.class)
class EveryPageBrowserIT {

    private static final List<String> ROLES =
            List.of("ADMIN", "FAITH_LEAD", "INDUSTRY_LEAD", "LICENSING_OFFICER", "VIEWER", "DATA_PROTECTION_OFFICER");
    private static final String PASSWORD = "accessibility check password";

    private static Browser browser;

    private static boolean withTaxiModule;

    @BeforeAll
    static void recordsForThePagesToShow() {
        Api admin = Api.admin();
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
        }
        for (String role : ROLES) {
            Api.createUser(user(role), PASSWORD, role);
        }
        browser = Browser.open().checkingOnlyWhenAsked();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
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
    void everyPageOfEveryRoleMeetsWcag22AaWithItsDialogsOpen() {
        List<String> problems = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> dialogsChecked = new LinkedHashSet<>();
        int pages = 0;
        for (String role : ROLES) {
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            browser.driver().manage().deleteAllCookies();
            browser.driver().get(RunningApplication.baseUrl() + "/login.xhtml");
            problems.addAll(check(role + " sign-in page"));
            browser.signIn(user(role), PASSWORD);
            Set<String> visited = new LinkedHashSet<>();
            for (String menuPage : menu()) {
                String record = null;
                if (visited.add(menuPage)) {
                    problems.addAll(visit(role, menuPage, titles, dialogsChecked, js));
                    record = firstRecordOnThisPage();
                    pages++;
                }
                if (record != null && visited.add(record)) {
                    problems.addAll(visit(role, record, titles, dialogsChecked, js));
                    pages++;
                }
            }
        }
        problems.addAll(withValidationMessagesShowing());
        assertThat(pages).as("pages reached from the menus").isGreaterThan(20);
        assertThat(problems).as("accessibility problems on " + pages + " pages").isEmpty();
    }

    @Test
    void theAccessibilityStatementIsPublicLinkedFromSignInAndInTheModelStatementsForm() {
        browser.driver().manage().deleteAllCookies();
        browser.driver().get(RunningApplication.baseUrl() + "/login.xhtml");
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
            if (href != null && href.startsWith(RunningApplication.baseUrl()) && !href.endsWith("#")) {
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
        String path = page.replace(RunningApplication.baseUrl(), "");
        String what = role + " " + path;
        List<String> problems = new ArrayList<>(check(what));
        problems.addAll(structure(what, titles));
        if (dialogsChecked.add(path.replaceAll("\\?.*", ""))) {
            problems.addAll(withEachDialogOpen(what, js));
        }
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

    /** The first record a list page links to from its table (an organisation, an agreement, a driver...), or null. */
    private static String firstRecordOnThisPage() {
        return browser.driver().findElements(By.cssSelector("main .ui-datatable tbody a[href]")).stream()
                .map(a -> a.getAttribute("href"))
                .filter(href -> href != null && href.startsWith(RunningApplication.baseUrl()) && !href.contains("#"))
                .findFirst()
                .orElse(null);
    }

    /**
     * Forms refused for what was typed (nothing, or a licence no one holds), so their messages show, on a page, in a
     * dialog, and in the renewal check; signed in as the last role, then as an administrator, who may use them all.
     */
    private static List<String> withValidationMessagesShowing() {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(user("ADMIN"), PASSWORD);
        List<String> problems = new ArrayList<>();
        browser.driver().get(RunningApplication.baseUrl() + "/organisations/edit.xhtml");
        browser.click(By.id("orgForm:save"));
        browser.visible(By.cssSelector("#orgForm .ui-message-error"));
        problems.addAll(check("ADMIN new organisation refused with nothing typed"));

        browser.driver().get(RunningApplication.baseUrl() + "/organisations/list.xhtml?q=Masjid%20Accessibility");
        browser.click(By.linkText("Masjid Accessibility"));
        browser.click(By.id("tabs:peopleForm:addPerson"));
        browser.click(By.id("personForm:save"));
        browser.visible(By.cssSelector("#personForm .ui-message-error"));
        problems.addAll(check("ADMIN person dialog refused with nothing typed"));

        if (withTaxiModule) {
            browser.driver().get(RunningApplication.baseUrl() + "/taxi/check.xhtml");
            browser.type(By.id("check:licenceNumber"), "NO-SUCH-LICENCE");
            browser.click(By.id("check:run"));
            browser.visible(
                    By.cssSelector("#check .ui-messages-error, #check .ui-messages-warn, #check .ui-messages-info"));
            problems.addAll(check("ADMIN renewal check of an unknown licence"));
        }
        return problems;
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
