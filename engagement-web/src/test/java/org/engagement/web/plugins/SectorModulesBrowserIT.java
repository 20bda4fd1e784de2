package org.engagement.web.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * What the packaged sector modules add to the pages: their tabs on the organisations they concern, the faith
 * pathway moving on as records are added, retail visits and coverage, housing details, and their menu entries.
 */
@ExtendWith(RunningApplication.class)
class SectorModulesBrowserIT {

    private static final String ORGS = "/api/v1/organisations";
    private static Api admin;

    @BeforeAll
    static void account() {
        admin = Api.admin();
    }

    private static long organisation(String name, String type, String ward) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "type", type, "town", "Doncaster"));
        if (ward != null) {
            body.put("ward", ward);
        }
        Api.Response created = admin.post(ORGS, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return ((BigDecimal) created.json().get("id")).longValue();
    }

    private static void recordVisit(long id, String summary) {
        Api.Response visit = admin.post(
                ORGS + "/" + id + "/engagements",
                Map.of("date", LocalDate.now().toString(), "type", "VISIT", "summary", summary));
        assertThat(visit.status()).as(visit.toString()).isEqualTo(201);
    }

    private static void openTab(Browser browser, long organisationId, String title) {
        browser.go("/organisations/view.xhtml?id=" + organisationId);
        browser.visible(By.id("orgName"));
        browser.click(By.xpath("//div[@id='tabs']//a[normalize-space(.)='" + title + "']"));
    }

    private static void typeDate(Browser browser, By field, String date) {
        browser.typeDate(field, date);
    }

    @Test
    void theFaithPathwayOfAMosqueAdvancesAsRecordsAreAdded() {
        long mosque = organisation("Jamia Masjid Pathway", "MOSQUE", "Hexthorpe");
        try (Browser browser = Browser.open()) {
            browser.signInAsAdmin();
            openTab(browser, mosque, "Faith and community");
            assertThat(browser.textOnceContains(By.id("pathwayCurrent"), "No contact yet"))
                    .isEqualTo("No contact yet");

            recordVisit(mosque, "First visit: met the imam");
            browser.click(By.id("tabs:faithForm:refreshPathway"));
            browser.textOnceContains(By.id("pathwayCurrent"), "Contact made");
            assertThat(browser.visible(By.id("pathway")).getText())
                    .contains("Contact made: Done")
                    .contains("Agreed to engage: Not yet");

            browser.type(By.id("tabs:faithForm:community"), "Pakistani");
            browser.type(By.id("tabs:faithForm:languages"), "Urdu, English");
            new Select(browser.visible(By.id("tabs:faithForm:agreement"))).selectByIndex(1);
            browser.click(By.id("tabs:faithForm:saveFaith"));
            browser.textOnceContains(By.id("tabs:faithForm"), "Faith details saved");
            browser.screenshot("faith-pathway-agreed");
            assertThat(browser.visible(By.id("pathwayCurrent")).getText()).isEqualTo("Agreed to engage");

            Api.Response policy = admin.put(
                    "/api/v1/organisations/" + mosque + "/safeguarding",
                    Map.of(
                            "version",
                            0,
                            "policyStatus",
                            "ADOPTED",
                            "adoptedOn",
                            LocalDate.now().toString(),
                            "nextReviewDue",
                            LocalDate.now().plusYears(1).toString()));
            assertThat(policy.status()).as(policy.toString()).isEqualTo(200);
            browser.click(By.id("tabs:faithForm:refreshPathway"));
            browser.textOnceContains(By.id("pathwayCurrent"), "Safeguarding policy adopted");

            browser.go("/faith/overview.xhtml");
            assertThat(browser.visible(By.id("overviewForm:byCommunity")).getText())
                    .contains("Pakistani");
            // The table pages in the database: find the mosque by filtering on its step and name.
            new Select(browser.visible(By.id("overviewForm:settings:stepFilter")))
                    .selectByVisibleText("Safeguarding policy adopted");
            browser.type(By.id("overviewForm:settings:name:filter"), "Jamia Masjid Pathway");
            String settings = browser.textOnceContains(By.id("overviewForm:settings"), "1 settings");
            assertThat(settings)
                    .contains("Jamia Masjid Pathway")
                    .contains("Pakistani")
                    .contains("Safeguarding policy adopted");
        }
    }

    @Test
    void retailVisitsShowOnTheCoveragePageByTypeAndArea() {
        long takeaway = organisation("Chicken Cottage Coverage", "TAKEAWAY", "Balby South");
        long pizzaPalace = organisation("Pizza Palace Coverage", "TAKEAWAY", "Balby South");
        try (Browser browser = Browser.open()) {
            browser.signInAsAdmin();
            openTab(browser, takeaway, "Premises and visits");

            typeDate(browser, By.id("tabs:retailForm:visitDate_input"), "01/01/2099");
            browser.click(By.id("tabs:retailForm:recordVisit"));
            assertThat(browser.textOnceContains(By.id("tabs:retailForm"), "cannot be in the future"))
                    .contains("cannot be in the future");

            typeDate(browser, By.id("tabs:retailForm:visitDate_input"), "12/03/2026");
            browser.type(By.id("tabs:retailForm:partner"), "Youth charity");
            browser.type(By.id("tabs:retailForm:materialsLeft"), "Posters and leaflets");
            browser.click(By.id("tabs:retailForm:recordVisit"));
            assertThat(browser.textOnceContains(By.id("tabs:retailForm:visits"), "Youth charity"))
                    .contains("12 Mar 2026");

            browser.type(By.id("tabs:retailForm:staffHeadcount_input"), "12");
            browser.click(By.id("tabs:retailForm:savePremises"));
            browser.textOnceContains(By.id("tabs:retailForm"), "Premises details saved");
            trainStaffOf(takeaway, pizzaPalace);
            browser.go("/organisations/view.xhtml?id=" + takeaway);
            browser.click(By.xpath("//div[@id='tabs']//a[normalize-space(.)='Premises and visits']"));
            assertThat(browser.textOnceContains(By.id("staffTrained"), "of 12"))
                    .as("2 named and 3 unnamed")
                    .isEqualTo("5 of 12");
            assertThat(browser.visible(By.id("staffTrainedHelp")).getText()).contains("cannot be split");

            browser.go("/retail/coverage.xhtml");
            String coverage = browser.visible(By.id("coverageForm:coverage")).getText();
            browser.screenshot("retail-coverage");
            assertThat(coverage).contains("Takeaway").contains("Balby South").contains("1 of 2 (50%)");
            // Premises, visited, with trained staff, hotspots, staff (headcount), staff trained.
            assertThat(coverage).contains("Balby South 2 1 of 2 (50%) 1 0 12 5");
        }
    }

    /**
     * Three people at the premises attend sessions through the training API: two hold valid training (one of them
     * twice, counted once), one attended a course whose validity ran out a year ago. A session for the premises
     * alone records 3 unnamed staff (they count); one shared with the pizza palace records 5 (they cannot be
     * attributed, so count for neither).
     */
    private static void trainStaffOf(long premises, long neighbour) {
        post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "NTE-BROWSER",
                        "title",
                        "Night-time economy awareness",
                        "level",
                        "AWARENESS",
                        "delivery",
                        "FACE_TO_FACE",
                        "validityMonths",
                        12));
        String today = LocalDate.now().toString();
        post(
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "NTE-BROWSER",
                        "date",
                        today,
                        "audience",
                        "BUSINESS_STAFF",
                        "headcount",
                        0,
                        "attendees",
                        List.of(
                                Map.of("name", "Amir Coverage", "organisationId", premises),
                                Map.of("name", "Beth Coverage", "organisationId", premises))));
        post(
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "NTE-BROWSER",
                        "date",
                        today,
                        "audience",
                        "BUSINESS_STAFF",
                        "headcount",
                        0,
                        "attendees",
                        List.of(Map.of("name", "Beth Coverage", "organisationId", premises))));
        post(
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "NTE-BROWSER",
                        "date",
                        LocalDate.now().minusYears(2).toString(),
                        "audience",
                        "BUSINESS_STAFF",
                        "headcount",
                        0,
                        "attendees",
                        List.of(Map.of("name", "Carl Coverage", "organisationId", premises))));
        post(
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "NTE-BROWSER",
                        "date",
                        today,
                        "audience",
                        "BUSINESS_STAFF",
                        "headcount",
                        3,
                        "organisationIds",
                        List.of(premises),
                        "attendees",
                        List.of()));
        post(
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "NTE-BROWSER",
                        "date",
                        today,
                        "audience",
                        "BUSINESS_STAFF",
                        "headcount",
                        5,
                        "organisationIds",
                        List.of(premises, neighbour),
                        "attendees",
                        List.of()));
    }

    private static void post(String path, Map<String, Object> body) {
        Api.Response response = admin.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void aLandlordHasAHousingTabAndOtherOrganisationsDoNot() {
        long landlord = organisation("Acme Lettings Housing", "LANDLORD", null);
        long school = organisation("Hall Cross School Tabs", "SCHOOL", null);
        try (Browser browser = Browser.open()) {
            browser.signInAsAdmin();
            openTab(browser, landlord, "Housing");
            browser.type(By.id("tabs:housingForm:propertyCount_input"), "12");
            browser.type(By.id("tabs:housingForm:licensingScheme"), "Selective licensing");
            browser.click(By.id("tabs:housingForm:saveHousing"));
            browser.textOnceContains(By.id("tabs:housingForm"), "Housing details saved");

            browser.go("/housing/summary.xhtml");
            assertThat(browser.visible(By.id("summaryForm:schemes")).getText()).contains("Selective licensing");

            browser.go("/organisations/view.xhtml?id=" + school);
            browser.visible(By.id("orgName"));
            assertThat(browser.visible(By.id("tabs")).getText())
                    .doesNotContain("Housing", "Faith and community", "Premises and visits");
        }
    }

    @Test
    void theModulesMenuEntriesAndWidgetAreShownToTheirRoles() {
        Api.createUser("modules.faith", "faith lead password", "FAITH_LEAD");
        try (Browser browser = Browser.open()) {
            browser.signIn("modules.faith", "faith lead password");
            browser.visible(By.id("welcome"));
            assertThat(browser.visible(By.tagName("nav")).getText())
                    .contains("Faith overview")
                    .doesNotContain("Retail coverage");
            assertThat(browser.visible(By.id("faithWidget")).getText()).contains("Faith settings recorded");
        }
        assertThat(admin.get("/api/v1/modules").jsonList())
                .extracting(m -> m.get("id"))
                .containsExactly("faith", "retail", "taxi", "housing");
        assertThat(admin.get("/api/v1/organisation-types").jsonList())
                .extracting(t -> t.get("code"))
                .contains("MOSQUE", "MADRASSA", "TAKEAWAY", "LICENSED_PREMISES", "LANDLORD", "LETTING_AGENT");
        assertThat(admin.get("/api/v1/modules").jsonList())
                .filteredOn(m -> "faith".equals(m.get("id")))
                .singleElement()
                .satisfies(m -> assertThat(m.get("auditTemplates")).isEqualTo(List.of("SUPPLEMENTARY_SCHOOL")));
    }
}
