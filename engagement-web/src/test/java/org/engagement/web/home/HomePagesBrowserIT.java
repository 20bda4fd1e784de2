package org.engagement.web.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Each role lands on a home page of its own work (the licensing officer's, which the taxi module gives, is
 * TaxiHomePageBrowserIT), and every figure opens the list behind it with the same number. Other
 * tests share the database, so each test makes the record it expects to be counted and compares the figure with its
 * list rather than with a fixed number.
 */
@ExtendWith(RunningApplication.class)
class HomePagesBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final LocalDate TODAY = LocalDate.now();

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static long created(Api api, String path, Map<String, Object> body, String idField) {
        Api.Response response = api.post(path, body);
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return ((BigDecimal) response.json().get(idField)).longValue();
    }

    private long figure(String id) {
        return Long.parseLong(browser.visible(By.cssSelector("#figure-" + id + " .figure-count"))
                .getText()
                .strip());
    }

    private long listTotal(String table, String noun) {
        String report = browser.textOnceContains(By.cssSelector(table + " .ui-paginator-current"), noun);
        return Long.parseLong(report.replaceAll("[^0-9]", ""));
    }

    @Test
    void faithLeadSeesAnOverdueReviewAndOpensTheListBehindIt() {
        String user = "home.faith." + RUN.toLowerCase();
        Api lead = Api.createUser(user, "faith lead passphrase", "FAITH_LEAD");
        String name = "Home Overdue Mosque " + RUN;
        long mosque = created(lead, "/api/v1/organisations", Map.of("name", name, "type", "COMMUNITY_GROUP"), "id");
        Map<String, Object> profile = new HashMap<>(Map.of(
                "version",
                0,
                "policyStatus",
                "ADOPTED",
                "adoptedOn",
                TODAY.minusYears(1).minusDays(10).toString(),
                "nextReviewDue",
                TODAY.minusDays(10).toString(),
                "procedures",
                List.of("REPORTING_A_CONCERN"),
                "contactsOnDisplay",
                true,
                "dbsChecks",
                "PARTLY"));
        assertThat(lead.put("/api/v1/organisations/" + mosque + "/safeguarding", profile)
                        .status())
                .isEqualTo(200);

        browser.signIn(user, "faith lead passphrase").go("/index.xhtml");
        long overdue = figure("reviewsOverdue");
        assertThat(overdue).isPositive();
        assertThat(browser.visible(By.id("today")).getText()).contains("Needs attention");
        assertThat(browser.visible(By.id("policyPosition")).getText())
                .as("the chart's figures, in words beside it")
                .contains("Policy review overdue: " + overdue);
        assertThat(browser.driver().findElements(By.cssSelector("#policyPosition canvas")))
                .hasSize(1);
        assertThat(browser.driver().findElements(By.id("figure-agreementsReview")))
                .as("an industry lead's figure")
                .isEmpty();
        assertThat(browser.driver().findElements(By.id("systemHealth")))
                .as("the administrator's panel")
                .isEmpty();
        browser.assertAccessible("faith lead's home page");

        browser.click(By.id("figure-reviewsOverdue"));
        assertThat(listTotal("[id$=':organisations']", "organisations")).isEqualTo(overdue);
        browser.type(By.cssSelector("input[id$='globalFilter']"), name);
        browser.textOnceContains(By.cssSelector("[id$=':organisations'] tbody"), name);
    }

    @Test
    void industryLeadSeesAnAgreementDueForReviewAndOpensTheRegisterFilteredToIt() {
        String user = "home.industry." + RUN.toLowerCase();
        Api lead = Api.createUser(user, "industry lead passphrase", "INDUSTRY_LEAD");
        long centre =
                created(lead, "/api/v1/organisations", Map.of("name", "Home Centre " + RUN, "type", "BUSINESS"), "id");
        long police = created(
                lead, "/api/v1/organisations", Map.of("name", "Home Police " + RUN, "type", "PARTNER_AGENCY"), "id");
        long manager = created(
                lead,
                "/api/v1/organisations/" + centre + "/contacts",
                Map.of("name", "Mona Manager", "role", "manager", "lawfulBasis", "PUBLIC_TASK"),
                "personId");
        long inspector = created(
                lead,
                "/api/v1/organisations/" + police + "/contacts",
                Map.of("name", "Ian Inspector", "role", "inspector", "lawfulBasis", "PUBLIC_TASK"),
                "personId");
        String reference = "HOME-" + RUN;
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                "Home page review " + RUN,
                "reference",
                reference,
                "purpose",
                "Report concerns about children at the centre",
                "lawfulBasis",
                "PUBLIC_TASK",
                "sharingMethods",
                List.of("SECURE_EMAIL"),
                "reviewDate",
                TODAY.plusDays(5).toString(),
                "parties",
                List.of(
                        Map.of("organisationId", centre, "signatoryPersonId", manager, "signedOn", TODAY.toString()),
                        Map.of(
                                "organisationId",
                                police,
                                "signatoryPersonId",
                                inspector,
                                "signedOn",
                                TODAY.toString()))));
        Api.Response draft = lead.post("/api/v1/agreements", body);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        String id = draft.json().get("id").toString();
        Api.Response inReview = lead.post(
                "/api/v1/agreements/" + id + "/transitions",
                Map.of("to", "IN_REVIEW", "version", draft.json().get("version")));
        Api.Response active = lead.post(
                "/api/v1/agreements/" + id + "/transitions",
                Map.of("to", "ACTIVE", "version", inReview.json().get("version")));
        assertThat(active.status()).as(active.toString()).isEqualTo(200);

        browser.signIn(user, "industry lead passphrase").go("/index.xhtml");
        long due = figure("agreementsReview");
        assertThat(due).isPositive();
        assertThat(browser.visible(By.id("figure-trainingExpiring")).getText()).contains("Training expiring");
        assertThat(browser.driver().findElements(By.id("figure-reviewsOverdue")))
                .as("a faith lead's figure")
                .isEmpty();
        browser.assertAccessible("industry lead's home page");

        browser.click(By.id("figure-agreementsReview"));
        assertThat(listTotal("#list\\:agreements", "agreements")).isEqualTo(due);
        assertThat(browser.visible(By.id("list:agreements:statusFilter")).getAttribute("value"))
                .isEqualTo("REVIEW_DUE");
        browser.type(By.id("list:agreements:globalFilter"), reference);
        assertThat(browser.textOnceContains(By.cssSelector("#list\\:agreements tbody"), reference))
                .contains("Review due");
    }

    @Test
    void administratorSeesEveryonesFiguresAndTheSystemsHealth() {
        browser.signInAsAdmin().go("/index.xhtml");

        assertThat(browser.visible(By.id("health-database")).getText()).contains("Healthy");
        assertThat(browser.visible(By.id("health-schema")).getText()).contains("Up to date");
        assertThat(browser.visible(By.id("health-modules")).getText()).contains("Healthy");
        assertThat(browser.driver().findElements(By.cssSelector("#today .dashboard-figure a")))
                .extracting(a -> a.getAttribute("id"))
                .contains("figure-reviewsOverdue", "figure-followUps", "figure-agreementsReview");
        browser.assertAccessible("administrator's home page");
    }
}
