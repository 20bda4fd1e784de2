package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.Json;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A licensing officer's renewal work in the browser: checklist, bulk check, coverage. */
@ExtendWith(RunningApplication.class)
class TaxiRenewalWorkBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final LocalDate TODAY = LocalDate.now();

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Two drivers of the operator "{prefix} Cars {RUN}", imported by a new industry lead. */
    private static void importDrivers(String prefix, String trained, String untrained) {
        Api lead = Api.createUser(
                prefix.toLowerCase() + ".lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
        String register =
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n"
                        + trained + ",PRIVATE_HIRE,Evans,Ann,1980-01-01," + TODAY.plusDays(3) + "," + prefix + " Cars "
                        + RUN + ",ACTIVE\n"
                        + untrained + ",PRIVATE_HIRE,Ford,Bob,1981-01-01," + TODAY.plusDays(4) + "," + prefix + " Cars "
                        + RUN + ",ACTIVE\n";
        assertThat(lead.post("/api/v1/taxi/drivers/import", "text/csv", register.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        String training = "licence_number,course_code,completed_on,certificate_number\n" + trained + ",TAXI-CSE,"
                + TODAY.minusMonths(3) + ",BW\n";
        assertThat(lead.post("/api/v1/taxi/training/import", "text/csv", training.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
    }

    private void typeDate(String id, LocalDate date) {
        browser.typeDate(By.id(id + "_input"), date.format(FORM_DATE));
    }

    /** Waits for the form to be replaced (the previous "Recorded." may still be showing), then for the message. */
    private String recordAndWait(String button) {
        WebElement before = browser.driver().findElement(By.id("checklist:messages"));
        browser.click(By.id("checklist:" + button));
        browser.waitFor(ExpectedConditions.stalenessOf(before)::apply);
        return browser.textOnceContains(By.id("checklist:messages"), "Recorded");
    }

    @Test
    void anOfficerCompletesAChecklistRunsABulkCheckAndOpensCoverage() {
        String trained = "BW" + RUN + "-1";
        String untrained = "BW" + RUN + "-2";
        importDrivers("BW", trained, untrained);
        Api.createUser("bw.officer." + RUN.toLowerCase(), "licensing passphrase", "LICENSING_OFFICER");
        browser.signIn("bw.officer." + RUN.toLowerCase(), "licensing passphrase")
                .go("/taxi/check.xhtml?licence=" + trained);
        assertThat(browser.visible(By.id("check:licenceNumber")).getAttribute("value"))
                .isEqualTo(trained);
        assertThat(Api.admin()
                        .get("/api/v1/taxi/check-log?licence=" + trained.toLowerCase())
                        .body())
                .as("opening the address logs no check")
                .doesNotContain(trained);
        browser.click(By.id("check:run"));
        assertThat(browser.textOnceContains(By.id("verdict"), "ELIGIBLE")).doesNotContain("NOT");
        assertThat(Api.admin()
                        .get("/api/v1/taxi/check-log?licence=" + trained.toLowerCase())
                        .body())
                .contains(trained);
        browser.click(By.id("check:openChecklist"));

        assertThat(browser.textOnceContains(By.id("readiness"), "Not ready")).contains("items outstanding");
        recordAndWait("recordTraining");
        assertThat(browser.visible(By.id("checklist:items")).getText())
                .contains("Safeguarding training (renewal check) Done");

        browser.click(By.id("checklist:recordDbs"));
        assertThat(browser.textOnceContains(By.id("checklist:messages"), "Enter the date"))
                .contains("DBS Update Service");

        typeDate("checklist:nr3sSearchedOn", TODAY);
        new Select(browser.visible(By.id("checklist:nr3sResult"))).selectByVisibleText("No match");
        recordAndWait("recordNr3s");
        typeDate("checklist:dbsCheckedOn", TODAY.minusDays(2));
        recordAndWait("recordDbs");
        browser.type(By.id("checklist:hmrcTaxCheckCode"), "BAD");
        browser.click(By.id("checklist:recordHmrc"));
        assertThat(browser.textOnceContains(By.id("checklist:messages"), "9 letters"))
                .contains("tax-check code");
        assertThat(browser.visible(By.id("readiness")).getText()).contains("Not ready");

        browser.type(By.id("checklist:hmrcTaxCheckCode"), "X1Y2Z3A4B");
        assertThat(recordAndWait("recordHmrc")).contains("ready to renew");
        assertThat(browser.textOnceContains(By.id("readiness"), "Ready to renew"))
                .contains("every item is done");
        assertThat(browser.visible(By.id("checklist:items")).getText())
                .contains("No match")
                .contains("Code X1Y2Z3A4B")
                .contains("bw.officer." + RUN.toLowerCase())
                .doesNotContain("Not done");
        browser.screenshot("taxi-checklist-ready");

        browser.go("/taxi/bulk.xhtml");
        browser.type(By.id("bulk:licenceNumbers"), trained + "\n" + untrained);
        browser.click(By.id("bulk:run"));
        assertThat(browser.textOnceContains(By.id("summary"), "of 2")).contains("1 of 2");
        List<WebElement> decisions = browser.driver().findElements(By.cssSelector("#bulk\\:drivers .decision"));
        assertThat(decisions).extracting(WebElement::getText).containsExactly("Not eligible", "Eligible");
        assertThat(browser.visible(By.id("bulk:drivers")).getText())
                .contains(untrained)
                .contains("no record of a qualifying");
        browser.screenshot("taxi-bulk-check");

        browser.go("/taxi/coverage.xhtml");
        assertThat(browser.textOnceContains(By.id("overall"), "%")).contains("of active drivers");
        assertThat(browser.visible(By.id("coverage:byOperator")).getText()).contains("BW Cars " + RUN + " 2 1 50.0%");
        assertThat(browser.driver().findElements(By.cssSelector("#coverage\\:trend canvas")))
                .isNotEmpty();
        browser.screenshot("taxi-coverage");
    }

    @Test
    void anAdministratorSeesTheRuleAndTheCheckLogAndAnOfficerSearchesTheDriverList() {
        String trained = "BX" + RUN + "-1";
        String untrained = "BX" + RUN + "-2";
        importDrivers("BX", trained, untrained);
        Api.createUser("bx.officer." + RUN.toLowerCase(), "licensing passphrase", "LICENSING_OFFICER");
        try (Browser officer = Browser.open()) {
            officer.signIn("bx.officer." + RUN.toLowerCase(), "licensing passphrase")
                    .go("/taxi/drivers.xhtml");
            officer.type(By.id("list:drivers:globalFilter"), "bx" + RUN.toLowerCase());
            assertThat(officer.textOnceContains(By.id("list:drivers"), "2 drivers"))
                    .contains(trained)
                    .contains(untrained)
                    .contains("BX Cars " + RUN);
            officer.go("/taxi/check.xhtml?licence=" + untrained);
            officer.click(By.id("check:run"));
            assertThat(officer.textOnceContains(By.id("verdict"), "NOT ELIGIBLE"))
                    .contains("NOT ELIGIBLE");
            // The rule is the administrator's: the module declares it so, and the officer gets the "not allowed" page.
            officer.go("/taxi/rule.xhtml");
            assertThat(officer.textOnceContains(By.id("error-text"), "do not allow"))
                    .contains("ask an administrator");
        }

        browser.signInAsAdmin().go("/taxi/rule.xhtml");
        assertThat(browser.visible(By.id("rule:qualifyingCourseCodes")).getAttribute("value"))
                .contains("TAXI-CSE");
        browser.type(By.id("rule:validityMonths_input"), "0");
        browser.click(By.id("rule:save"));
        assertThat(browser.textOnceContains(By.id("rule"), "validity of")).contains("1 to 120 months");

        browser.go("/taxi/check-log.xhtml");
        browser.type(
                By.cssSelector("#log\\:entries input[name$='licenceNumber:filter'], #log\\:entries .ui-column-filter"),
                untrained);
        assertThat(browser.textOnceContains(By.id("log:entries"), untrained))
                .contains("bx.officer." + RUN.toLowerCase())
                .contains("Not eligible")
                .contains("no record of a qualifying")
                .doesNotContain(trained);

        List<Map<String, Object>> operators = Json.objects(Api.admin()
                .get("/api/v1/organisations?q=" + ("BX Cars " + RUN).replace(" ", "%20"))
                .json()
                .get("items"));
        browser.go("/organisations/view.xhtml?id=" + ((Number) operators.get(0).get("id")).longValue());
        browser.click(By.xpath("//div[@id='tabs']//a[normalize-space(.)='Drivers']"));
        assertThat(browser.textOnceContains(By.id("tabs:operatorDriversForm:operatorDrivers"), "2 drivers"))
                .contains(trained)
                .contains(untrained)
                .contains("Evans");
    }
}
