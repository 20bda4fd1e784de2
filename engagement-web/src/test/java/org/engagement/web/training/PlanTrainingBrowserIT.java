package org.engagement.web.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

/**
 * An industry lead plans a session for a future day at an organisation, through the real pages: a date that has
 * passed is refused; the planned session shows as booked on the organisation's page and counts for nothing.
 */
@ExtendWith(RunningApplication.class)
class PlanTrainingBrowserIT {

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("plan-training-last-page");
        browser.close();
    }

    @Test
    void industryLeadPlansASessionAndSeesItBookedButNotCounted() {
        Api.Response course = Api.admin()
                .post(
                        "/api/v1/courses",
                        Map.of(
                                "code",
                                "BR-PLAN",
                                "title",
                                "Planned CSE course",
                                "level",
                                "LEVEL_3",
                                "delivery",
                                "FACE_TO_FACE",
                                "validityMonths",
                                36));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        Api lead = Api.createUser("browser.planner", "industry lead planner password", "INDUSTRY_LEAD");
        Api.Response org = lead.post(
                "/api/v1/organisations",
                Map.of("name", "Planned Training Interchange", "type", "PARTNER_AGENCY", "town", "Doncaster"));
        long orgId = ((BigDecimal) org.json().get("id")).longValue();
        LocalDate day = Dates.today().plusDays(20);
        String dayText = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        browser.signIn("browser.planner", "industry lead planner password").go("/training/sessions.xhtml");
        browser.click(By.id("filters:planSession"));
        new Select(browser.visible(By.id("recordSessionForm:courseCode")))
                .selectByVisibleText("Planned CSE course (BR-PLAN)");
        browser.typeDate(
                By.id("recordSessionForm:date_input"),
                Dates.today().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        new Select(browser.visible(By.id("recordSessionForm:audience"))).selectByVisibleText("Professionals");
        new Select(browser.visible(By.id("recordSessionForm:host")))
                .selectByVisibleText("Planned Training Interchange");
        browser.type(By.id("recordSessionForm:places_input"), "25");
        browser.type(By.id("recordSessionForm:venue"), "Interchange meeting room");
        browser.click(By.id("recordSessionForm:save"));
        assertThat(browser.textOnceContains(By.id("recordSessionForm"), "A planned session is on a future date"))
                .isNotEmpty();

        browser.typeDate(By.id("recordSessionForm:date_input"), dayText);
        browser.click(By.id("recordSessionForm:save"));
        assertThat(browser.textOnceContains(By.id("sessionStatus"), "Planned"))
                .contains("booked for " + Dates.describe(day))
                .contains("not counted")
                .contains("places: 25");
        assertThat(browser.visible(By.id("peopleTrained")).getText()).startsWith("0 ");

        browser.go("/organisations/view.xhtml?id=" + orgId);
        assertThat(browser.visible(By.id("trainingBooked")).getText()).isEqualTo("Training booked for " + dayText);
        browser.click(By.cssSelector("a[href='#tabs:trainingTab']"));
        assertThat(browser.textOnceContains(By.id("highestLevel"), "No valid training recorded"))
                .isNotEmpty();
        assertThat(browser.visible(By.id("shareTrained")).getText()).startsWith("0 of");
        assertThat(browser.textOnceContains(By.cssSelector("[id$='hostedSessions']"), "Planned (booked)"))
                .contains("Planned CSE course");
    }
}
