package org.engagement.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.TrainingCatalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing a plan from the council's spreadsheet (CSV or XLSX), all or nothing, and exporting it again. */
class PlanImportTest {

    private static final FixedActor ADMIN = FixedActor.admin();
    private static final String ANNEX =
            "\uFEFFOutcome,Ref,Activity,Desired Outcome,Due Date,Lead,Outcome Measure,Progress/Impact,Status\n"
                    + "Continue to develop links to industry,4.1,Identify retail sector hotspots through THRIVE meetings,"
                    + "DSCB are aware of hotspots,01/06/2016,Bill Hotchkiss,Number of concerns reported from hotspot areas,"
                    + "Frenchgate centre and transport interchange part of the group.,Completed\n"
                    + "Continue to develop links to industry,4.2,Provide awareness raising sessions to identified groups,"
                    + "\"Improve knowledge of signs,\nand ability to report concerns\",2016-12-01,Licensing manager,,"
                    + "627 taxi drivers (75%) have now been trained.,Amber\n"
                    + "\"Engage faith centres\",5.1,To engage with faith centres,,01/04/2017,Akeela Mohammed,,,Green\n";

    private final TestDatabase db = new TestDatabase();
    private final SectorModules modules = new SectorModules(List.of());

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T as(Function<PlanService, T> work) {
        return db.inTransaction(em -> work.apply(service(em)));
    }

    private PlanService service(EntityManager em) {
        TrainingCatalogue catalogue = new TrainingCatalogue(modules);
        return new PlanService(
                new JpaPlanRepository(em),
                new Figures(new CoreFigures(em, new JpaTrainingRepository(em), catalogue), modules),
                new ChangeLog(em, ADMIN),
                ADMIN);
    }

    private long plan(String title) {
        return as((PlanService s) -> s.createPlan(
                        new PlanDetails(title, LocalDate.of(2016, 4, 1), LocalDate.of(2017, 3, 31)))
                .getId());
    }

    @Test
    void theAnnexsColumnsImportAsOutcomesActionsStatusesAndFirstProgressNotes() {
        long plan = plan("CSE action plan 2016/17");
        assertThat(as((PlanService s) -> s.importActions(plan, "annex1.csv", ANNEX.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(3);

        List<PlanAction> actions = as((PlanService s) -> s.actionsOf(plan));
        assertThat(actions).extracting(PlanAction::getReference).containsExactly("4.1", "4.2", "5.1");
        PlanAction a42 = actions.get(1);
        assertThat(a42.getOutcome().getTitle()).isEqualTo("Continue to develop links to industry");
        assertThat(a42.getDescription()).isEqualTo("Improve knowledge of signs,\nand ability to report concerns");
        assertThat(a42.getDueDate()).isEqualTo(LocalDate.of(2016, 12, 1));
        assertThat(a42.getStatus()).isEqualTo(Rag.AMBER);
        assertThat(a42.getStatusReason()).isEqualTo("627 taxi drivers (75%) have now been trained.");
        assertThat(actions.get(0).getStatus()).isEqualTo(Rag.COMPLETE);
        assertThat(as((PlanService s) -> s.progressOf(a42.getId())))
                .extracting(ProgressUpdate::getNote)
                .containsExactly("627 taxi drivers (75%) have now been trained.");
        assertThat(as((PlanService s) -> s.outcomesOf(plan)))
                .extracting(Outcome::getNumber)
                .containsExactly(4, 5);
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeWithEveryProblemAndItsLine() {
        long plan = plan("CSE action plan 2016/17");
        String bad = ANNEX
                + "Outcome 6,6.1,Develop new TORs for CMOG,,31/02/2016,Liz Stenton,,,Completed\n" // line 6 (4.2 spans
                // lines 3 and 4): no
                // such day
                + "Outcome 6,6.2,Develop a referral process,,01/06/2016,,,,Done\n"; // line 7: unknown status

        assertThatThrownBy(() -> as(
                        (PlanService s) -> s.importActions(plan, "annex1.csv", bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidLinesException.class,
                        e -> assertThat(e.lines())
                                .containsExactly(
                                        new LineError(
                                                6,
                                                "Due date '31/02/2016' is not a date: write it as 31/03/2017 or 2017-03-31."),
                                        new LineError(
                                                7, "Status 'Done' is not one of red, amber, green or complete.")));

        String noLead = ANNEX + "Outcome 6,6.2,Develop a referral process,,01/06/2016,,,,Red\n";
        assertThatThrownBy(() -> as((PlanService s) ->
                        s.importActions(plan, "annex1.csv", noLead.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        InvalidLinesException.class,
                        e -> assertThat(e.lines())
                                .containsExactly(
                                        new LineError(6, "Name the lead officer."),
                                        new LineError(6, "Say why the action is red.")));
        assertThat(as((PlanService s) -> s.actionsOf(plan)))
                .as("nothing of either file was saved")
                .isEmpty();
    }

    @Test
    void anExcelWorkbookImportsWithItsDateCells() throws IOException {
        long plan = plan("CSE action plan 2016/17");
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Action plan");
            String[] header = {"Ref", "Activity", "Lead", "Due Date", "Status"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("4.2");
            row.createCell(1).setCellValue("Provide awareness raising sessions");
            row.createCell(2).setCellValue("Licensing manager");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            row.createCell(3).setCellValue(LocalDate.of(2016, 12, 1));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue("Green");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertThat(as((PlanService s) -> s.importActions(plan, "plan.xlsx", xlsx)))
                .isEqualTo(1);
        PlanAction action = as((PlanService s) -> s.actionsOf(plan)).get(0);
        assertThat(action.getDueDate()).isEqualTo(LocalDate.of(2016, 12, 1));
        assertThat(action.getOutcome().getTitle()).isEqualTo("Outcome 4");
    }

    @Test
    void anExportedPlanImportsIntoAnotherPlanAsItWas() {
        long plan = plan("CSE action plan 2016/17");
        as((PlanService s) -> s.importActions(plan, "annex1.csv", ANNEX.getBytes(StandardCharsets.UTF_8)));
        byte[] exported = as((PlanService s) -> s.exportCsv(plan));

        long copy = plan("CSE action plan copy");
        as((PlanService s) -> s.importActions(copy, "export.csv", exported));
        List<PlanAction> again = as((PlanService s) -> s.actionsOf(copy));
        assertThat(again)
                .extracting(
                        PlanAction::getReference, PlanAction::getTitle, PlanAction::getDueDate, PlanAction::getStatus)
                .containsExactlyElementsOf(as((PlanService s) -> s.actionsOf(plan)).stream()
                        .map(a -> org.assertj.core.groups.Tuple.tuple(
                                a.getReference(), a.getTitle(), a.getDueDate(), a.getStatus()))
                        .toList());
    }
}
