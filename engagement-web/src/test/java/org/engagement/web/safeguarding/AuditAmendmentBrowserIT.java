package org.engagement.web.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.AuditRequest;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A faith lead corrects a finding of a finished audit: the reason is required, and the amendment is listed. */
@ExtendWith(RunningApplication.class)
class AuditAmendmentBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void findingOfAFinishedAuditIsAmendedForAReasonAndListedUnderAmendments() {
        Api faithLead = Api.createUser("sgamend.faith", "faith lead passphrase", "FAITH_LEAD");
        Api.Response organisation = faithLead.post(
                "/api/v1/organisations", Map.of("name", "Browsertest Amended Hall", "type", "COMMUNITY_GROUP"));
        long id = ((BigDecimal) organisation.json().get("id")).longValue();
        Api.Response audit = faithLead.post(
                "/api/v1/organisations/" + id + "/audits",
                AuditRequest.ofCoreTemplate(faithLead)
                        .notMet("GOV1", "Appoint a trustee lead", "sgamend.faith")
                        .body());
        assertThat(audit.status()).as(audit.toString()).isEqualTo(201);
        browser.signIn("sgamend.faith", "faith lead passphrase");
        browser.go("/safeguarding/audit-view.xhtml?id=" + audit.json().get("id"));
        assertThat(browser.textOnceContains(By.id("overall"), "Red")).startsWith("Red");

        new Select(browser.visible(By.id("amendForm:standardCode"))).selectByValue("GOV1");
        browser.textOnceContains(By.id("amendForm"), "Action owner");
        browser.waitFor(d -> "Appoint a trustee lead"
                .equals(d.findElement(By.id("amendForm:action")).getAttribute("value")));
        new Select(browser.visible(By.id("amendForm:rating"))).selectByVisibleText("Met");
        browser.type(By.id("amendForm:action"), " ");
        browser.click(By.id("amendForm:amend"));
        assertThat(browser.textOnceContains(By.id("amendForm"), "Say why"))
                .contains("Say why the finding is being amended.");

        browser.type(By.id("amendForm:reason"), "Trustee lead was appointed before the visit; minutes seen later");
        browser.click(By.id("amendForm:amend"));

        assertThat(browser.textOnceContains(By.id("overall"), "Green")).startsWith("Green");
        assertThat(browser.visible(By.id("auditStatus")).getText()).isEqualTo("Finished");
        assertThat(browser.textOnceContains(By.id("amendmentsForm:amendmentList"), "GOV1"))
                .contains("sgamend.faith")
                .contains("Trustee lead was appointed before the visit")
                .contains("Not met; action: Appoint a trustee lead")
                .contains("Met; evidence: Seen");
        browser.screenshot("safeguarding-audit-amended");
    }
}
