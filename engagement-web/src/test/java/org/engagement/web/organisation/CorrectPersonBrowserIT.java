package org.engagement.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A faith lead corrects a contact's email on the person's page, through the real pages: a mistyped address is
 * refused beside the field, a colleague's change made meanwhile is never overwritten, and the history shows who
 * changed the email from what to what.
 */
@ExtendWith(RunningApplication.class)
class CorrectPersonBrowserIT {

    private static final String LEAD = "farah.correct";
    private static final String PASSWORD = "faith lead correct password";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("correct-person-last-page");
        browser.close();
    }

    @Test
    void faithLeadCorrectsAContactsEmailAndSeesItInTheHistory() {
        Api lead = Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        Api colleague = Api.createUser("colleague.correct", "colleague correct password", "FAITH_LEAD");
        Map<String, Object> mosque = lead.post(
                        "/api/v1/organisations",
                        Map.of("name", "Masjid Correction", "type", "COMMUNITY_GROUP", "town", "Doncaster"))
                .json();
        Map<String, Object> imam = lead.post(
                        "/api/v1/organisations/" + number(mosque, "id") + "/contacts",
                        Map.of(
                                "name",
                                "Bilal Hussain",
                                "role",
                                "imam",
                                "email",
                                "bilal@exmaple.org",
                                "lawfulBasis",
                                "PUBLIC_TASK"))
                .json();
        long person = number(imam, "personId");

        browser.signIn(LEAD, PASSWORD);
        browser.go("/people/view.xhtml?id=" + person);
        openCorrection();
        browser.type(By.id("detailsForm:email"), "bilal at example");
        browser.click(By.id("detailsForm:save"));
        assertThat(browser.textOnceContains(By.id("detailsForm"), "Enter an email address like name@example.org"))
                .isNotEmpty();

        Api.Response meanwhile = colleague.put(
                "/api/v1/people/" + person,
                Map.of(
                        "version",
                        imam.get("personVersion"),
                        "name",
                        "Bilal Hussain",
                        "email",
                        "bilal@exmaple.org",
                        "phone",
                        "01302 111222",
                        "lawfulBasis",
                        "PUBLIC_TASK"));
        assertThat(meanwhile.status()).as(meanwhile.toString()).isEqualTo(200);
        browser.type(By.id("detailsForm:email"), "bilal@example.org");
        browser.click(By.id("detailsForm:save"));
        assertThat(browser.textOnceContains(By.id("pageMessages"), "was changed by colleague.correct"))
                .contains("Reload it to see their change");

        browser.go("/people/view.xhtml?id=" + person);
        assertThat(browser.visible(By.id("personPhone")).getText()).isEqualTo("01302 111222");
        openCorrection();
        browser.type(By.id("detailsForm:email"), "bilal@example.org");
        browser.click(By.id("detailsForm:save"));

        assertThat(browser.textOnceContains(By.id("personEmail"), "bilal@example.org"))
                .isEqualTo("bilal@example.org");
        String history =
                browser.textOnceContains(By.id("personHistory"), "email: bilal@exmaple.org → bilal@example.org");
        assertThat(history)
                .contains(LEAD + ": Person Bilal Hussain changed")
                .contains("colleague.correct: Person Bilal Hussain changed")
                .contains("phone: (empty) → 01302 111222");
        assertThat(browser.visible(By.id("personPhone")).getText()).isEqualTo("01302 111222");
    }

    private void openCorrection() {
        browser.click(By.id("personActions:correct"));
        browser.visible(By.id("detailsForm:email"));
    }

    private static long number(Map<String, Object> json, String field) {
        return ((BigDecimal) json.get(field)).longValue();
    }
}
