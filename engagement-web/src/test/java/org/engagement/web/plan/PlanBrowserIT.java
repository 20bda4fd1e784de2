package org.engagement.web.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.engagement.web.testing.RunsBesideOtherTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The "done when", through the real pages on a server of its own (so the driver register is exactly ours):
 * an administrator imports a small action plan and binds action 4.2's measure to the share of trained drivers with a
 * target of 85% in three months; with 3 of 4 licensed drivers trained, the industry lead sees it amber at 75% with
 * time left, records a progress note, and downloads the board report, whose pages show the plan, the scorecard and
 * the training table.
 */
@RunsBesideOtherTests
class PlanBrowserIT {

    private static final Path TARGET = Path.of(System.getProperty("engagement.testDir", "target"));
    private static final String LEAD = "ivy.industry";
    private static final String LEAD_PASSWORD = "industry lead passphrase";
    private static RunningApplication.Server server;
    private static Api admin;
    private static long planId;

    @BeforeAll
    static void aServerWithThreeOfFourDriversTrained() throws Exception {
        server = RunningApplication.startSeparately(
                TARGET.resolve("plan-db-" + System.currentTimeMillis()), "plan-browser");
        admin = Api.as("admin", RunningApplication.ADMIN_PASSWORD).on(server.baseUrl());
        assertThat(admin.post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        LEAD,
                                        "displayName",
                                        "Ivy Industry",
                                        "password",
                                        LEAD_PASSWORD,
                                        "roles",
                                        List.of("INDUSTRY_LEAD")))
                        .status())
                .isEqualTo(201);
        String register =
                "licence_number,licence_type,surname,forenames,date_of_birth,licence_expiry,operator_name,status\n"
                        + "PB-1,PRIVATE_HIRE,Khan,Imran,1980-02-01,2028-05-01,Ace Cars,ACTIVE\n"
                        + "PB-2,PRIVATE_HIRE,Smith,Jo,1975-03-01,2028-05-01,Ace Cars,ACTIVE\n"
                        + "PB-3,HACKNEY_CARRIAGE,Patel,Raj,1990-12-24,2028-05-01,,ACTIVE\n"
                        + "PB-4,HACKNEY_CARRIAGE,Jones,Ann,1985-06-30,2028-05-01,,ACTIVE\n";
        assertThat(admin.post("/api/v1/taxi/drivers/import", "text/csv", register.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        String trained = LocalDate.now().minusMonths(2).toString();
        String training = "licence_number,course_code,completed_on,certificate_number\n" + "PB-1,TAXI-CSE," + trained
                + ",C-1\nPB-2,TAXI-CSE," + trained + ",C-2\nPB-3,TAXI-CSE," + trained + ",C-3\n";
        assertThat(admin.post("/api/v1/taxi/training/import", "text/csv", training.getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        Map<String, Object> plan = admin.post(
                        "/api/v1/plans",
                        Map.of(
                                "title",
                                "CSE action plan",
                                "startsOn",
                                LocalDate.now().minusMonths(2).toString(),
                                "endsOn",
                                LocalDate.now().plusMonths(10).toString()))
                .json();
        planId = ((BigDecimal) plan.get("id")).longValue();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anImportedActionBoundToTrainedDriversIsAmberAtSeventyFivePerCentAndTheBoardReportShowsIt() throws IOException {
        Path csv = TARGET.resolve("small-plan-" + System.nanoTime() + ".csv");
        Files.writeString(
                csv,
                "Outcome,Ref,Activity,Due Date,Lead,Outcome Measure,Progress/Impact,Status\n"
                        + "Continue to develop links to industry,4.1,Identify retail sector hotspots,01/06/2026,Bill Hotchkiss,,Done,Complete\n"
                        + "Continue to develop links to industry,4.2,Provide awareness raising sessions to identified groups,"
                        + LocalDate.now().plusMonths(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ",Licensing manager,"
                        + "85% of licensed drivers trained,Sessions booked,Green\n");
        String targetDate = LocalDate.now().plusMonths(3).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        Path bad = TARGET.resolve("bad-plan-" + System.nanoTime() + ".csv");
        Files.writeString(
                bad,
                "Outcome,Ref,Activity,Due Date,Lead,Outcome Measure,Progress/Impact,Status\n"
                        + "Continue to develop links to industry,4.1,Identify retail sector hotspots,01/06/2026,Bill Hotchkiss,,Done,Complete\n"
                        + "Continue to develop links to industry,4.2,Provide awareness raising sessions,01/06/2026,,,,Green\n");

        try (Browser browser = Browser.open().on(server.baseUrl())) {
            browser.signInAsAdmin();
            browser.go("/plan/view.xhtml?id=" + planId);
            // A file with a wrong line imports nothing and names the line beside the file field.
            browser.driver()
                    .findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(bad.toAbsolutePath().toString());
            browser.click(By.id("importForm:import"));
            browser.textOnceContains(
                    By.id("importForm:importMessages"),
                    "Nothing was imported: correct these lines and import the file again.");
            assertThat(browser.driver()
                            .findElement(By.id("importForm:importMessages"))
                            .getText())
                    .contains("Line 3: ");
            assertThat(browser.driver().findElements(By.linkText("4.1"))).isEmpty();

            browser.driver()
                    .findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.click(By.id("importForm:import"));
            browser.textOnceContains(By.tagName("body"), "2 actions imported.");

            browser.click(By.linkText("4.2"));
            browser.visible(By.id("actionTitle"));
            new Select(browser.visible(By.id("measureForm:figureId"))).selectByValue("taxi.drivers-trained");
            browser.type(By.id("measureForm:target_input"), "85");
            browser.typeDate(By.id("measureForm:targetDate_input"), targetDate);
            browser.click(By.id("measureForm:bindMeasure"));
            browser.textOnceContains(By.tagName("body"), "Measure bound");
        }

        try (Browser browser = Browser.open().on(server.baseUrl())) {
            browser.signIn(LEAD, LEAD_PASSWORD);
            browser.go("/index.xhtml");
            assertThat(browser.textOnceContains(By.id("planAttention"), "4.2: Provide awareness raising sessions"))
                    .as("the lead's home page lists the measure falling behind")
                    .contains("Amber");
            browser.go("/plan/view.xhtml?id=" + planId);
            String table = browser.textOnceContains(By.id("actionsForm:actions"), "Amber (suggested by the measure)");
            assertThat(table)
                    .contains("75% against a target of 85% by")
                    .contains("days left")
                    .contains("Complete");

            browser.click(By.linkText("4.2"));
            assertThat(browser.textOnceContains(By.id("summary"), "Amber")).contains("75% against a target of 85%");
            browser.type(
                    By.id("progressForm:note"),
                    "Three of the four licensed drivers are trained; the fourth is booked.");
            browser.click(By.id("progressForm:addProgress"));
            browser.textOnceContains(By.id("progress"), "the fourth is booked");
            assertThat(browser.textOnceContains(By.id("history"), "Progress note on action 4.2"))
                    .contains(LEAD);

            browser.go("/plan/view.xhtml?id=" + planId);
            browser.click(By.id("actionsForm:boardReport"));
            String report = text(browser.downloaded("board-report.pdf"));
            assertThat(report)
                    .contains(
                            "CSE action plan: report to the board",
                            "Action plan",
                            "4.2",
                            "AMBER (SUGGESTED BY THE MEASURE)",
                            "the fourth is booked",
                            "Scorecard",
                            "75% (3 of 4 active drivers)",
                            "People trained by audience and quarter",
                            "Taxi and private hire");
        }
    }

    private static String text(Path pdf) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
