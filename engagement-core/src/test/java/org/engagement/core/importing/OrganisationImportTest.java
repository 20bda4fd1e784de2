package org.engagement.core.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Spreadsheet;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Importing organisations from the spreadsheets a partnership keeps, on a real database: the user's headings matched
 * to fields, a dry run naming every problem by row and column and writing nothing, an import that writes all or
 * nothing, rows matching organisations already kept skipped, updated or created as chosen, and the rejected rows
 * given back with their reasons.
 */
class OrganisationImportTest {

    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor VERA = new FixedActor("vera", Set.of(Role.VIEWER));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void close() {
        db.close();
    }

    private static Spreadsheet csv(String text) {
        return Spreadsheet.read("settings.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static final ColumnMapping THEIR_HEADINGS =
            new ColumnMapping(Map.of("name", "Setting", "type", "Kind", "postcode", "Post code", "email", "E-mail"));

    private long count() {
        return crm.as(
                FIONA,
                s -> s.organisations()
                        .count(new OrganisationSearch(
                                null, null, null, null, null, null, null, null, null, false, 0, 1)));
    }

    private ImportResult imported(Spreadsheet sheet, DuplicateChoice duplicates) {
        return crm.importing(FIONA, i -> i.run(sheet, THEIR_HEADINGS, duplicates, done -> {}));
    }

    @Test
    void aLargeFileIsSavedInBatchesWithProgressToTheLastRowAndEveryOrganisationInTheHistory() {
        int rows = 501; // one full batch and one more row
        StringBuilder text = new StringBuilder("Setting,Kind,Post code,E-mail\n");
        for (int i = 1; i <= rows; i++) {
            text.append("Group ").append(i).append(",Community group,DN1 1AA,\n");
        }
        List<Integer> progress = new ArrayList<>();

        ImportResult result = crm.importing(
                FIONA, i -> i.run(csv(text.toString()), THEIR_HEADINGS, DuplicateChoice.SKIP, progress::add));

        assertThat(result.created()).isEqualTo(rows);
        assertThat(count()).isEqualTo(rows);
        assertThat(progress).isSorted().endsWith(rows);
        long historyEntries = db.inTransaction(em -> em.createQuery(
                        "SELECT COUNT(DISTINCT e.recordId) FROM ChangeLogEntry e WHERE e.recordType = 'Organisation'"
                                + " AND e.changedBy = 'fiona' AND e.summary LIKE 'Organisation Group % created'",
                        Long.class)
                .getSingleResult());
        assertThat(historyEntries).isEqualTo(rows);
        boolean historyIntact = db.inTransaction(em -> new org.engagement.core.integrity.LogIntegrity(
                        em, new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER)))
                .check()
                .get(0)
                .intact());
        assertThat(historyIntact).isTrue();
    }

    @Test
    void aDryRunNamesEveryProblemByRowAndColumnAndWritesNothing() {
        Spreadsheet sheet = csv("Setting,Kind,Post code,E-mail\n"
                + "Central Mosque,Community group,DN1 1AA,office@central.example\n"
                + ",Community group,DN1 2AA,\n"
                + "Bad Postcode Hall,Community group,NOT A CODE,\n"
                + "Takeaway,Hot food takeaway,DN1 3AA,nobody at example\n");

        ImportCheck check = crm.importing(FIONA, i -> i.dryRun(sheet, THEIR_HEADINGS));

        assertThat(check.rows()).isEqualTo(4);
        assertThat(check.problems())
                .extracting(ImportProblem::line, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "Setting"),
                        org.assertj.core.groups.Tuple.tuple(4, "Post code"),
                        org.assertj.core.groups.Tuple.tuple(5, "Kind"));
        assertThat(check.problems().get(0).describe()).isEqualTo("Row 3, Setting: Enter the organisation's name.");
        assertThat(count()).isZero();
        assertThatThrownBy(
                        () -> crm.importing(FIONA, i -> i.run(sheet, THEIR_HEADINGS, DuplicateChoice.SKIP, done -> {})))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("nothing was imported");
        assertThat(count()).as("all or nothing").isZero();

