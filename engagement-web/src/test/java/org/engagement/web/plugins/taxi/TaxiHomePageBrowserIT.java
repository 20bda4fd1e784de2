package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The licensing officer's home page is the taxi module's widget: licences expiring in the next 30 days and how many of
 * those drivers may not be renewed, which opens the bulk check with the same days; the check counts the same drivers.
 */
@ExtendWith(RunningApplication.class)
class TaxiHomePageBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final LocalDate TODAY = LocalDate.now();

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void licensingOfficerSeesRenewalsComingUpAndTheBulkCheckCountsTheSame() {
        String lead = "home.lead." + RUN.toLowerCase();
        String officer = "home.officer." + RUN.toLowerCase();
        Api industry = Api.createUser(lead, "industry lead passphrase", "INDUSTRY_LEAD");
        Api.createUser(officer, "licensing passphrase", "LICENSING_OFFICER");
        String register = "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,"
                + "status\nH" + RUN + "-1,PRIVATE_HIRE,Untrained,Una,1980-02-01," + TODAY.plusDays(10)
                + ",,ACTIVE\n";
        Api.Response imported =
                industry.post("/api/v1/taxi/drivers/import", "text/csv", register.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        browser.signIn(officer, "licensing passphrase").go("/index.xhtml");
        String widget = browser.visible(By.id("taxiWidget")).getText();
        long expiring = Long.parseLong(browser.visible(By.cssSelector("[id$='renewalsDue'] .figure-count"))
                .getText());
        assertThat(expiring).isPositive();
        assertThat(widget).contains("Licences expiring in the next 30 days").contains("may not be renewed");
        assertThat(browser.driver().findElements(By.id("today")))
                .as("the leads' figures")
                .isEmpty();
        browser.assertAccessible("licensing officer's home page");

        browser.click(By.cssSelector("[id$='renewalsDue']"));
        assertThat(browser.visible(By.id("bulk:days_input")).getAttribute("value"))
                .isEqualTo("30");
        browser.click(By.id("bulk:run"));
        assertThat(browser.textOnceContains(By.id("summary"), "may not be renewed"))
                .endsWith("of " + expiring + " drivers may not be renewed.");
    }
}
