package org.engagement.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.organisation.Sector;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.PeopleRegister;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.spi.TrainingAudience;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TrainingServices;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Courses, sessions, attendance, expiry and the quarterly figures, on a real (in-memory) Derby. */
class TrainingTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final Actor INDUSTRY = new FixedActor("ian", Set.of(Role.INDUSTRY_LEAD));
    private static final Actor FAITH = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor LICENSING = new FixedActor("lucy", Set.of(Role.LICENSING_OFFICER));

    private static final Actor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));

    /** The test module's own register of people (as the taxi module keeps its drivers), readable by licensing roles. */
    private final Set<Long> registeredDrivers = new java.util.HashSet<>();

    private final PeopleRegister driverRegister = new PeopleRegister() {
        @Override
        public Set<Role> readers() {
            return RoleSets.LICENSING;
        }

        @Override
        public Set<Long> registered(java.util.Collection<Long> personIds) {
            return personIds.stream().filter(registeredDrivers::contains).collect(java.util.stream.Collectors.toSet());
        }
    };

    private final SectorModules modules = new SectorModules(List.of(new SectorModule() {
        @Override
        public List<PeopleRegister> peopleRegisters() {
            return List.of(driverRegister);
        }

        @Override
        public String id() {
            return "test-taxi";
        }

        @Override
        public String displayName() {
            return "Test taxi";
        }

        @Override
        public List<OrganisationType> organisationTypes() {
            return List.of(new OrganisationType("TEST_OPERATOR", "Taxi operator", Sector.INDUSTRY));
        }

        @Override
        public List<TrainingAudience> trainingAudiences() {
            return List.of(new TrainingAudience("TAXI_DRIVERS", "Taxi drivers", Sector.INDUSTRY));
        }
    }));
    private final OrganisationTypes types = new OrganisationTypes(modules);
    private final TrainingCatalogue catalogue = new TrainingCatalogue(modules);
    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void closeDatabase() {
        Dates.useClock(null);
        db.close();
    }

    private record Services(
            OrganisationService organisations,
            ContactService contacts,
            TrainingServices training,
            TrainingReports reports) {}

    private <T> T as(Actor actor, Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(services(em, actor)));
    }

    private Services services(EntityManager em, Actor actor) {
        ChangeLog log = new ChangeLog(em, actor);
        JpaOrganisationRepository organisationRepository =
                new JpaOrganisationRepository(em, new JpaTrainingLevelCondition(catalogue));
        OrganisationService organisations = new OrganisationService(organisationRepository, types, log, actor);
        JpaContactRepository people = new JpaContactRepository(em);
        ContactService contacts = new ContactService(people, organisations, log, modules, actor);
        JpaTrainingRepository repository = new JpaTrainingRepository(em);
        return new Services(
                organisations,
                contacts,
                TrainingServices.on(em, catalogue, organisations, contacts, log, actor),
                new TrainingReports(repository, catalogue, actor));
    }

    private Course course(String code, String level, Integer validityMonths) {
        return as(
                ADMIN,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                code, code + " course", level, Delivery.FACE_TO_FACE, validityMonths, null)));
    }

    private Organisation operator() {
        return as(
                INDUSTRY,
                s -> s.organisations().create(organisation("Doncaster Cabs", "TEST_OPERATOR", "DN1 1AA"), false));
    }

    private TrainingSession session(
            Actor actor, String course, String date, String audience, int headcount, List<Long> hosts) {
        return as(
                actor,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        course,
                                        LocalDate.parse(date),
                                        audience,
                                        "Civic Office",
                                        "CSE team",
                                        headcount,
                                        hosts),
                                List.of()));
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The council report's table (section 4.1): columns Q1..Q4 of 2015/16 then Q1, Q2 of 2016/17; "/" means none.
     * Its first column prints a total of 1269, but 297 + 943 + 21 = 1261: the system reports the true sum.
     */
    @Test
    void councilReportTableIsReproducedFromSessionsWithTheFirstQuarterAddedUpCorrectly() {
        course("CSE-AW", "AWARENESS", null);
        String[] quarterDates = {"2015-05-12", "2015-08-20", "2015-11-03", "2016-02-10", "2016-06-30", "2016-07-01"};
        long[][] table = {
            {297, 456, 53, 749, 939, 819},
            {943, 458, 456, 280, 287, 62},
            {21, 20, 40, 30, 34, 52},
            {0, 0, 0, 0, 150, 0}
        };
        String[] audiences = {"CHILDREN_YOUNG_PEOPLE", "PROFESSIONALS", "PARENTS_CARERS", "COMMUNITY"};
        for (int a = 0; a < audiences.length; a++) {
            for (int q = 0; q < quarterDates.length; q++) {
                if (table[a][q] > 0) {
                    session(ADMIN, "CSE-AW", quarterDates[q], audiences[a], (int) table[a][q], List.of());
                }
            }
        }

        QuarterlyFigures figures = as(
                new FixedActor("vera", Set.of(Role.VIEWER)),
                s -> s.reports().byQuarter(LocalDate.parse("2015-04-01"), LocalDate.parse("2016-09-30")));

        assertThat(figures.quarters())
                .extracting(FinancialQuarter::label)
                .containsExactly("Q1 2015/16", "Q2 2015/16", "Q3 2015/16", "Q4 2015/16", "Q1 2016/17", "Q2 2016/17");
        for (int a = 0; a < audiences.length; a++) {
            String code = audiences[a];
            assertThat(figures.rows().stream()
                            .filter(r -> r.audienceCode().equals(code))
                            .findFirst()
                            .orElseThrow()
                            .counts())
                    .as(code)
                    .containsExactly(table[a][0], table[a][1], table[a][2], table[a][3], table[a][4], table[a][5]);
        }
        assertThat(figures.totals()).containsExactly(1261L, 934L, 549L, 1059L, 1410L, 933L);
        assertThat(figures.totals().get(0)).isNotEqualTo(1269L);
        assertThat(figures.grandTotal()).isEqualTo(1261 + 934 + 549 + 1059 + 1410 + 933);
    }

    @Test
    void namedAttendeesCountOnceEachAlongsideTheHeadcountAndGetARecordThatExpires() {
        course("CSE-L3", "LEVEL_3", 36);
        Organisation cabs = operator();
        TrainingSession session = as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "cse-l3",
                                        LocalDate.parse("2016-04-01"),
                                        "TAXI_DRIVERS",
                                        null,
                                        null,
                                        10,
                                        List.of(cabs.getId())),
                                List.of(
                                        AttendeeDetails.named("Dave Driver", "dave@example.org", null),
                                        AttendeeDetails.named("Dave Driver", "dave@example.org", null))));

        List<TrainingRecord> attendees =
                as(INDUSTRY, s -> s.training().attendance().attendeesOf(session.getId()));
        assertThat(attendees).hasSize(1);
        TrainingRecord record = attendees.get(0);
        assertThat(record.getValidUntil()).isEqualTo(LocalDate.parse("2019-03-31"));
        assertThat(as(ADMIN, s -> s.reports().byQuarter(LocalDate.parse("2016-04-01"), LocalDate.parse("2016-06-30")))
                        .count("TAXI_DRIVERS", new FinancialQuarter(2016, 1)))
                .isEqualTo(11);
        List<TrainingRecord> forLicensing = as(
                LICENSING,
                s -> s.training().records().recordsOf(record.getPerson().getId()));
        assertThat(forLicensing).extracting(r -> r.getCourse().getCode()).containsExactly("CSE-L3");
    }

    @Test
    void csvWithBadLinesIsRejectedWholeWithEveryLineNamedAndAFixedFileImportsOnceOnly() {
        course("CSE-L2", "LEVEL_2", 12);
        Organisation cabs = operator();
        TrainingSession session = session(INDUSTRY, "CSE-L2", "2016-05-04", "TAXI_DRIVERS", 0, List.of(cabs.getId()));
        String bad = "\uFEFFname,email,organisation_id,completed_on,certificate_number\n"
                + "Asha Patel,asha@example.org,,04/05/2016,C-1\n"
                + "Ben Cole,ben@example.org,," + "31/02/2016,C-2\n"
                + "\n"
                + ",nobody@example.org,,2016-05-04,C-3\n";

        assertThatThrownBy(() ->
                        as(INDUSTRY, s -> s.training().attendance().importAttendees(session.getId(), csv(bad))))
                .isInstanceOfSatisfying(
                        InvalidLinesException.class,
                        e -> assertThat(e.lines()).extracting(LineError::line).containsExactly(3, 5));
        List<TrainingRecord> none = as(INDUSTRY, s -> s.training().attendance().attendeesOf(session.getId()));
        assertThat(none).isEmpty();

        String fixed = bad.replace("31/02/2016", "2016-05-04").replace(",nobody@", "Cara Dunn,cara@");
        AttendanceResult first =
                as(INDUSTRY, s -> s.training().attendance().importAttendees(session.getId(), csv(fixed)));
        AttendanceResult again =
                as(INDUSTRY, s -> s.training().attendance().importAttendees(session.getId(), csv(fixed)));

        assertThat(first).isEqualTo(new AttendanceResult(3, 0));
        assertThat(again).isEqualTo(new AttendanceResult(0, 3));
        List<TrainingRecord> records =
                as(INDUSTRY, s -> s.training().attendance().attendeesOf(session.getId()));
        assertThat(records)
                .extracting(r -> r.getPerson().getName())
                .containsExactly("Asha Patel", "Ben Cole", "Cara Dunn");
        assertThat(records).extracting(TrainingRecord::getValidUntil).containsOnly(LocalDate.parse("2017-05-03"));
        assertThat(as(INDUSTRY, s -> s.training().sessions().session(session.getId()))
                        .getPeopleTrained())
                .isEqualTo(3);
    }

    @Test
    void organisationLevelIsTheHighestValidLevelAndExpiredTrainingDoesNotCount() {
        course("OLD-L3", "LEVEL_3", 12);
        course("AWARE", "AWARENESS", null);
        Organisation cabs = operator();
        as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "OLD-L3",
                                        Dates.today().minusYears(2),
                                        "TAXI_DRIVERS",
                                        null,
                                        null,
                                        0,
                                        List.of(cabs.getId())),
                                List.of(AttendeeDetails.named("Old Hand", null, null))));
        as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "AWARE", Dates.today(), "TAXI_DRIVERS", null, null, 0, List.of(cabs.getId())),
                                List.of(AttendeeDetails.named("New Starter", null, null))));
        TrainingSession soon = as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "OLD-L3",
                                        Dates.today().minusMonths(12).plusDays(10),
                                        "TAXI_DRIVERS",
                                        null,
                                        null,
                                        0,
                                        List.of(cabs.getId())),
                                List.of(AttendeeDetails.named("Soon Due", null, null))));

        OrganisationTrainingLevel level = as(FAITH, s -> s.training().records().levelOf(cabs.getId()));
        assertThat(level.highest().code()).isEqualTo("LEVEL_3");
        assertThat(level.peopleTrained()).isEqualTo(2);
        assertThat(level.people()).isEqualTo(3);
        assertThat(level.percentTrained()).isEqualTo(67);

        List<ExpiringTraining> expiring = as(FAITH, s -> s.training().records().expiringWithin(60));
        assertThat(expiring).extracting(e -> e.record().getPerson().getName()).containsExactly("Soon Due");
        assertThat(expiring.get(0).organisations()).containsExactly("Doncaster Cabs");
        assertThat(expiring.get(0).record().getSession().getId()).isEqualTo(soon.getId());
    }

    @Test
    void organisationListFiltersByTrainingLevelAtLeastTheChosenOneCountingOnlyValidTraining() {
        course("CSE-L3", "LEVEL_3", 12);
        course("AWARE", "AWARENESS", null);
        trainedOrganisation(
                "Level Three Cabs", "DN1 1AA", "CSE-L3", Dates.today().minusMonths(2));
        trainedOrganisation("Aware Cabs", "DN1 1AB", "AWARE", LocalDate.parse("2010-01-01"));
        Organisation lapsed = trainedOrganisation(
                "Lapsed Cabs", "DN1 1AD", "CSE-L3", Dates.today().minusMonths(13));
        as(INDUSTRY, s -> s.organisations().create(organisation("Untrained Cabs", "TEST_OPERATOR", "DN1 1AE"), false));

        assertThat(namesAtLeast("LEVEL_2")).containsExactly("Level Three Cabs");
        assertThat(namesAtLeast("AWARENESS")).containsExactly("Aware Cabs", "Level Three Cabs");
        assertThat(namesAtLeast("E_LEARNING")).containsExactly("Aware Cabs", "Level Three Cabs");
        long total = as(ADMIN, s -> s.organisations().search(search("LEVEL_2")).total());
        assertThat(total).isEqualTo(1);
        assertThat(namesAtLeast(null)).hasSize(4);
        assertThat(as(ADMIN, s -> s.training().records().levelOf(lapsed.getId()))
                        .highest())
                .isNull();
        assertThatThrownBy(() -> namesAtLeast("LEVEL_9"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("trainingLevel"));
    }

    private Organisation trainedOrganisation(String name, String postcode, String course, LocalDate on) {
        Organisation created =
                as(INDUSTRY, s -> s.organisations().create(organisation(name, "TEST_OPERATOR", postcode), false));
        as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(course, on, "TAXI_DRIVERS", null, null, 0, List.of(created.getId())),
                                List.of(AttendeeDetails.named("Driver at " + name, null, null))));
        return created;
    }

    private static OrganisationSearch search(String level) {
        return new OrganisationSearch(null, null, null, null, null, null, null, level, "name", false, 0, 25);
    }

    private List<String> namesAtLeast(String level) {
        return as(
                ADMIN,
                s -> s.organisations().search(search(level)).items().stream()
                        .map(Organisation::getName)
                        .toList());
    }

    @Test
    void leadsRecordOnlyTheirSectorsAudiencesAndOnlyAdministratorsManageCourses() {
        course("CSE-AW", "AWARENESS", null);
        assertThatThrownBy(() -> session(INDUSTRY, "CSE-AW", "2016-05-04", "COMMUNITY", 5, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> session(FAITH, "CSE-AW", "2016-05-04", "TAXI_DRIVERS", 5, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(session(FAITH, "CSE-AW", "2016-05-04", "COMMUNITY", 5, List.of())
                        .getHeadcount())
                .isEqualTo(5);
        assertThatThrownBy(() -> as(
                        INDUSTRY,
                        s -> s.training()
                                .courses()
                                .createCourse(new CourseDetails("X", "X", "BASIC", Delivery.ONLINE, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        LICENSING,
                        s -> s.reports().byQuarter(LocalDate.parse("2016-04-01"), LocalDate.parse("2016-06-30"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void licensingOfficerCannotReadTrainingOfSomeoneOutsideTheirSector() {
        course("CSE-AW", "AWARENESS", null);
        Organisation mosque = as(
                FAITH,
                s -> s.organisations().create(organisation("Central Mosque", "COMMUNITY_GROUP", "DN1 2AA"), false));
        TrainingSession session = as(
                FAITH,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "CSE-AW",
                                        LocalDate.parse("2016-05-04"),
                                        "COMMUNITY",
                                        null,
                                        null,
                                        0,
                                        List.of(mosque.getId())),
                                List.of(AttendeeDetails.named("Imam Ali", null, null))));
        long imam = as(FAITH, s -> s.training().attendance().attendeesOf(session.getId()))
                .get(0)
                .getPerson()
                .getId();

        assertThatThrownBy(() -> as(LICENSING, s -> s.training().records().recordsOf(imam)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void invalidSessionNamesEveryFieldAndSavesNothing() {
        assertThatThrownBy(() -> as(
                        INDUSTRY,
                        s -> s.training()
                                .attendance()
                                .recordSession(
                                        new SessionDetails("NOPE", null, "ALIENS", null, null, -1, List.of(999L)),
                                        List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .contains("courseCode", "audience", "organisationIds"));
        List<TrainingSession> saved = as(
                ADMIN,
                s -> s.training()
                        .sessions()
                        .sessions(LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01"), null));
        assertThat(saved).isEmpty();
    }

    @Test
    void evaluationGivesTheShareImprovedAndCountsTheThemesOfTheAnswers() {
        course("CSE-AW", "AWARENESS", null);
        TrainingSession session = session(FAITH, "CSE-AW", "2016-05-04", "CHILDREN_YOUNG_PEOPLE", 30, List.of());
        as(
                FAITH,
                s -> s.training()
                        .sessions()
                        .evaluate(
                                session.getId(),
                                session.getVersion(),
                                new Evaluation(
                                        24, 24, new java.math.BigDecimal("2.50"), new java.math.BigDecimal("4.25"))));
        as(
                FAITH,
                s -> s.training()
                        .sessions()
                        .addAnswer(
                                session.getId(),
                                EvaluationQuestion.NEEDS_TO_HAPPEN,
                                "Teach us this in year 7",
                                "Train earlier, online safety"));
        as(
                FAITH,
                s -> s.training()
                        .sessions()
                        .addAnswer(
                                session.getId(),
                                EvaluationQuestion.NEEDS_TO_HAPPEN,
                                "Younger pupils need it",
                                "train earlier"));
        as(
                FAITH,
                s -> s.training()
                        .sessions()
                        .addAnswer(
                                session.getId(), EvaluationQuestion.LEARNT, "What grooming looks like", "indicators"));

        assertThat(as(FAITH, s -> s.training().sessions().session(session.getId()))
                        .getEvaluation()
                        .improvedPercent())
                .isEqualTo(100);
        List<EvaluationAnswer> answers = as(FAITH, s -> s.training().sessions().answersOf(session.getId()));
        assertThat(EvaluationAnswer.countThemes(answers))
                .containsExactly(
                        java.util.Map.entry("train earlier", 2L),
                        java.util.Map.entry("indicators", 1L),
                        java.util.Map.entry("online safety", 1L));
        assertThatThrownBy(() -> new Evaluation(10, 11, null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void progressAgainstTheYearsTargetCountsOnlyThatFinancialYear() {
        course("CSE-AW", "AWARENESS", null);
        session(ADMIN, "CSE-AW", "2016-03-31", "PROFESSIONALS", 500, List.of());
        session(ADMIN, "CSE-AW", "2016-04-01", "PROFESSIONALS", 150, List.of());
        session(ADMIN, "CSE-AW", "2017-03-31", "PROFESSIONALS", 50, List.of());
        as(ADMIN, s -> s.training().targets().setTarget("PROFESSIONALS", 2016, 400));

        List<TargetProgress> progress = as(ADMIN, s -> s.reports().progress(2016));

        TargetProgress professionals = progress.stream()
                .filter(p -> p.audienceCode().equals("PROFESSIONALS"))
                .findFirst()
                .orElseThrow();
        assertThat(professionals.trained()).isEqualTo(200);
        assertThat(professionals.target()).isEqualTo(400);
        assertThat(professionals.percent()).isEqualTo(50);
        assertThatThrownBy(() -> as(FAITH, s -> s.training().targets().setTarget("PROFESSIONALS", 2016, 1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void driversInAModulesOwnRegisterAndTheirTrainingAreShownOnlyToTheRegistersReaders() {
        course("OLD-L3", "LEVEL_3", 12);
        Organisation cabs = operator();
        TrainingSession session = as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "OLD-L3",
                                        Dates.today().minusMonths(12).plusDays(10),
                                        "TAXI_DRIVERS",
                                        null,
                                        null,
                                        0,
                                        List.of(cabs.getId())),
                                List.of(
                                        AttendeeDetails.named("Dave Driver", null, null),
                                        AttendeeDetails.named("Wendy Walker", null, null))));
        long dave = as(INDUSTRY, s -> s.training().attendance().attendeesOf(session.getId())).stream()
                .filter(r -> r.getPerson().getName().equals("Dave Driver"))
                .findFirst()
                .orElseThrow()
                .getPerson()
                .getId();
        registeredDrivers.add(dave);

        List<TrainingRecord> forIndustry =
                as(INDUSTRY, s -> s.training().records().recordsOf(dave));
        List<TrainingRecord> forLicensing =
                as(LICENSING, s -> s.training().records().recordsOf(dave));
        PersonProfile daveForIndustry = as(INDUSTRY, s -> s.contacts().person(dave));
        List<ExpiringTraining> expiringForIndustry =
                as(INDUSTRY, s -> s.training().records().expiringWithin(60));
        assertThat(forIndustry).hasSize(1);
        assertThat(forLicensing).hasSize(1);
        assertThat(daveForIndustry.name()).isEqualTo("Dave Driver");
        assertThat(expiringForIndustry)
                .extracting(e -> e.record().getPerson().getName())
                .containsExactlyInAnyOrder("Dave Driver", "Wendy Walker");
        for (Actor outsider : List.of(FAITH, VIEWER)) {
            assertThatThrownBy(() -> as(outsider, s -> s.training().records().recordsOf(dave)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(outsider, s -> s.contacts().person(dave)))
                    .isInstanceOf(NotFoundException.class);
            List<ExpiringTraining> expiring =
                    as(outsider, s -> s.training().records().expiringWithin(60));
            assertThat(expiring)
                    .extracting(e -> e.record().getPerson().getName())
                    .containsExactly("Wendy Walker");
        }
    }

    private static void standOn(LocalDate day) {
        Dates.useClock(Clock.offset(
                Clock.system(Dates.UK),
                Duration.ofDays(day.toEpochDay() - LocalDate.now(Dates.UK).toEpochDay())));
    }

    @Test
    void aPlannedSessionIsBookedButCountsForNothingUntilAttendanceIsRecordedOnOrAfterItsDay() {
        course("CSE-L3", "LEVEL_3", 36);
        Organisation cabs = operator();
        LocalDate day = Dates.today().plusDays(10);
        SessionDetails plan = new SessionDetails(
                "CSE-L3", day, "TAXI_DRIVERS", "Civic Office", "CSE team", null, List.of(cabs.getId()));

        assertThatThrownBy(() -> as(
                        INDUSTRY,
                        s -> s.training()
                                .sessions()
                                .planSession(
                                        new SessionDetails(
                                                "CSE-L3", Dates.today(), "TAXI_DRIVERS", null, null, null, List.of()),
                                        20,
                                        List.of())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("date"));
        TrainingSession planned = as(INDUSTRY, s -> s.training().sessions().planSession(plan, 20, List.of()));

        assertThat(planned.getStatus()).isEqualTo(SessionStatus.PLANNED);
        List<TrainingSession> booked = as(VIEWER, s -> s.training().sessions().bookedFor(cabs.getId()));
        assertThat(booked).extracting(TrainingSession::getHeldOn).containsExactly(day);
        assertThatThrownBy(() -> as(
                        INDUSTRY,
                        s -> s.training()
                                .attendance()
                                .addAttendees(
                                        planned.getId(),
                                        List.of(AttendeeDetails.named("Dave Driver", "dave@example.org", null)))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("planned for"));

        standOn(day.plusDays(1));
        List<TrainingSession> passed = as(INDUSTRY, s -> s.training().sessions().plannedSessionsPassed());
        assertThat(passed).extracting(TrainingSession::getId).containsExactly(planned.getId());
        List<TrainingSession> bookedAfterTheDay =
                as(VIEWER, s -> s.training().sessions().bookedFor(cabs.getId()));
        assertThat(bookedAfterTheDay).isEmpty();
        assertThat(as(VIEWER, s -> s.training().records().levelOf(cabs.getId())).highest())
                .isNull();
        assertThat(as(VIEWER, s -> s.reports().byQuarter(day.minusMonths(3), day.plusMonths(3)))
                        .grandTotal())
                .isZero();

        as(
                INDUSTRY,
                s -> s.training()
                        .attendance()
                        .addAttendees(
                                planned.getId(),
                                List.of(AttendeeDetails.named("Dave Driver", "dave@example.org", cabs.getId()))));

        assertThat(as(VIEWER, s -> s.training().sessions().session(planned.getId()))
                        .getStatus())
                .isEqualTo(SessionStatus.DELIVERED);
        List<TrainingSession> passedOnceDelivered =
                as(INDUSTRY, s -> s.training().sessions().plannedSessionsPassed());
        assertThat(passedOnceDelivered).isEmpty();
        assertThat(as(VIEWER, s -> s.reports().byQuarter(day.minusMonths(3), day.plusMonths(3)))
                        .grandTotal())
                .isEqualTo(1);
        assertThat(as(VIEWER, s -> s.training().records().levelOf(cabs.getId())).highest())
                .isNotNull();
    }
}
