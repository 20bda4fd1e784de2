package org.engagement.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

@ExtendWith(RunningApplication.class)
class RecordTrainingBrowserIT {

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void industryLeadImportsAttendeesFromCsvFixingTheBadDateAndSeesEachExpiry() throws IOException {
        Api.Response course = Api.admin()
                .post(
                        "/api/v1/courses",
                        Map.of(
                                "code",
                                "BR-CSE",
                                "title",
                                "Browser CSE course",
                                "level",
                                "LEVEL_2",
                                "delivery",
                                "FACE_TO_FACE",
                                "validityMonths",
                                12));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        Api lead = Api.createUser("browser.industry", "industry lead password", "INDUSTRY_LEAD");
        Api.Response org = lead.post(
                "/api/v1/organisations",
                Map.of("name", "Browser Transport Interchange", "type", "PARTNER_AGENCY", "town", "Doncaster"));
        long orgId = ((BigDecimal) org.json().get("id")).longValue();

        browser.signIn("browser.industry", "industry lead password").go("/training/sessions.xhtml");
        browser.click(By.id("filters:newSession"));
        new Select(browser.visible(By.id("recordSessionForm:courseCode")))
                .selectByVisibleText("Browser CSE course (BR-CSE)");
        new Select(browser.visible(By.id("recordSessionForm:audience"))).selectByVisibleText("Professionals");
        new Select(browser.visible(By.id("recordSessionForm:host")))
                .selectByVisibleText("Browser Transport Interchange");
        browser.type(By.id("recordSessionForm:venue"), "Interchange staff room");
        browser.click(By.id("recordSessionForm:save"));
        assertThat(browser.textOnceContains(By.id("sessionTitle"), "Browser CSE course"))
                .startsWith("Browser CSE course on");

        String header = "name,email,organisation_id,completed_on,certificate_number\n";
        Path bad = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "attendance", ".csv");
        Files.writeString(
                bad,
                header
                        + "Wendy Hall,wendy@example.org," + orgId + ",01/10/2026,BR-1\n"
                        + "Xavier Ross,xavier@example.org," + orgId + ",31/09/2026,BR-2\n",
                StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("importForm:attendanceFile_input")).sendKeys(bad.toString());

        assertThat(browser.textOnceContains(By.id("importErrors"), "Line 3")).contains("31/09/2026");
        assertThat(browser.textOnceContains(By.id("attendeesForm:attendees"), "No named attendees yet"))
                .doesNotContain("Wendy");
        browser.screenshot("training-import-bad-date");

        Path fixed = Files.createTempFile(Path.of(System.getProperty("java.io.tmpdir")), "attendance", ".csv");
        Files.writeString(fixed, Files.readString(bad).replace("31/09/2026", "2026-09-30"), StandardCharsets.UTF_8);
        browser.driver().findElement(By.id("importForm:attendanceFile_input")).sendKeys(fixed.toString());

        String attendees = browser.textOnceContains(By.id("attendeesForm:attendees"), "Xavier Ross");
        assertThat(attendees)
                .contains("Wendy Hall")
                .contains(Dates.describe(LocalDate.of(2027, 9, 30)))
                .contains("Xavier Ross")
                .contains(Dates.describe(LocalDate.of(2027, 9, 29)));
        assertThat(browser.pageText()).contains("2 attendee(s) added");
        assertThat(browser.visible(By.id("peopleTrained")).getText()).startsWith("2 ");
        browser.screenshot("training-imported");

