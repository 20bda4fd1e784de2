package org.engagement.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * are there; the headings matched for the first file are saved under a name and reused for the corrected one. People with their roles, and then their past engagements, come in through the same steps.
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
    void aLeadImportsAnXlsxOf200OrganisationsAfterTheDryRunNamesItsThreeBadRowsReusingHerSavedMapping()
            throws IOException {
        Api.createUser(LEAD, PASSWORD, "FAITH_LEAD");
        Path bad = spreadsheet(true);
        Path fixed = spreadsheet(false);

        browser.signIn(LEAD, PASSWORD);
        browser.go("/organisations/import.xhtml");
        choose(bad);
        browser.type(By.id("mappingForm:mappingName"), "Settings sheet " + RUN);
        browser.click(By.id("mappingForm:saveMapping"));
        browser.textOnceContains(By.id("pageMessages"), "Saved the mapping as Settings sheet " + RUN);
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

        chooseMatched(fixed);
        assertThat(new Select(browser.visible(By.id("mappingForm:fields:0:heading")))
                        .getFirstSelectedOption()
                        .getText())
                .as("the page cannot guess Setting for Name")
                .isEqualTo("Not in my file");
        new Select(browser.visible(By.id("mappingForm:savedMapping"))).selectByVisibleText("Settings sheet " + RUN);
        browser.click(By.id("mappingForm:useSaved"));
        browser.textOnceContains(By.id("pageMessages"), "Matched the headings as the saved mapping");
        assertThat(new Select(browser.visible(By.id("mappingForm:fields:1:heading")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Kind");
        browser.click(By.id("mappingForm:dryRun"));
        assertThat(browser.textOnceContains(By.id("checkSummary"), "0 problem(s)"))
                .contains("200 new");
        browser.click(By.id("importForm:import"));

        assertThat(browser.textOnceContains(By.id("resultSummary"), "200 organisations created"))
                .contains("0 skipped");
        assertThat(organisationsOfThisRun()).isEqualTo(200);
    }

    @Test
    void aLeadImportsPeopleWithTheirRolesThenTheirPastEngagementsAndARepeatIsSkipped() throws IOException {
        String lead = LEAD + ".people";
        Api.createUser(lead, PASSWORD, "FAITH_LEAD");
        String hall = "Import Hall " + RUN;
        Api.Response created = Api.admin()
                .post(
                        "/api/v1/organisations",
                        Map.of("name", hall, "type", "COMMUNITY_GROUP", "postcode", "DN4 4AB", "town", "Doncaster"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long hallId = ((BigDecimal) created.json().get("id")).longValue();
        String headings = "Name,Organisation,Organisation postcode,Role,Lawful basis,Email\n";
        Path badPeople = csv(
                "people-with-a-mistake",
                headings + "Amina Khan," + hall + ",DN4 4AB,Chair,Public task,amina@example.org\n" + "Bob Smith," + hall
                        + ",DN4 4AB,Trustee,Because,\n");
        Path people = csv(
                "people",
                headings + "Amina Khan," + hall + ",DN4 4AB,Chair,Public task,amina@example.org\n" + "Bob Smith," + hall
                        + ",DN4 4AB,Trustee,Public task,\n");

        browser.signIn(lead, PASSWORD);
        browser.go("/people/import.xhtml");
        chooseMatched(badPeople);
        browser.click(By.id("mappingForm:dryRun"));
        assertThat(browser.textOnceContains(By.id("checkSummary"), "1 problem(s)"))
                .contains("2 rows");
        assertThat(browser.visible(By.id("problemsForm:problems")).getText())
                .contains("3 Lawful basis 'Because' is not a lawful basis. Use one of:");
        assertThat(Api.admin()
                        .get("/api/v1/organisations/" + hallId + "/contacts")
                        .jsonList())
                .as("nothing saved by the check")
                .isEmpty();

        chooseMatched(people);
        browser.click(By.id("mappingForm:dryRun"));
        browser.textOnceContains(By.id("checkSummary"), "0 problem(s)");
        browser.click(By.id("importForm:import"));
        assertThat(browser.textOnceContains(By.id("resultSummary"), "2 people created"))
                .contains("0 skipped");
        assertThat(Api.admin()
                        .get("/api/v1/organisations/" + hallId + "/contacts")
                        .jsonList())
                .extracting(c -> c.get("name") + " " + c.get("role"))
                .containsExactlyInAnyOrder("Amina Khan Chair", "Bob Smith Trustee");

        browser.go("/people/import.xhtml"); // the file input fires no change for the same file chosen twice
        chooseMatched(people);
        browser.click(By.id("mappingForm:dryRun"));
        assertThat(browser.textOnceContains(By.id("checkSummary"), "2 already recorded"))
                .contains("0 new");
        assertThat(browser.visible(By.id("importForm")).getText()).contains("same name at the same organisation");
        browser.click(By.id("importForm:import"));
        assertThat(browser.textOnceContains(By.id("resultSummary"), "2 skipped"))
                .contains("0 people created");

        browser.go("/engagements/import.xhtml");
        chooseMatched(engagements(hall));
        browser.click(By.id("mappingForm:dryRun"));
        browser.textOnceContains(By.id("checkSummary"), "0 problem(s)");
        browser.click(By.id("importForm:import"));
        browser.textOnceContains(By.id("resultSummary"), "2 engagements created");
        List<Map<String, Object>> recorded = Api.admin()
                .get("/api/v1/organisations/" + hallId + "/engagements")
                .jsonList();
        assertThat(recorded).extracting(e -> e.get("summary")).containsExactlyInAnyOrder("Policy talk", "Phone call");
        List<Object> recordedPeople =
                Api.admin().get("/api/v1/organisations/" + hallId + "/contacts").jsonList().stream()
                        .map(c -> c.get("personId"))
                        .toList();
        assertThat(recorded)
                .filteredOn(e -> "VISIT".equals(e.get("type")))
                .singleElement()
                .satisfies(visit -> assertThat(List.<Object>copyOf((List<?>) visit.get("personIds")))
                        .as("the people present, named as recorded")
                        .containsExactlyInAnyOrderElementsOf(recordedPeople));
    }

    /** Chooses the file; its headings are the fields' own labels, so the page matches them all itself. */
    private void chooseMatched(Path file) {
        browser.driver().findElement(By.id("fileForm:file_input")).sendKeys(file.toString());
        browser.textOnceContains(By.id("pageMessages"), "Read " + file.getFileName());
    }

    private static Path csv(String name, String text) throws IOException {
        Path file = Files.createTempFile(name, ".csv");
        Files.writeString(file, text);
        return file;
    }

    /** Two past engagements at the hall, in an XLSX with the people present named as recorded. */
    private static Path engagements(String hall) throws IOException {
        Path file = Files.createTempFile("engagements", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Visits");
            row(sheet, 0, "Organisation", "Organisation postcode", "Date", "Type", "Summary", "People present");
            row(sheet, 1, hall, "DN4 4AB", "12/03/2025", "Visit", "Policy talk", "Amina Khan; Bob Smith");
            row(sheet, 2, hall, "DN4 4AB", "01/04/2025", "Call", "Phone call", "");
            workbook.write(out);
        }
        return file;
    }

    /** Chooses the file and matches the two headings the page cannot guess; Post code and Town it matches itself. */
    private void choose(Path file) {
        browser.driver().findElement(By.id("fileForm:file_input")).sendKeys(file.toString());
        browser.textOnceContains(By.id("pageMessages"), "Read " + file.getFileName());
        new Select(browser.visible(By.id("mappingForm:fields:0:heading"))).selectByVisibleText("Setting");
        new Select(browser.visible(By.id("mappingForm:fields:1:heading"))).selectByVisibleText("Kind");
    }

    private static long organisationsOfThisRun() {
        Api.Response page = Api.admin().get("/api/v1/organisations?q=Imported%20Setting%20" + RUN + "&size=1");
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
