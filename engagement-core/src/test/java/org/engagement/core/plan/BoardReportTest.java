package org.engagement.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.engagement.core.spi.FigureContribution.Value;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TrainingServices;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingReports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The board report against the council report's own figures: its quarterly training table (whose first column it
 * added up to 1269 instead of 1261) and a register where 627 of 836 licensed drivers hold valid training.
 */
class BoardReportTest {

    private static final FixedActor ADMIN = FixedActor.admin();
    private static final String DRIVERS = "test.drivers-trained";
    private static final LocalDate Q2_2016_END = LocalDate.of(2016, 9, 30);

    /** The seed's table: children and young people, professionals, parents and foster carers, community. */
    private static final int[][] SEED = {
        {297, 456, 53, 749, 939, 819},
        {943, 458, 456, 280, 287, 62},
        {21, 20, 40, 30, 34, 52},
        {0, 0, 0, 0, 150, 0}
    };

    private static final String[] AUDIENCES = {"CHILDREN_YOUNG_PEOPLE", "PROFESSIONALS", "PARENTS_CARERS", "COMMUNITY"};

    /** 627 of 836 drivers trained from Q1 2016/17 on; fewer before. */
    private final SectorModule taxi = new SectorModule() {
        @Override
        public String id() {
            return "test-taxi";
        }

        @Override
        public String displayName() {
            return "Taxi and private hire (test)";
        }

        @Override
        public List<FigureContribution> figures() {
            return List.of(new FigureContribution(
                    DRIVERS,
                    "Licensed drivers with valid training",
                    Unit.PERCENT,
                    Kind.LEVEL,
                    "/taxi/coverage.xhtml",
                    (from, to) -> to.isBefore(LocalDate.of(2016, 4, 1))
                            ? Value.share(418, 836, "active drivers")
                            : Value.share(627, 836, "active drivers")));
        }
    };

    private final SectorModules modules = new SectorModules(List.of(taxi));
    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T as(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private PlanService plans(EntityManager em) {
        TrainingCatalogue catalogue = new TrainingCatalogue(modules);
        return new PlanService(
                new JpaPlanRepository(em),
                new Figures(new CoreFigures(em, new JpaTrainingRepository(em), catalogue), modules),
                new ChangeLog(em, ADMIN),
                ADMIN);
    }

    private BoardReports reports(EntityManager em) {
        TrainingCatalogue catalogue = new TrainingCatalogue(modules);
        return new BoardReports(
                plans(em),
                new JpaPlanRepository(em),
                new TrainingReports(new JpaTrainingRepository(em), catalogue, ADMIN),
                modules,
                ADMIN);
    }

    private void seedTraining() {
        as(em -> {
            TrainingServices training = TrainingServices.on(
                    em, new TrainingCatalogue(modules), null, null, new ChangeLog(em, ADMIN), ADMIN);
            training.courses()
                    .createCourse(new CourseDetails(
                            "CSE-AW", "CSE awareness", "AWARENESS", Delivery.FACE_TO_FACE, null, null));
            for (int a = 0; a < AUDIENCES.length; a++) {
                for (int q = 0; q < 6; q++) {
                    if (SEED[a][q] > 0) {
                        LocalDate held = LocalDate.of(2015, 5, 15).plusMonths(3L * q);
                        training.attendance()
                                .recordSession(
                                        new SessionDetails(
                                                "CSE-AW",
                                                held,
                                                AUDIENCES[a],
                                                "Civic Office",
                                                "CSE team",
                                                SEED[a][q],
                                                List.of()),
                                        List.of());
                    }
                }
            }
            return null;
        });
    }

    private long planWithAction42() {
        return as(em -> {
            PlanService plans = plans(em);
            ActionPlan plan = plans.createPlan(
                    new PlanDetails("CSE action plan 2016/17", LocalDate.of(2016, 4, 1), LocalDate.of(2017, 3, 31)));
            PlanAction action = plans.addAction(
                    plan.getId(),
                    new ActionDetails(
                            4,
                            "Continue to develop links to industry",
                            "4.2",
                            "Provide awareness raising sessions to identified groups",
                            null,
                            "Bill Hotchkiss",
                            "Licensing; police",
                            null,
                            LocalDate.of(2016, 12, 1),
                            "Improve knowledge of signs and ability to report concerns",
                            Rag.GREEN,
                            null));
            em.flush();
            plans.bindMeasure(
                    action.getId(),
                    action.getVersion(),
                    new MeasureDetails(DRIVERS, new BigDecimal("85"), LocalDate.of(2016, 12, 1), null));
            plans.addProgress(
                    action.getId(), LocalDate.of(2016, 9, 20), "627 taxi drivers (75%) have now been trained.");
            return plan.getId();
        });
    }

    private String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append("\n=== page break ===\n");
            }
            return text.toString().replaceAll("\\s+", " "); // table cells wrap where they like
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSeedsQuarterShowsSeventyFivePerCentAndTheTrainingTableHasTheCorrectedTotal() {
        seedTraining();
        long plan = planWithAction42();

        BoardReport report = as(em -> reports(em).report(plan, LocalDate.of(2015, 4, 1), Q2_2016_END));
        assertThat(report.quarters())
                .containsExactly("Q1 2015/16", "Q2 2015/16", "Q3 2015/16", "Q4 2015/16", "Q1 2016/17", "Q2 2016/17");
        assertThat(report.training().totals()).containsExactly(1261L, 934L, 549L, 1059L, 1410L, 933L);
        assertThat(report.training().grandTotal()).isEqualTo(6146L);
        Scorecard.Line drivers = report.scorecard().lines().get(0);
        assertThat(drivers.cells())
                .extracting(Scorecard.Cell::value)
                .containsExactly(50.0, 50.0, 50.0, 50.0, 75.0, 75.0);
        assertThat(drivers.rag())
                .as("75% against 85% with two months left at the report's date")
                .isEqualTo(Rag.AMBER);
        assertThat(report.actions()).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo("Amber (suggested by the measure)");
            assertThat(a.latestProgress())
                    .isEqualTo("20 Sept 2016, admin: 627 taxi drivers (75%) have now been trained.");
        });

        String pdf = text(as(em -> reports(em).pdf(plan, LocalDate.of(2015, 4, 1), Q2_2016_END)));
        assertThat(pdf)
                .contains(
                        "CSE action plan 2016/17: report to the board",
                        "Action plan",
                        "4.2",
                        "AMBER (SUGGESTED BY THE MEASURE)",
                        "Scorecard",
                        "75% (627 of 836 active drivers)",
                        "People trained by audience and quarter",
                        "1261",
                        "6146",
                        "Taxi and private hire (test)")
                .doesNotContain("1269");
    }

    @Test
    void theSamePeriodGivesTheSameReport() {
        seedTraining();
        long plan = planWithAction42();
        String first = text(as(em -> reports(em).pdf(plan, LocalDate.of(2016, 4, 1), Q2_2016_END)));
        String again = text(as(em -> reports(em).pdf(plan, LocalDate.of(2016, 4, 1), Q2_2016_END)));
        assertThat(again).isEqualTo(first);
        assertThat(first).contains("Q1 2016/17", "Q2 2016/17").doesNotContain("Q3 2016/17");
    }
}
