package org.engagement.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.AuditRequest;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The data protection officer's request, through the real pages: a madrassa volunteer asks for their data, then to be
 * forgotten. The officer finds them, downloads their export (PDF and JSON), is told a reason is needed, erases them;
 * the quarterly training table and the safeguarding overview show the same figures as before.
 */
@ExtendWith(RunningApplication.class)
class PrivacyBrowserIT {

    private static final String NAME = "Khadija Browsertest";
    private static final String PASSWORD = "data protection password";
    private static Browser browser;
    private static long volunteer;

    @BeforeAll
    static void aVolunteerTrainedAtAMadrassa() {
        Api.createUser("privacy.browser.dpo", PASSWORD, "DATA_PROTECTION_OFFICER");
        Api admin = Api.admin();
        long madrassa = id(admin.post(
                "/api/v1/organisations",
                Map.of("name", "Madrassa Browsertest", "type", "COMMUNITY_GROUP", "town", "Doncaster")));
        volunteer = ((BigDecimal) created(admin.post(
                                "/api/v1/organisations/" + madrassa + "/contacts",
                                Map.of(
                                        "name",
                                        NAME,
                                        "role",
                                        "madrassa volunteer",
                                        "email",
                                        "khadija@example.org",
                                        "lawfulBasis",
                                        "CONSENT")))
                        .get("personId"))
                .longValue();
        created(admin.post(
                "/api/v1/organisations/" + madrassa + "/engagements",
                Map.of(
                        "date",
                        LocalDate.now().toString(),
                        "type",
                        "VISIT",
                        "summary",
                        "Safeguarding walk-round with " + NAME,
                        "personIds",
                        List.of(volunteer))));
        created(admin.post(
                "/api/v1/courses",
                Map.of(
                        "code",
                        "PRIV-BRW",
                        "title",
                        "Madrassa safeguarding",
                        "level",
                        "AWARENESS",
                        "delivery",
                        "FACE_TO_FACE")));
        created(admin.post(
                "/api/v1/training/sessions",
                Map.of(
                        "courseCode",
                        "PRIV-BRW",
                        "date",
                        LocalDate.now().toString(),
                        "audience",
                        "COMMUNITY",
                        "organisationIds",
                        List.of(madrassa),
                        "attendees",
                        List.of(Map.of("personId", volunteer)))));
        auditNaming(admin, madrassa);
        browser = Browser.open();
    }

    /** A finished audit of the madrassa whose evidence names the volunteer: the audit she took part in. */
    private static void auditNaming(Api admin, long madrassa) {
        created(admin.post(
                "/api/v1/organisations/" + madrassa + "/audits",
                AuditRequest.ofCoreTemplate(admin)
                        .evidence("Interviewed " + NAME + " about the register")
                        .body()));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Map<String, Object> created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    private static long id(Api.Response response) {
        return ((BigDecimal) created(response).get("id")).longValue();
    }

    private static String figures() {
        Api admin = Api.admin();
        LocalDate today = LocalDate.now();
        return admin.get("/api/v1/reports/training-by-quarter?from=" + today.minusYears(1) + "&to="
                                + today.plusYears(1))
                        .body()
                + admin.get("/api/v1/reports/safeguarding").body();
    }

    @Test
    void officerFindsTheVolunteerDownloadsTheirExportThenErasesThemAndTheFiguresStand() throws IOException {
        String before = figures();
        assertThat(before).contains("COMMUNITY");
        assertThat(Api.admin().get("/api/v1/people/" + volunteer).status())
                .as("an administrator looks at her record")
                .isEqualTo(200);

        browser.signIn("privacy.browser.dpo", PASSWORD);
        browser.go("/privacy/people.xhtml");
        browser.type(By.id("list:people:globalFilter"), "browsertest");
        browser.textOnceContains(By.id("list:people"), "Madrassa Browsertest (madrassa volunteer)");
        browser.click(By.linkText(NAME));
        assertThat(browser.visible(By.id("personName")).getText()).isEqualTo(NAME);

        browser.click(By.id("exportForm:exportPdf"));
        byte[] pdf = Files.readAllBytes(browser.downloaded("subject-access-" + volunteer + ".pdf"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.click(By.id("exportForm:exportJson"));
        String json = Files.readString(browser.downloaded("subject-access-" + volunteer + ".json"));
        assertThat(json)
                .contains(
                        NAME,
                        "khadija@example.org",
                        "Safeguarding walk-round with " + NAME,
                        "Madrassa safeguarding",
                        "Subject access export produced",
                        "privacy.browser.dpo",
                        "Interviewed " + NAME + " about the register",
                        "Who viewed their record",
                        "\"Who\":\"admin\"");

        browser.click(By.id("accessLogLink"));
        assertThat(browser.textOnceContains(By.id("log:entries"), "admin"))
                .as("the access log, narrowed to her, lists who viewed her record")
                .contains("Person", "ADMIN", "privacy.browser.dpo", "Subject access export");
        browser.go("/privacy/person.xhtml?id=" + volunteer);

        browser.click(By.id("eraseForm:erase"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertThat(browser.textOnceContains(By.id("eraseForm"), "Write why the person is erased"))
                .as("the reason is required, said beside the field")
                .isNotEmpty();

        browser.type(By.id("eraseForm:reason"), "Her written request of " + LocalDate.now());
        browser.click(By.id("eraseForm:erase"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.textOnceContains(By.id("erasedStatus"), "Erased");
        assertThat(browser.visible(By.id("personName")).getText()).isEqualTo("Erased person " + volunteer);
        assertThat(browser.pageText()).doesNotContain(NAME, "khadija@example.org");

        assertThat(figures())
                .as("the quarterly training table and the safeguarding overview")
                .isEqualTo(before);
        browser.go("/privacy/log-integrity.xhtml");
        assertThat(browser.visible(By.id("change_log")).getText())
                .as("erasure rewrote history entries and re-sealed their chain")
                .startsWith("Intact.");
        String after = Api.as("privacy.browser.dpo", PASSWORD)
                .get("/api/v1/privacy/people/" + volunteer + "/subject-access")
                .body();
        assertThat(after).doesNotContain(NAME, "khadija@example.org").contains("Personal data erased");
    }
}
