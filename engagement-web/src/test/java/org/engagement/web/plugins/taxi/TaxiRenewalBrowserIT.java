package org.engagement.web.plugins.taxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(RunningApplication.class)
class TaxiRenewalBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final String HEADER =
            "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static String file(String name, String... lines) throws IOException {
        Path path = Files.createTempFile(Path.of("target"), name, ".csv");
        Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return path.toAbsolutePath().toString();
    }

    private void upload(String inputId, String path) {
        browser.driver()
                .findElement(By.cssSelector("#imports\\:" + inputId + " input[type=file]"))
                .sendKeys(path);
    }

    @Test
    void industryLeadImportsTheRegisterAndTrainingThenAnOfficerChecksTwoDriversAndPrintsTheEvidence()
            throws IOException {
        Api.createUser("lead." + RUN.toLowerCase(), "industry lead passphrase", "INDUSTRY_LEAD");
        Api.createUser("officer." + RUN.toLowerCase(), "licensing passphrase", "LICENSING_OFFICER");
        Api.createUser("faith." + RUN.toLowerCase(), "faith lead passphrase", "FAITH_LEAD");
        String good = "C" + RUN + "-1";
        String expired = "C" + RUN + "-2";

        browser.signIn("lead." + RUN.toLowerCase(), "industry lead passphrase").go("/taxi/import.xhtml");
        upload(
                "register",
                file(
                        "bad",
                        HEADER,
                        good + ",PRIVATE_HIRE,Khan,Imran,1980-02-01,2027-05-01,Star Cars " + RUN + ",ACTIVE",
                        expired + ",PRIVATE_HIRE,Smith,Jo,31/02/1975,2027-05-01,,ACTIVE"));
        assertThat(browser.textOnceContains(By.id("imports:messages"), "Line 3"))
                .contains("date_of_birth '31/02/1975'");

        upload(
                "register",
                file(
                        "fixed",
                        HEADER,
                        good + ",PRIVATE_HIRE,Khan,Imran,1980-02-01,2027-05-01,Star Cars " + RUN + ",ACTIVE",
                        expired + ",PRIVATE_HIRE,Smith,Jo,28/02/1975,2027-05-01,,ACTIVE"));
        assertThat(browser.textOnceContains(By.id("imports:messages"), "Driver register imported"))
                .contains("2 drivers added")
                .contains("Star Cars " + RUN);

        upload(
                "training",
                file(
                        "training",
                        "licence_number,course_code,completed_on,certificate_number",
                        good + ",TAXI-CSE,2025-01-15,CERT-" + RUN,
                        expired + ",TAXI-CSE,2024-01-15,OLD-" + RUN));
        assertThat(browser.textOnceContains(By.id("imports:messages"), "Driver training imported"))
                .contains("2 records added");

        try (Browser officer = Browser.open()) {
            officer.signIn("officer." + RUN.toLowerCase(), "licensing passphrase")
                    .go("/taxi/check.xhtml");
            officer.type(By.id("check:licenceNumber"), " " + good.toLowerCase() + " ");
            officer.click(By.id("check:run"));
            assertThat(officer.textOnceContains(By.id("verdict"), "ELIGIBLE"))
                    .contains("ELIGIBLE for renewal")
                    .doesNotContain("NOT");
            assertThat(officer.visible(By.id("check:evidence")).getText())
                    .contains("CERT-" + RUN)
                    .contains("14 Jan 2028")
                    .contains("Imported by lead." + RUN.toLowerCase());

            officer.type(By.id("check:licenceNumber"), expired);
            officer.click(By.id("check:run"));
            assertThat(officer.textOnceContains(By.id("verdict"), "NOT ELIGIBLE"))
                    .contains("NOT ELIGIBLE for renewal");
            assertThat(officer.visible(By.id("check:reasons")).getText())
                    .contains("will have expired by the renewal date");

            officer.click(By.id("check:evidenceSheet"));
            officer.waitFor(d -> d.getWindowHandles().size() == 2);
            officer.driver().switchTo().window(new ArrayList<>(officer.driver().getWindowHandles()).get(1));
            // The sheet's address alone runs no check (a GET changes nothing): the officer asks for it.
            officer.click(By.id("produce:run"));
            assertThat(officer.textOnceContains(By.id("sheetVerdict"), "NOT ELIGIBLE"))
                    .contains("NOT ELIGIBLE");
            assertThat(officer.pageText())
                    .contains(expired)
                    .contains("OLD-" + RUN)
                    .contains("14 Jan 2027");
            officer.screenshot("taxi-evidence-sheet");
        }

        try (Browser faith = Browser.open()) {
            faith.signIn("faith." + RUN.toLowerCase(), "faith lead passphrase").go("/taxi/check.xhtml");
            assertThat(faith.textOnceContains(By.id("error-title"), "Not allowed"))
                    .isEqualTo("Not allowed");
        }
    }
}