        browser.click(By.linkText("Wendy Hall"));
        assertThat(browser.textOnceContains(By.id("trainingForm:trainingRecords"), "Browser CSE course"))
                .contains(Dates.describe(LocalDate.of(2027, 9, 30)))
                .contains("Current")
                .contains("BR-1");
    }

    /**
     * A lead narrows the organisation list to those trained to level 3 or higher, then opens a person from an
     * organisation's page and sees their current and their expired training.
     */
    @Test
    void leadFiltersOrganisationsByTrainingLevelAndOpensAPersonWithCurrentAndExpiredRecords() {
        Api admin = Api.admin();
        admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "BR-L3",
                        "title",
                        "Browser level 3 course",
                        "level",
                        "LEVEL_3",
                        "delivery",
                        "FACE_TO_FACE",
                        "validityMonths",
                        12));
        admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "BR-AW",
                        "title",
                        "Browser awareness course",
                        "level",
                        "AWARENESS",
                        "delivery",
                        "ONLINE"));
        long garage = organisation(admin, "Browser Level Garage");
        long depot = organisation(admin, "Browser Level Depot");
        trainAt(admin, garage, "BR-L3", Dates.today().minusYears(2), "Gina Level");
        trainAt(admin, garage, "BR-AW", Dates.today().minusMonths(1), "Gina Level");
        trainAt(admin, depot, "BR-L3", Dates.today().minusMonths(1), "Dan Depot");
        Api.createUser("browser.level", "industry lead level password", "INDUSTRY_LEAD");

        browser.signIn("browser.level", "industry lead level password").go("/organisations/list.xhtml");
        browser.type(By.id("list:organisations:name:filter"), "Browser Level");
        browser.textOnceContains(By.id("list:organisations"), "Browser Level Garage");
        new Select(browser.visible(By.id("list:trainingLevelFilter"))).selectByVisibleText("Level 3 or higher");
        browser.waitFor(
                page -> !page.findElement(By.id("list:organisations")).getText().contains("Browser Level Garage"));
        assertThat(browser.visible(By.id("list:organisations")).getText()).contains("Browser Level Depot");
        new Select(browser.visible(By.id("list:trainingLevelFilter"))).selectByVisibleText("Awareness or higher");
        assertThat(browser.textOnceContains(By.id("list:organisations"), "Browser Level Garage"))
                .contains("Browser Level Depot");
        browser.screenshot("organisations-by-training-level");

        browser.click(By.linkText("Browser Level Garage"));
        browser.click(By.linkText("Gina Level"));
        assertThat(browser.visible(By.id("personName")).getText()).isEqualTo("Gina Level");
        assertThat(browser.visible(By.id("roles")).getText()).contains("Browser Level Garage");
        String records = browser.visible(By.id("trainingForm:trainingRecords")).getText();
        assertThat(records)
                .contains("Browser awareness course")
                .contains("Does not expire")
                .contains("Current")
                .contains("Browser level 3 course")
                .contains(Dates.describe(
                        Dates.today().minusYears(2).plusMonths(12).minusDays(1)))
                .contains("Expired");
        assertThat(browser.visible(By.id("trainingSummary")).getText()).isEqualTo("1 of 2 training records current.");
        browser.screenshot("person-training");

        browser.go("/training/expiring.xhtml?days=400");
        browser.click(By.linkText("Dan Depot"));
        assertThat(browser.textOnceContains(By.id("roles"), "Browser Level Depot"))
                .contains("trainee");
    }

    private static long organisation(Api api, String name) {
        Api.Response org =
                api.post("/api/v1/organisations", Map.of("name", name, "type", "PARTNER_AGENCY", "town", "Doncaster"));
        assertThat(org.status()).as(org.toString()).isEqualTo(201);
        return ((BigDecimal) org.json().get("id")).longValue();
    }

    private static void trainAt(Api api, long orgId, String courseCode, LocalDate on, String name) {
        Api.Response session = api.post(
                "/api/v1/training/sessions",
                new java.util.HashMap<>(Map.of(
                        "courseCode",
                        courseCode,
                        "date",
                        on.toString(),
                        "audience",
                        "PROFESSIONALS",
                        "organisationIds",
                        java.util.List.of(orgId),
                        "attendees",
                        java.util.List.of(Map.of("name", name, "organisationId", orgId)))));
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
    }
}
