package org.engagement.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.engagement.web.testing.Api;
import org.engagement.web.testing.Browser;
import org.engagement.web.testing.RunningApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A faith lead imports the partnership's spreadsheet of 200 organisations through the real pages: the file's own
 * headings are matched to the fields, the check names the three bad rows by row and column and saves nothing, the
 * rejected rows can be downloaded with their reasons; the corrected file is checked clean and imported, and all 200
 * are there.
 */
@ExtendWith(RunningApplication.class)
class ImportOrganisationsBrowserIT {

    private static final String RUN =
            Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final String LEAD = "import.lead." + RUN.toLowerCase();
    private static final String PASSWORD = "faith lead import passphrase";

    private final Browser browser = Browser.open();

    @AfterEach
    void closeBrowser() {
        browser.screenshot("import-organisations-last-page");
        browser.close();
    }

    @Test
    void aLeadImportsAnXlsxOf200OrganisationsAfterTheDryRunNamesItsThreeBadRows() throws IOException {
        Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        Path bad = spreadsheet(true);
        Path fixed = spreadsheet(false);

        browser.signIn(LEAD, PASSWORD);
        browser.go("/organisations/import.xhtml");
        choose(bad);
        browser.click(By.id("mappingForm:dryRun"));

        String summary = browser.textOnceContains(By.id("checkSummary"), "3 problem(s)");
        assertThat(summary).contains("200 rows");
        String problems = browser.visible(By.id("problemsForm:problems")).getText();
        assertThat(problems)
                .contains("12 Setting Enter the organisation's name.")
                .contains("51 Post code")
                .contains("102 Kind 'Chip shop' is not a type of organisation you can add.");
        assertThat(browser.driver().findElements(By.id("importForm:import"))).isEmpty();
        assertThat(organisationsOfThisRun()).as("nothing saved by the check").isZero();
        browser.click(By.id("problemsForm:rejected"));
        String rejected = Files.readString(browser.downloaded("rejected-rows.csv"));
        assertThat(rejected.lines().toList()).hasSize(4);
        assertThat(rejected.lines().findFirst().orElseThrow()).endsWith("Problem");

        choose(fixed);
        browser.click(By.id("mappingForm:dryRun"));
        assertThat(browser.textOnceContains(By.id("checkSummary"), "0 problem(s)"))
                .contains("200 new");
        browser.click(By.id("importForm:import"));

        assertThat(browser.textOnceContains(By.id("resultSummary"), "200 organisations created"))
                .contains("0 skipped");
        assertThat(organisationsOfThisRun()).isEqualTo(200);
    }

    /** Chooses the file and matches the two headings the page cannot guess; Post code and Town it matches itself. */
    private void choose(Path file) {
        browser.driver().findElement(By.id("fileForm:file_input")).sendKeys(file.toString());
        browser.textOnceContains(By.id("pageMessages"), "Read " + file.getFileName());
        new Select(browser.visible(By.id("mappingForm:fields:0:heading"))).selectByVisibleText("Setting");
        new Select(browser.visible(By.id("mappingForm:fields:1:heading"))).selectByVisibleText("Kind");
    }

    private static long organisationsOfThisRun() {
        Api.Response page = Api.admin().get("/api/v1/organisations?q=" + RUN + "&size=1");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return ((BigDecimal) page.json().get("total")).longValue();
    }

    /** 200 organisations; with {@code withMistakes}, rows 12, 51 and 102 have no name, a bad postcode, a bad type. */
    private static Path spreadsheet(boolean withMistakes) throws IOException {
        Path file = Files.createTempFile(withMistakes ? "settings-with-mistakes" : "settings", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Settings");
            row(sheet, 0, "Setting", "Kind", "Post code", "Town");
            for (int i = 1; i <= 200; i++) {
                int line = i + 1;
                String name = withMistakes && line == 12 ? "" : "Imported Setting " + RUN + " " + i;
                String postcode =
                        withMistakes && line == 51 ? "NOT A POSTCODE" : "DN" + (i % 9 + 1) + " " + (i % 9) + "AB";
                String kind = withMistakes && line == 102 ? "Chip shop" : "Community group";
                row(sheet, i, name, kind, postcode, "Doncaster");
            }
            workbook.write(out);
        }
        return file;
    }

    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}
