package org.engagement.plugins.retail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.StatementCounter;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.user.Role;
import org.engagement.plugins.retail.persistence.RetailRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retail coverage and staff trained on a real (in-memory) Derby migrated by the core's and the module's changelogs,
 * with people and their training attendance recorded through the core's services: only valid training counts,
 * each person once, plus the unnamed headcount of valid sessions held for one premises alone, capped at the staff
 * headcount; and the coverage table costs two statements however many premises and sessions there are.
 */
class RetailCoveragePersistenceTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final Actor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));

    private final TestDatabase db = new TestDatabase("db/changelog/retail/changelog.xml");
    private final Crm crm = new Crm(db, new RetailModule());
    private final LocalDate today = Dates.today();

    private long chickenCottage;
    private long pizzaPalace;
    private long stationHotel;

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T retail(Actor actor, Function<RetailService, T> work) {
        return crm.withModule(
                actor,
                RetailModule.ID,
                (core, em) -> work.apply(new RetailService(
                        new RetailRecords(em), core.organisationRecords(), core.history(), core.actor())));
    }

    private long premises(String name, String type, String ward, int headcount) {
        long id = crm.as(
                ADMIN,
                s -> s.organisations()
                        .create(
                                new OrganisationDetails(
                                        name,
                                        type,
                                        "1 High Street",
                                        null,
                                        "Doncaster",
                                        "DN1 1AA",
                                        ward,
                                        null,
                                        null,
                                        null,
                                        OrganisationStatus.PROSPECT,
                                        null,
                                        Set.of(),
                                        null,
                                        null),
                                true)
                        .getId());
        retail(ADMIN, r -> r.savePremises(id, null, headcount, false));
        return id;
    }

    private long worker(long organisation, String name) {
        return crm.as(
                ADMIN,
                s -> s.contacts()
                        .addContact(
                                organisation,
                                new PersonDetails(name, null, null, null, null, LawfulBasis.LEGITIMATE_INTERESTS, null),
                                "Counter staff")
                        .personId());
    }

    private void attended(String course, LocalDate on, long... people) {
        List<AttendeeDetails> attendees = java.util.Arrays.stream(people)
                .mapToObj(AttendeeDetails::existing)
                .toList();
        crm.as(
                ADMIN,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        course, on, "BUSINESS_STAFF", "Civic Office", "CSE team", 0, List.of()),
                                attendees));
    }

    private void headcountOnly(String course, LocalDate on, int headcount, Long... organisations) {
        crm.as(
                ADMIN,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        course,
                                        on,
                                        "BUSINESS_STAFF",
                                        "Civic Office",
                                        "CSE team",
                                        headcount,
                                        List.of(organisations)),
                                List.of()));
    }

    @BeforeEach
    void premisesWithStaffWhoseTrainingIsValidExpiredOrRepeated() {
        crm.as(
                ADMIN,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "NTE-AW",
                                "Night-time economy awareness",
                                "AWARENESS",
                                Delivery.FACE_TO_FACE,
                                12,
                                null)));
        crm.as(
                ADMIN,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "CSE-AW", "CSE awareness", "AWARENESS", Delivery.FACE_TO_FACE, null, null)));
        chickenCottage = premises("Chicken Cottage", "TAKEAWAY", "Balby South", 10);
        long amir = worker(chickenCottage, "Amir Khan");
        long beth = worker(chickenCottage, "Beth Jones");
        long carl = worker(chickenCottage, "Carl Smith");
        worker(chickenCottage, "Dee Untrained");
        attended("NTE-AW", today.minusMonths(2), amir, beth);
        attended("NTE-AW", today.minusYears(2), carl);
        attended("CSE-AW", today.minusMonths(1), beth);
        pizzaPalace = premises("Pizza Palace", "TAKEAWAY", "Balby South", 4);
        stationHotel = premises("Station Hotel", "HOTEL", null, 30);
        attended("CSE-AW", today.minusMonths(3), worker(stationHotel, "Erin Night Porter"));
        retail(ADMIN, r -> r.recordVisit(chickenCottage, today.minusDays(5), "Youth charity", "Posters"));
        retail(ADMIN, r -> r.recordVisit(chickenCottage, today.minusDays(1), "Police", "Leaflets"));
        retail(
                ADMIN,
                r -> r.savePremises(
                        chickenCottage,
                        r.premisesOf(chickenCottage).orElseThrow().getVersion(),
                        10,
                        true));
    }

    @Test
    void staffTrainedCountsEachPersonWithValidTrainingOnceAndLeavesOutExpiredTraining() {
        assertThat(staffTrained(chickenCottage)).isEqualTo(2);
        assertThat(staffTrained(pizzaPalace)).isZero();
        assertThat(staffTrained(stationHotel)).isEqualTo(1);
    }

    @Test
    void theHeadcountOfAValidSessionForOnePremisesAloneCountsAsTrainedStaff() {
        headcountOnly("NTE-AW", today.minusMonths(1), 3, pizzaPalace);
        headcountOnly("CSE-AW", today.minusYears(5), 2, stationHotel);

        assertThat(staffTrained(pizzaPalace)).isEqualTo(3);
        assertThat(staffTrained(stationHotel))
                .as("1 named and 2 unnamed; the course does not expire")
                .isEqualTo(3);
    }

    @Test
    void aHeadcountSharedByTwoPremisesOrWhoseTrainingHasExpiredDoesNotCount() {
        headcountOnly("NTE-AW", today.minusMonths(1), 6, pizzaPalace, stationHotel);
        headcountOnly("NTE-AW", today.minusMonths(13), 2, pizzaPalace);

        assertThat(staffTrained(pizzaPalace)).isZero();
        assertThat(staffTrained(stationHotel)).isEqualTo(1);
        assertThat(retail(VIEWER, RetailService::coverage))
                .containsExactly(
                        new RetailService.CoverageRow("Hotel", "No area recorded", 1, 0, 1, 0, 30, 1),
                        new RetailService.CoverageRow("Takeaway", "Balby South", 2, 1, 1, 1, 14, 2));
    }

    @Test
    void aSessionCountsUntilTheDayItsCourseValidityRunsOutLikeATrainingRecord() {
        LocalDate lastValid = org.engagement.plugins.retail.persistence.CoverageQuery.earliestValidSession(12, today);
        assertThat(lastValid.plusMonths(12).minusDays(1)).isAfterOrEqualTo(today);
        assertThat(lastValid.minusDays(1).plusMonths(12).minusDays(1)).isBefore(today);
        headcountOnly("NTE-AW", lastValid, 1, pizzaPalace);
        headcountOnly("NTE-AW", lastValid.minusDays(1), 2, pizzaPalace);

        assertThat(staffTrained(pizzaPalace)).isEqualTo(1);
    }

    @Test
    void theEarliestValidSessionDateAllowsForMonthEnds() {
        assertThat(org.engagement.plugins.retail.persistence.CoverageQuery.earliestValidSession(
                        1, LocalDate.of(2026, 3, 31)))
                .isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(org.engagement.plugins.retail.persistence.CoverageQuery.earliestValidSession(
                        1, LocalDate.of(2026, 3, 15)))
                .isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(org.engagement.plugins.retail.persistence.CoverageQuery.earliestValidSession(
                        12, LocalDate.of(2024, 2, 29)))
                .isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void staffTrainedIsNeverMoreThanTheRecordedStaffHeadcount() {
        headcountOnly("NTE-AW", today.minusMonths(1), 3, pizzaPalace);
        headcountOnly("NTE-AW", today.minusMonths(2), 3, pizzaPalace);
        headcountOnly("CSE-AW", today.minusMonths(2), 40, chickenCottage);

        assertThat(staffTrained(pizzaPalace)).as("6 counted, 4 staff").isEqualTo(4);
        assertThat(staffTrained(chickenCottage))
                .as("2 named and 40 counted, 10 staff")
                .isEqualTo(10);
        assertThat(retail(VIEWER, RetailService::coverage))
                .contains(new RetailService.CoverageRow("Takeaway", "Balby South", 2, 1, 2, 1, 14, 14));
    }

    @Test
    void withoutARecordedStaffHeadcountTheCountIsNotCapped() {
        retail(
                ADMIN,
                r -> r.savePremises(
                        pizzaPalace, r.premisesOf(pizzaPalace).orElseThrow().getVersion(), null, false));
        headcountOnly("NTE-AW", today.minusMonths(1), 7, pizzaPalace);

        assertThat(staffTrained(pizzaPalace)).isEqualTo(7);
    }

    private long staffTrained(long premises) {
        return retail(VIEWER, r -> r.staffTrained(premises).orElseThrow());
    }

    @Test
    void coverageSumsPremisesVisitsHotspotsHeadcountAndTrainedStaffByTypeAndArea() {
        List<RetailService.CoverageRow> rows = retail(VIEWER, RetailService::coverage);

        assertThat(rows)
                .containsExactly(
                        new RetailService.CoverageRow("Hotel", "No area recorded", 1, 0, 1, 0, 30, 1),
                        new RetailService.CoverageRow("Takeaway", "Balby South", 2, 1, 1, 1, 14, 2));
        assertThat(rows.get(1).visitedText()).isEqualTo("1 of 2 (50%)");
    }

    @Test
    void theCoverageTableIsTwoStatementsWhateverTheNumberOfPremisesAndSessions() {
        StatementCounter.takeCount();
        retail(VIEWER, RetailService::coverage);
        int withThree = StatementCounter.takeCount();

        for (int i = 0; i < 20; i++) {
            long more = premises("Corner Shop " + i, "RETAILER", "Ward " + (i % 4), 3);
            attended("CSE-AW", today.minusDays(10), worker(more, "Shop Worker " + i));
            headcountOnly("NTE-AW", today.minusDays(10), 1, more);
        }
        StatementCounter.takeCount();
        List<RetailService.CoverageRow> rows = retail(VIEWER, RetailService::coverage);
        int withTwentyThree = StatementCounter.takeCount();

        assertThat(rows)
                .filteredOn(r -> r.type().equals("Shop or retailer"))
                .extracting(RetailService.CoverageRow::staffTrained)
                .containsExactly(10L, 10L, 10L, 10L);
        assertThat(withThree).as("the courses' validities, then the table").isEqualTo(2);
        assertThat(withTwentyThree).isEqualTo(withThree);
    }

    /** The module's figure, read as the scorecard reads it: in a request, on the module's unit. */
    private double figure(String id, LocalDate from, LocalDate to) {
        return crm.withModule(
                VIEWER,
                RetailModule.ID,
                (core, em) -> new RetailFigures(new RetailRecords(em))
                        .figures().stream()
                                .filter(f -> f.id().equals(id))
                                .findFirst()
                                .orElseThrow()
                                .valueFor(from, to)
                                .value());
    }

    @Test
    void theScorecardCountsPremisesVisitedInThePeriodOnceEachAndConcernsOfTheQuartersInIt() {
        retail(ADMIN, r -> r.recordVisit(pizzaPalace, today.minusYears(1), "Police", "Leaflets"));
        retail(ADMIN, r -> r.recordConcerns(chickenCottage, today, 3));
        retail(ADMIN, r -> r.recordConcerns(chickenCottage, today.minusYears(1), 5));
        org.engagement.core.reporting.FinancialQuarter now = org.engagement.core.reporting.FinancialQuarter.of(today);

        assertThat(figure(RetailFigures.PREMISES_VISITED, today.minusMonths(1), today))
                .as("two visits to one premises")
                .isEqualTo(1.0);
        assertThat(figure(RetailFigures.PREMISES_VISITED, today.minusYears(2), today))
                .isEqualTo(2.0);
        assertThat(figure(RetailFigures.HOTSPOT_CONCERNS, now.start(), now.end()))
                .isEqualTo(3.0);
        assertThat(figure(RetailFigures.HOTSPOT_CONCERNS, now.start().minusYears(1), now.end()))
                .isEqualTo(8.0);
    }
}
