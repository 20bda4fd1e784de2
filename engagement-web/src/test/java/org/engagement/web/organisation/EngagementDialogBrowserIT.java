package org.engagement.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.engagement.core.spi.RestrictedNames;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;

/**
 * A faith lead corrects an engagement through the organisation page's dialogs: an empty summary is refused beside
 * its field, then the summary, type and people present are changed; a follow-up's due date is moved, it is marked
 * done and undone, another is added; and the History tab shows each change. Once a person named in a summary is
 * restricted, the lead sees "[restricted person]" in the table and the form, and may not reword that summary.
 */
@ExtendWith(RunningApplication.class)
class EngagementDialogBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final String LEAD = "dialog.lead." + RUN.toLowerCase();
    private static final String PASSWORD = "dialog lead passphrase";
    private static final By ENGAGEMENTS = By.id("tabs:engagementsForm:engagements");

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("engagement-dialog-last-page");
        browser.close();
    }

    @Test
    void aLeadEditsAnEngagementAndItsFollowUpsThroughTheDialogsAndSeesTheHistory() {
        Api lead = Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        long hall = number(
                lead.post(
                                "/api/v1/organisations",
                                Map.of("name", "Dialog Hall " + RUN, "type", "COMMUNITY_GROUP", "town", "Doncaster"))
                        .json(),
                "id");
        long hana = number(
                lead.post(
                                "/api/v1/organisations/" + hall + "/contacts",
                                Map.of("name", "Hana Ali", "role", "chair", "lawfulBasis", "PUBLIC_TASK"))
                        .json(),
                "personId");
        Api.Response logged = lead.post(
                "/api/v1/organisations/" + hall + "/engagements",
                Map.of(
                        "date", "2025-03-12",
                        "type", "VISIT",
                        "summary", "First visit",
                        "followUps",
                                List.of(Map.of("action", "Send policy template", "owner", LEAD, "due", "2025-04-01"))));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);

        browser.signIn(LEAD, PASSWORD);
        browser.go("/organisations/view.xhtml?id=" + hall);
        browser.click(By.xpath("//a[normalize-space()='Engagements']"));
        browser.click(By.xpath("//button[starts-with(@aria-label, 'Edit the Visit')]"));
        browser.type(By.id("editEngagementForm:summary"), "");
        browser.click(By.id("editEngagementForm:save"));
        assertThat(browser.textOnceContains(By.id("editEngagementForm"), "Summarise what was discussed."))
                .isNotEmpty();

        browser.type(By.id("editEngagementForm:summary"), "First visit: policy discussed");
        new Select(browser.visible(By.id("editEngagementForm:type"))).selectByVisibleText("Meeting");
        browser.click(By.xpath("//form[@id='editEngagementForm']//label[contains(., 'Hana Ali')]"));
        browser.click(By.id("editEngagementForm:save"));
        assertThat(browser.textOnceContains(ENGAGEMENTS, "First visit: policy discussed"))
                .contains("Meeting")
                .contains("Hana Ali");

        browser.click(By.xpath("//a[@aria-label='Change follow-up Send policy template']"));
        browser.typeDate(By.id("followUpForm:followUpDue_input"), "15/04/2025");
        browser.click(By.id("followUpForm:saveFollowUp"));
        browser.textOnceContains(ENGAGEMENTS, "due 15 Apr 2025");

        browser.click(By.xpath("//a[@aria-label='Mark done: Send policy template']"));
        assertThat(browser.textOnceContains(ENGAGEMENTS, "Mark not done")).contains("due 15 Apr 2025) Done");
        browser.click(By.xpath("//a[@aria-label='Mark not done: Send policy template']"));
        browser.visible(By.xpath("//a[@aria-label='Mark done: Send policy template']"));

        browser.click(By.xpath("//button[.//span[text()='Add follow-up']]"));
        browser.type(By.id("followUpForm:followUpAction"), "Book safeguarding training");
        browser.type(By.id("followUpForm:followUpOwner"), LEAD);
        browser.typeDate(By.id("followUpForm:followUpDue_input"), "01/05/2025");
        browser.click(By.id("followUpForm:saveFollowUp"));
        browser.textOnceContains(ENGAGEMENTS, "Book safeguarding training (" + LEAD + ", due 1 May 2025)");

        browser.click(By.xpath("//a[normalize-space()='History']"));
        assertThat(browser.textOnceContains(
                        By.id("tabs:history"), "summary: First visit → First visit: policy discussed"))
                .contains(LEAD)
                .contains("type: Visit → Meeting");

        List<Map<String, Object>> engagements =
                lead.get("/api/v1/organisations/" + hall + "/engagements").jsonList();
        assertThat(engagements).singleElement().satisfies(e -> {
            assertThat(e.get("summary")).isEqualTo("First visit: policy discussed");
            assertThat(e.get("personIds").toString()).isNotEqualTo("[]");
            assertThat(e.get("followUps").toString())
                    .contains("Send policy template")
                    .contains("2025-04-15")
                    .contains("Book safeguarding training")
                    .doesNotContain("done=true");
        });

        // Her data is restricted: where the lead wrote her name into a summary, the table and the correction form
        // show "[restricted person]", and rewording that summary is refused beside the field.
        assertThat(lead.post(
                                "/api/v1/organisations/" + hall + "/engagements",
                                Map.of("date", "2025-03-20", "type", "CALL", "summary", "Rang Hana Ali about the rota"))
                        .status())
                .isEqualTo(201);
        Api officer = Api.createUser(
                "dialog.dpo." + RUN.toLowerCase(), "dialog officer passphrase", "DATA_PROTECTION_OFFICER");
        assertThat(officer.post(
                                "/api/v1/privacy/people/" + hana + "/restriction",
                                Map.of("reason", "Her letter of today"))
                        .status())
                .isEqualTo(204);
        String masked = "Rang " + RestrictedNames.MASK + " about the rota";
        browser.go("/organisations/view.xhtml?id=" + hall);
        browser.click(By.xpath("//a[normalize-space()='Engagements']"));
        assertThat(browser.textOnceContains(ENGAGEMENTS, masked)).doesNotContain("Hana Ali");
        browser.click(By.xpath("//button[starts-with(@aria-label, 'Edit the Call')]"));
        browser.waitFor(d -> {
            try {
                return masked.equals(
                        d.findElement(By.id("editEngagementForm:summary")).getAttribute("value"));
            } catch (StaleElementReferenceException replacedByTheDialogsUpdate) {
                return false;
            }
        });
        browser.type(By.id("editEngagementForm:summary"), "Rang her about the rota");
        browser.click(By.id("editEngagementForm:save"));
        assertThat(browser.textOnceContains(By.id("editEngagementForm"), "data is restricted"))
                .contains(RestrictedNames.EDIT_REFUSED);
        assertThat(lead.get("/api/v1/organisations/" + hall + "/engagements").body())
                .contains(masked)
                .doesNotContain("Rang her about the rota");
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }
}