        String rejected = new String(RejectedRows.csv(sheet, check.problems()), StandardCharsets.UTF_8);
        assertThat(rejected.lines().toList())
                .hasSize(4)
                .first()
                .isEqualTo("\uFEFFSetting,Kind,Post code,E-mail,Problem");
        assertThat(rejected).contains("Bad Postcode Hall,Community group,NOT A CODE,,Post code: ");
    }

    @Test
    void aRequiredFieldWithoutAColumnIsRefusedBeforeAnyRowIsRead() {
        Spreadsheet sheet = csv("Setting,Post code\nCentral Mosque,DN1 1AA\n");

        ImportCheck check = crm.importing(
                FIONA, i -> i.dryRun(sheet, new ColumnMapping(Map.of("name", "Setting", "postcode", "Postcode"))));

        assertThat(check.problems())
                .extracting(ImportProblem::describe)
                .containsExactly(
                        "Row 1: Choose the column that holds the Type.",
                        "Row 1, Postcode: The file has no column headed Postcode (chosen for Postcode).");
    }

    @Test
    void aCleanFileIsImportedWholeWithEachOrganisationInTheHistory() throws IOException {
        Spreadsheet sheet = Spreadsheet.read(
                "settings.xlsx",
                xlsx(List.of(
                        List.of("Setting", "Kind", "Post code", "E-mail", "Labels"),
                        List.of(
                                "Central Mosque",
                                "COMMUNITY_GROUP",
                                "DN1 1AA",
                                "office@central.example",
                                "mosque; madrassa"),
                        List.of("St Mary's Church Hall", "community group", "DN2 2BB", "", ""))));
        List<Integer> progress = new ArrayList<>();

        Map<String, String> withTags = new java.util.HashMap<>(THEIR_HEADINGS.headingByField());
        withTags.put("tags", "Labels");
        ImportResult result = crm.importing(
                FIONA, i -> i.run(sheet, new ColumnMapping(withTags), DuplicateChoice.SKIP, progress::add));

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0));
        assertThat(progress).containsExactly(1, 2);
        Organisation mosque = crm.as(
                        FIONA,
                        s -> s.organisations()
                                .list(new OrganisationSearch(
                                        null, "Central Mosque", null, null, null, null, null, null, null, false, 0, 5)))
                .get(0);
        assertThat(mosque.getEmail()).isEqualTo("office@central.example");
        assertThat(mosque.getTags()).containsExactlyInAnyOrder("mosque", "madrassa");
        List<ChangeLogEntry> history =
                crm.as(FIONA, s -> s.changeLog().historyOf(OrganisationService.RECORD_TYPE, mosque.getId()));
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.getChangedBy()).isEqualTo("fiona");
            assertThat(entry.getSummary()).isEqualTo("Organisation Central Mosque created");
        });
    }

    @Test
    void rowsMatchingOrganisationsAlreadyKeptAreSkippedUpdatedOrCreatedAsChosen() {
        crm.as(
                FIONA,
                s -> s.organisations().create(Crm.organisation("Central Mosque", "COMMUNITY_GROUP", "DN1 1AA"), true));
        Spreadsheet sheet = csv("Setting,Kind,Post code,E-mail\n"
                + "central  MOSQUE,Community group,DN1 1AA,new@central.example\n"
                + "Hall,Community group,DN9 9ZZ,\n");

        ImportCheck check = crm.importing(FIONA, i -> i.dryRun(sheet, THEIR_HEADINGS));
        assertThat(check.matches()).extracting(ImportCheck.Match::line).containsExactly(2);
        assertThat(check.newRows()).isEqualTo(1);

        assertThat(imported(sheet, DuplicateChoice.SKIP)).isEqualTo(new ImportResult(1, 0, 1));
        Spreadsheet again = csv(
                "Setting,Kind,Post code,E-mail\n" + "central  MOSQUE,Community group,DN1 1AA,new@central.example\n");
        assertThat(imported(again, DuplicateChoice.UPDATE)).isEqualTo(new ImportResult(0, 1, 0));
        assertThat(count()).isEqualTo(2);
        String email = crm.as(
                        FIONA,
                        s -> s.organisations()
                                .list(new OrganisationSearch(
                                        null, "Central Mosque", null, null, null, null, null, null, null, false, 0, 5)))
                .get(0)
                .getEmail();
        assertThat(email).isEqualTo("new@central.example");
        assertThat(imported(again, DuplicateChoice.CREATE)).isEqualTo(new ImportResult(1, 0, 0));
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void aRowRepeatingAnEarlierOneIsAProblemAndAViewerMayNotImport() {
        Spreadsheet sheet = csv("Setting,Kind,Post code,E-mail\n"
                + "Central Mosque,Community group,DN1 1AA,\n"
                + "Central Mosque,Community group,DN1 1AA,\n");

        assertThat(crm.importing(FIONA, i -> i.dryRun(sheet, THEIR_HEADINGS)).problems())
                .extracting(ImportProblem::describe)
                .containsExactly("Row 3, Setting: Row 2 has the same name and postcode. Remove one of the two rows.");
        assertThatThrownBy(() -> crm.importing(VERA, i -> i.dryRun(sheet, THEIR_HEADINGS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void suggestedMappingMatchesHeadingsThatSayTheFieldsName() {
        ColumnMapping suggested = ColumnMapping.suggested(
                List.of("NAME", "type", "Address Line 1", "postcode", "Something else"), OrganisationImport.FIELDS);

        assertThat(suggested.headingByField())
                .containsOnly(
                        Map.entry("name", "NAME"),
                        Map.entry("type", "type"),
                        Map.entry("addressLine1", "Address Line 1"),
                        Map.entry("postcode", "postcode"));
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Settings");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
