package org.engagement.web.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A faith lead records a community group's safeguarding policy, audits it, and re-audits it a month later. */
@ExtendWith(RunningApplication.class)
class SafeguardingBrowserIT {

    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final int STANDARDS = 11;
    private static final int DSL_ROW = 3;

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void overdueReviewRedAuditWithOpenActionThenGreenReAuditShowingTheImprovement() {
        Api faithLead = Api.createUser("sg.faith", "faith lead passphrase", "FAITH_LEAD");
        Api.Response created = faithLead.post(
                "/api/v1/organisations",
                Map.of(
                        "name",
                        "Browsertest Bethel Community Church",
                        "type",
                        "COMMUNITY_GROUP",
                        "postcode",
                        "DN4 5AA"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = ((BigDecimal) created.json().get("id")).longValue();
        browser.signIn("sg.faith", "faith lead passphrase");

        recordAdoptedPolicyWithReviewInThePast(id);
        browser.go("/safeguarding/overview.xhtml");
        browser.click(By.xpath("//tr[th[starts-with(., 'Policy review overdue')]]//a"));
        assertThat(browser.textOnceContains(By.id("list:organisations"), "Browsertest Bethel"))
                .contains("Review overdue");

        runAudit(id, "Officer-led", TODAY.minusMonths(1), true);
        assertThat(browser.textOnceContains(By.id("overall"), "Red")).isEqualTo("Red: critical standard not met");
        browser.go("/safeguarding/overview.xhtml");
        assertThat(browser.textOnceContains(By.id("actionsForm:actions"), "Name a deputy safeguarding lead"))
                .contains("Browsertest Bethel Community Church")
                .contains("sg.faith");

        runAudit(id, "Re-audit", TODAY, false);
        assertThat(browser.textOnceContains(By.id("overall"), "Green")).isEqualTo("Green: all standards met");
        String dslRow = browser.visible(By.xpath("//tbody[@id='auditView:findings_data']/tr[" + (DSL_ROW + 1) + "]"))
                .getText();
        assertThat(dslRow).contains("DSL1").contains("Met").contains("Not met").contains("Improved");
        assertThat(browser.pageText())
                .contains("Officer-led audit of "
                        + TODAY.minusMonths(1).format(DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK))
                        + ": Red");
        browser.go("/safeguarding/overview.xhtml");
        assertThat(browser.visible(By.id("actionsForm:actions")).getText())
                .doesNotContain("Name a deputy safeguarding lead");
        browser.screenshot("safeguarding-overview-after-re-audit");
    }

    private void recordAdoptedPolicyWithReviewInThePast(long id) {
        browser.go("/organisations/view.xhtml?id=" + id);
        browser.screenshot("safeguarding-organisation-page");
        browser.click(By.xpath("//li[contains(@class, 'ui-tabs-header')]//a[contains(., 'Safeguarding')]"));
        browser.click(By.id("tabs:safeguardingForm:editProfile"));
        new Select(browser.visible(By.id("profileForm:policyStatus"))).selectByVisibleText("Adopted");
        typeDate("profileForm:adoptedOn_input", TODAY.minusYears(2));
        typeDate("profileForm:nextReviewDue_input", TODAY.minusMonths(2));
        browser.click(By.xpath("//label[contains(., 'Reporting a concern')]"));
        browser.click(By.id("profileForm:save"));
        browser.click(By.xpath("//li[contains(@class, 'ui-tabs-header')]//a[contains(., 'Safeguarding')]"));
        assertThat(browser.textOnceContains(By.id("policyStatus"), "Review")).isEqualTo("Review overdue");
    }

    /** Every standard met, except (on the first audit) the designated-lead standard, which is critical. */
    private void runAudit(long id, String type, LocalDate date, boolean dslNotMet) {
        browser.go("/safeguarding/audit.xhtml?organisation=" + id);
        new Select(browser.visible(By.id("auditForm:type"))).selectByVisibleText(type);
        typeDate("auditForm:date_input", date);
        for (int row = 0; row < STANDARDS; row++) {
            new Select(browser.visible(By.id("auditForm:standards:" + row + ":rating"))).selectByVisibleText("Met");
        }
        if (dslNotMet) {
            new Select(browser.visible(By.id("auditForm:standards:" + DSL_ROW + ":rating")))
                    .selectByVisibleText("Not met");
            browser.click(By.id("auditForm:finish"));
            assertThat(browser.textOnceContains(By.id("auditForm:standards"), "record the action agreed"))
                    .contains("Standard DSL1: not met");
            browser.type(By.id("auditForm:standards:" + DSL_ROW + ":action"), "Name a deputy safeguarding lead");
            browser.type(By.id("auditForm:standards:" + DSL_ROW + ":owner"), "sg.faith");
            typeDate("auditForm:standards:" + DSL_ROW + ":dueDate_input", date.plusMonths(2));
        }
        browser.click(By.id("auditForm:finish"));
    }

    private void typeDate(String inputId, LocalDate date) {
        browser.typeDate(By.id(inputId), date.format(FORM_DATE));
    }
}
