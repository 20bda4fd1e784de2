package org.engagement.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanDetails;
import org.engagement.core.plan.PlanService;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.DemoSeed;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingSessionService;

/**
 * Loads the demo partnership into an empty database: the statutory partners, the council report's quarterly training
 * table by audience, and its Annex 1 action plan; then each packaged module adds its part (faith settings, drivers,
 * shopping centre agreements). The report is dated November 2016; every date is moved on by whole years so that the
 * plan is this financial year's and the training table ends in this quarter. One transaction: all or nothing.
 */
@ApplicationScoped
public class DemoPartnership {

    /** The council report's financial year; its Annex was updated in November of it. */
    private static final int REPORT_YEAR = 2016;

    private static final String AWARENESS_COURSE = "CSE-AWARE";

    private static final String[] AUDIENCES = {"CHILDREN_YOUNG_PEOPLE", "PROFESSIONALS", "PARENTS_CARERS", "COMMUNITY"};

    /**
     * The report's table of people trained, by audience (rows as {@link #AUDIENCES}) and quarter, Q1 2015/16 to Q2
     * 2016/17. Its first column was added up to 1,269 in the report; from these records it totals 1,261.
     */
    private static final int[][] TRAINED = {
        {297, 456, 53, 749, 939, 819},
        {943, 458, 456, 280, 287, 62},
        {21, 20, 40, 30, 34, 52},
        {0, 0, 0, 0, 150, 0}
    };

    @Inject
    private OrganisationService organisations;

    @Inject
    private CourseService courseService;

    @Inject
    private TrainingSessionService trainingSessions;

    @Inject
    private PlanService plans;

    @Inject
    private SectorModules modules;

    @Inject
    private ServiceDemoRecords records;

    /** Whether the database holds no organisation yet: the demo is loaded only then. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long organisationCount() {
        return organisations.count(OrganisationSearch.all());
    }

    /** Loads the whole demo, or refuses (changing nothing) when the database already holds organisations. */
    @Transactional
    public DemoSeed seed() {
        long existing = organisationCount();
        if (existing > 0) {
            throw new ConflictException("The demo partnership is loaded only into an empty database; this one already"
                    + " holds " + existing + " organisations. Start with a new data folder (ENGAGEMENT_DATA_DIR) or"
                    + " database, or leave ENGAGEMENT_DEMO unset.");
        }
        LocalDate today = Dates.today();
        int years = FinancialQuarter.of(today).startYear() - REPORT_YEAR;
        long police = records.organisation("South Yorkshire Police", "PARTNER_AGENCY", null);
        long inspector = records.contact(police, "Paul Inspector", "CSE inspector");
        long council = records.organisation("Doncaster Council Licensing", "PARTNER_AGENCY", null);
        records.contact(council, "Liz Licensing", "licensing manager");
        trainingTable(years);
        records.useCurrentPlan(actionPlan(years));
        DemoSeed seed = new DemoSeed(
                today,
                years,
                police,
                inspector,
                council,
                AWARENESS_COURSE,
                FinancialQuarter.of(today).start());
        for (SectorModule module : modules.all()) {
            module.seedDemo(seed, records);
        }
        return seed;
    }

    /** One delivered session per audience and quarter, held mid-quarter, with the report's headcount. */
    private void trainingTable(int years) {
        courseService.createCourse(
                new CourseDetails(AWARENESS_COURSE, "CSE awareness", "AWARENESS", Delivery.FACE_TO_FACE, null, null));
        LocalDate firstQuarterMiddle = LocalDate.of(REPORT_YEAR - 1, 5, 15).plusYears(years);
        for (int audience = 0; audience < AUDIENCES.length; audience++) {
            for (int quarter = 0; quarter < TRAINED[audience].length; quarter++) {
                if (TRAINED[audience][quarter] > 0) {
                    trainingSessions.recordSession(new SessionDetails(
                            AWARENESS_COURSE,
                            firstQuarterMiddle.plusMonths(3L * quarter),
                            AUDIENCES[audience],
                            "Civic Office, Doncaster",
                            "CSE team",
                            TRAINED[audience][quarter],
                            List.of()));
                }
            }
        }
    }

    /** The Annex's plan as this financial year's, with each open action's progress note. */
    private long actionPlan(int years) {
        ActionPlan plan = plans.createPlan(new PlanDetails(
                "CSE action plan " + (REPORT_YEAR + years) + "/"
                        + String.format("%02d", (REPORT_YEAR + years + 1) % 100),
                LocalDate.of(REPORT_YEAR, 4, 1).plusYears(years),
                LocalDate.of(REPORT_YEAR + 1, 3, 31).plusYears(years)));
        LocalDate updated = LocalDate.of(REPORT_YEAR, 11, 15).plusYears(years);
        for (ActionDetails details : AnnexActions.movedOn(years)) {
            PlanAction action = plans.addAction(plan.getId(), details);
            plans.addProgress(action.getId(), updated, details.description());
        }
        return plan.getId();
    }
}
