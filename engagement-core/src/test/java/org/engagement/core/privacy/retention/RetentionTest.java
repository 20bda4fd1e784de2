package org.engagement.core.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.accesslog.AccessLog;
import org.engagement.core.accesslog.AccessLogEntry;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUp;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.integrity.LogIntegrity;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.plan.CoreFigures;
import org.engagement.core.privacy.Anonymisation;
import org.engagement.core.privacy.JpaPrivacyRepository;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.JpaSafeguardingRepository;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.StandardDefinition;
import org.engagement.core.security.JpaSecurityEventRepository;
import org.engagement.core.security.SecurityEvent;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementLimits;
import org.engagement.core.sharing.AgreementSearch;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.JpaAgreementRepository;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.RetentionAction;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.training.TrainingReports;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retention schedule on a real database with a fixed clock: records whose period ends the day after "today" stay
 * as they were; records whose period ended today are anonymised or deleted, and the quarterly training table, the
 * safeguarding overview and the scorecard's coverage figures are the same before and after.
 */
class RetentionTest {

    /** The day the older records count from; the newer ones count from the day after. */
    private static final LocalDate DAY = LocalDate.of(2019, 1, 15);

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor SYSTEM = new FixedActor("system", Set.of());

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private long mosque;

    @AfterEach
    void closeDatabase() {
        Dates.useClock(null);
        db.close();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(Dates.UK).toInstant(), Dates.UK);
    }

    private <T> T retention(Actor actor, LocalDate today, Function<RetentionService, T> work) {
        return db.inTransaction(em -> work.apply(new RetentionService(
                new JpaRetentionRepository(em),
                new ChangeLog(em, actor),
                actor,
                List.of(new CoreRetention(
                        new JpaRetentionRepository(em),
                        new Anonymisation(new JpaPrivacyRepository(em), new ChangeLog(em, actor), List.of()))),
                on(today))));
    }

    /**
     * On {@code day}, as the clock of every record: a person whose role ends that day, at an engagement with a
     * follow-up due that day, trained that day (certificate, no expiry), a sign-in in the security log and a view of
     * their record in the access log.
     */
    private long recordsOf(LocalDate day, String name) {
        long historyBefore =
                read(em -> em.createQuery("select coalesce(max(c.id), 0) from ChangeLogEntry c", Long.class)
                        .getSingleResult());
        Dates.useClock(on(day));
        Actor admin = FixedActor.admin();
        Contact contact = crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                new PersonDetails(
                                        name, "07700 900123", null, null, null, LawfulBasis.LEGITIMATE_INTERESTS, null),
                                "madrassa volunteer"));
        long person = contact.personId();
        crm.as(
                admin,
                s -> s.engagements()
                        .log(
                                mosque,
                                new EngagementDetails(
                                        day,
                                        EngagementType.VISIT,
                                        null,
                                        List.of(person),
                                        "Met " + name + " about the madrassa",
                                        "Agreed a policy review",
                                        List.of(new FollowUpDetails("Ring " + name, "admin", day)))));
        crm.as(
                admin,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "MADRASSA", day, "COMMUNITY", "Hall", "CSE team", 0, List.of(mosque)),
                                List.of(new AttendeeDetails(person, null, null, null, null, "CERT-" + name))));
        crm.as(
                admin,
                s -> s.contacts().changeRole(contact.affiliationId(), contact.version(), "madrassa volunteer", day));
        db.inTransaction(em -> {
            new SecurityLog(new JpaSecurityEventRepository(em), admin, () -> "192.0.2.7", on(day))
                    .signIn(SecurityEventType.SIGNED_IN, "user-" + person, null);
            new AccessLog(em, admin, () -> "192.0.2.7", on(day)).viewed("Person", person, person);
            return null;
        });
        Dates.useClock(null);
        // The change history takes its time from the system clock, not Dates': date the day's entries as the day.
        db.inTransaction(em -> em.createNativeQuery("UPDATE change_log SET changed_at = ? WHERE id > ?")
                .setParameter(1, java.sql.Timestamp.valueOf(day.atTime(9, 0)))
                .setParameter(2, historyBefore)
                .executeUpdate());
        return person;
    }

    private long[] twoDaysOfRecords() {
        Dates.useClock(on(DAY));
        Actor admin = FixedActor.admin();
        mosque = crm.as(
                        admin,
                        s -> s.organisations().create(organisation("Central Mosque", "COMMUNITY_GROUP", null), false))
                .getId();
        crm.as(
                admin,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "MADRASSA", "Madrassa safeguarding", "BASIC", Delivery.FACE_TO_FACE, null, null)));
        // The change history takes its time from the system clock: the set-up's entries are of the day too.
        db.inTransaction(em -> em.createNativeQuery("UPDATE change_log SET changed_at = ?")
                .setParameter(1, java.sql.Timestamp.valueOf(DAY.atTime(9, 0)))
                .executeUpdate());
        return new long[] {recordsOf(DAY, "Sara Older"), recordsOf(DAY.plusDays(1), "Omar Newer")};
    }

    /** The quarterly training table, the safeguarding overview, the core's scorecard figures. */
    private Map<String, Object> figures() {
        Actor admin = FixedActor.admin();
        return db.inTransaction(em -> {
            Map<String, Object> all = new LinkedHashMap<>();
            TrainingCatalogue catalogue = new TrainingCatalogue(new SectorModules(List.of()));
            LocalDate from = DAY.minusYears(1);
            LocalDate to = DAY.plusYears(1);
            all.put(
                    "quarterly",
                    new TrainingReports(new JpaTrainingRepository(em), catalogue, admin).byQuarter(from, to));
            all.put("safeguarding", new SafeguardingReports(new JpaSafeguardingRepository(em), admin).overview(12));
            for (FigureContribution figure : new CoreFigures(em, new JpaTrainingRepository(em), catalogue).figures()) {
                all.put(figure.id(), figure.valueFor(from, to));
            }
            return all;
        });
    }

    private <T> T read(Function<EntityManager, T> work) {
        return db.inTransaction(work);
    }

    private Engagement engagementOf(long person) {
        return read(
                em -> em.createQuery("select e from Engagement e join e.people p where p.id = :id", Engagement.class)
                        .setParameter("id", person)
                        .getSingleResult());
    }

    private FollowUp followUpOf(long person) {
        return read(em -> em.createQuery(
                        "select f from FollowUp f join f.engagement.people p where p.id = :id", FollowUp.class)
                .setParameter("id", person)
                .getSingleResult());
    }

    private TrainingRecord trainingOf(long person) {
        return read(em -> em.createQuery("select t from TrainingRecord t where t.person.id = :id", TrainingRecord.class)
                .setParameter("id", person)
                .getSingleResult());
    }

    private List<String> securityLogUsers() {
        return read(
                em -> em
                        .createQuery("select s from SecurityEvent s order by s.id", SecurityEvent.class)
                        .getResultList()
                        .stream()
                        .map(SecurityEvent::getUsername)
                        .toList());
    }

    private long historyOn(LocalDate day) {
        return read(em ->
                em.createQuery("select c from ChangeLogEntry c", ChangeLogEntry.class).getResultList().stream()
                        .filter(c -> LocalDate.ofInstant(c.getAt(), Dates.UK).equals(day))
                        .count());
    }

    @Test
    void sixYearRecordsStayTheDayBeforeTheirPeriodEndsAndAreAnonymisedOrDeletedOnItWithFiguresUnchanged() {
        long[] people = twoDaysOfRecords();
        long sara = people[0];
        long omar = people[1];
        Map<String, Object> before = figures();
        long historyOfTheDay = historyOn(DAY);
        assertThat(historyOfTheDay).isPositive();
        LocalDate periodEnds = DAY.plusYears(6);
        // The people keep their names past six years here, so the records' own periods are what is seen.
        retention(DPO, DAY, r -> r.change(CoreRetention.PERSON, 0, 120, RetentionAction.ANONYMISE));

        retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);

        assertThat(engagementOf(sara).getSummary()).isEqualTo("Met Sara Older about the madrassa");
        assertThat(followUpOf(sara).getAction()).isEqualTo("Ring Sara Older");
        assertThat(trainingOf(sara).getCertificateNumber()).isEqualTo("CERT-Sara Older");
        assertThat(historyOn(DAY)).isEqualTo(historyOfTheDay);

        RetentionService.RunReport run = retention(SYSTEM, periodEnds, RetentionService::applyDue);

        Engagement older = engagementOf(sara);
        assertThat(older.getSummary()).isEqualTo(CoreRetention.REMOVED);
        assertThat(older.getOutcome()).isNull();
        assertThat(followUpOf(sara).getAction()).isEqualTo(CoreRetention.REMOVED);
        assertThat(trainingOf(sara).getCertificateNumber()).isNull();
        // The day's history entries are pruned from the hash chain, whose check starts from the checkpoint they left.
        assertThat(historyOn(DAY)).isZero();
        ChainCheck check = read(em -> new HashChain(em).check(HashChain.CHANGE_LOG));
        assertThat(check.intact()).as(check.describe()).isTrue();
        assertThat(engagementOf(omar).getSummary()).isEqualTo("Met Omar Newer about the madrassa");
        assertThat(followUpOf(omar).getAction()).isEqualTo("Ring Omar Newer");
        assertThat(trainingOf(omar).getCertificateNumber()).isEqualTo("CERT-Omar Newer");
        assertThat(historyOn(DAY.plusDays(1))).isPositive();
        assertThat(figures()).isEqualTo(before);
        assertThat(run.byKind())
                .containsEntry(CoreRetention.ENGAGEMENT, 1)
                .containsEntry(CoreRetention.FOLLOW_UP, 1)
                .containsEntry(CoreRetention.TRAINING_RECORD, 1)
                .containsEntry(CoreRetention.CHANGE_HISTORY, (int) historyOfTheDay);
        ChangeLogEntry written = read(em ->
                        new ChangeLog(em, SYSTEM).historyOf(RetentionService.RUN_RECORD, run.runId()))
                .get(0);
        assertThat(written.getChangedBy()).isEqualTo("system");
        assertThat(written.getSummary()).contains("1 Engagement (visit, call or meeting) (anonymise)");
    }

    @Test
    void aPersonWithNoActiveRoleIsAnonymisedTwoYearsAfterTheirRoleEndedAndStillCounts() {
        long[] people = twoDaysOfRecords();
        long sara = people[0];
        long omar = people[1];
        Map<String, Object> before = figures();
        LocalDate periodEnds = DAY.plusYears(2);

        retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);
        assertThat(read(em -> em.find(Person.class, sara)).isErased()).isFalse();

        retention(SYSTEM, periodEnds, RetentionService::applyDue);

        Person erased = read(em -> em.find(Person.class, sara));
        assertThat(erased.isErased()).isTrue();
        assertThat(erased.getName()).isEqualTo(Person.erasedName(sara));
        assertThat(erased.getPhone()).isNull();
        assertThat(engagementOf(sara).getSummary()).isEqualTo("Met " + Person.erasedName(sara) + " about the madrassa");
        assertThat(read(em -> em.find(Person.class, omar)).getName()).isEqualTo("Omar Newer");
        assertThat(figures()).isEqualTo(before);
        ChainCheck check = read(em -> new HashChain(em).check(HashChain.CHANGE_LOG));
        assertThat(check.intact())
                .as("each anonymisation's history entry is on the chain: " + check.describe())
                .isTrue();
    }

    @Test
    void theSecurityLogKeepsAYearAndTheOfficersChangeOfPeriodIsVersionedAndRecorded() {
        twoDaysOfRecords();
        LocalDate yearEnds = DAY.plusYears(1);
        retention(SYSTEM, yearEnds.minusDays(1), RetentionService::applyDue);
        assertThat(securityLogUsers()).hasSize(2);
        retention(SYSTEM, yearEnds, RetentionService::applyDue);
        assertThat(securityLogUsers()).hasSize(1);

        RetentionService.ScheduleRow changed =
                retention(DPO, yearEnds, r -> r.change(CoreRetention.ENGAGEMENT, 0, 12, RetentionAction.ANONYMISE));
        assertThat(changed.periodMonths()).isEqualTo(12);
        assertThatThrownBy(() -> retention(
                        DPO, yearEnds, r -> r.change(CoreRetention.ENGAGEMENT, 0, 24, RetentionAction.ANONYMISE)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Someone else changed the period");
        assertThatThrownBy(() -> retention(
                        DPO,
                        yearEnds,
                        r -> r.change(CoreRetention.ENGAGEMENT, changed.version(), 0, RetentionAction.DELETE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("periodMonths", "action"));
        assertThatThrownBy(() -> retention(FixedActor.admin(), yearEnds, RetentionService::schedule))
                .isInstanceOf(AccessDeniedException.class);
        List<ChangeLogEntry> history = read(
                em -> em.createQuery("select c from ChangeLogEntry c where c.recordType = :type", ChangeLogEntry.class)
                        .setParameter("type", RetentionService.RULE_RECORD)
                        .getResultList());
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.getChangedBy()).isEqualTo("dora");
            assertThat(e.getSummary())
                    .isEqualTo("Retention schedule: Engagement (visit, call or meeting) kept 12 months,"
                            + " then anonymised");
        });
        List<RetentionService.DueRecord> due = retention(DPO, yearEnds, r -> r.dryRun(1));
        assertThat(due)
                .filteredOn(d -> d.kind().equals(CoreRetention.ENGAGEMENT))
                .extracting(RetentionService.DueRecord::dueOn)
                .containsExactly(DAY.plusYears(1), DAY.plusYears(1).plusDays(1));
        assertThat(engagementOf(read(em -> em.createQuery("select min(p.id) from Person p", Long.class)
                                .getSingleResult()))
                        .getSummary())
                .as("a dry run changes nothing")
                .startsWith("Met ");
    }

    @Test
    void chainedHistoryIsPrunedOnTheDayItsPeriodEndsAndTheChainStillChecksAndStillCatchesAnEdit() {
        twoDaysOfRecords();
        long historyOfTheDay = historyOn(DAY);
        long historyOfTheNextDay = historyOn(DAY.plusDays(1));
        LocalDate periodEnds = DAY.plusYears(6);

        retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);
        assertThat(historyOn(DAY)).isEqualTo(historyOfTheDay);
        assertThat(read(em -> new HashChain(em).check(HashChain.CHANGE_LOG)).prunedThrough())
                .isZero();

        retention(SYSTEM, periodEnds, RetentionService::applyDue);

        assertThat(historyOn(DAY)).isZero();
        assertThat(historyOn(DAY.plusDays(1))).isEqualTo(historyOfTheNextDay);
        ChainCheck pruned = read(em -> new HashChain(em).check(HashChain.CHANGE_LOG));
        assertThat(pruned.intact()).as(pruned.describe()).isTrue();
        assertThat(pruned.prunedThrough()).isEqualTo(historyOfTheDay);
        ChangeLogEntry recorded = read(em -> em.createQuery(
                                "select c from ChangeLogEntry c where c.recordType = :type", ChangeLogEntry.class)
                        .setParameter("type", HashChain.checkpointRecord(HashChain.CHANGE_LOG))
                        .getResultList())
                .get(0);
        assertThat(recorded.getSummary())
                .isEqualTo("Change history: entries 1 to " + historyOfTheDay
                        + " deleted under the retention schedule; the hash chain's check starts after entry "
                        + historyOfTheDay);

        long nextDaysEntry = read(em -> em.createQuery(
                        "select min(c.id) from ChangeLogEntry c where c.at > :day", Long.class)
                .setParameter("day", DAY.plusDays(1).atStartOfDay(Dates.UK).toInstant())
                .getSingleResult());
        db.inTransaction(em -> em.createNativeQuery("UPDATE change_log SET summary = 'Nothing happened' WHERE id = ?")
                .setParameter(1, nextDaysEntry)
                .executeUpdate());
        ChainCheck edited = read(em -> new HashChain(em).check(HashChain.CHANGE_LOG));
        assertThat(edited.intact()).isFalse();
        assertThat(edited.brokenEntryId()).isEqualTo(nextDaysEntry);
    }

    /** What a run's own (chained) history entry says the change history's check found before it. */
    private String historyCheckRecordedBy(RetentionService.RunReport run) {
        return read(em -> new ChangeLog(em, SYSTEM).historyOf(RetentionService.RUN_RECORD, run.runId()))
                .get(0)
                .getChanges()
                .stream()
                .filter(c -> c.getField().equals(RetentionService.HISTORY_CHECKED))
                .findFirst()
                .orElseThrow()
                .getAfter();
    }

    @Test
    void aRunChecksTheHistoryChainFirstAndRecordsAnEditMadeInTheDatabaseRatherThanSealingItInSilently() {
        twoDaysOfRecords();
        LocalDate periodEnds = DAY.plusYears(6);
        retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);
        RetentionService.RunReport quiet = retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);
        assertThat(quiet.recordsAffected()).isZero();
        assertThat(historyCheckRecordedBy(quiet)).startsWith("Intact: ");

        long nextDaysEntry = read(em -> em.createQuery(
                        "select min(c.id) from ChangeLogEntry c where c.at > :day", Long.class)
                .setParameter("day", DAY.plusDays(1).atStartOfDay(Dates.UK).toInstant())
                .getSingleResult());
        db.inTransaction(em -> em.createNativeQuery("UPDATE change_log SET summary = 'Nothing happened' WHERE id = ?")
                .setParameter(1, nextDaysEntry)
                .executeUpdate());
        ChainCheck edited = read(em -> new HashChain(em).check(HashChain.CHANGE_LOG));
        assertThat(edited.intact()).isFalse();
        assertThat(edited.brokenEntryId()).isEqualTo(nextDaysEntry);

        RetentionService.RunReport run = retention(SYSTEM, periodEnds, RetentionService::applyDue);

        assertThat(run.recordsAffected())
                .as("the run anonymised the day's records")
                .isPositive();
        ChainCheck after = read(em -> new HashChain(em).check(HashChain.CHANGE_LOG));
        assertThat(after.intact())
                .as("the run re-sealed the chain over its rewrites: " + after.describe())
                .isTrue();
        assertThat(historyCheckRecordedBy(run))
                .as("the edit is recorded on the chain itself")
                .isEqualTo(edited.describe())
                .startsWith("Broken at entry ");
        assertThat(retention(DPO, periodEnds, r -> r.latestRuns(1)).get(0).getSummary())
                .as("and in the run the officer reads under Latest runs")
                .contains("Before it, the change history's chain was broken (the run re-sealed it): "
                        + edited.describe());
    }

    /** Whose records the access log still holds views of, oldest first. */
    private List<Long> accessLogPeople() {
        return read(em -> em
                .createQuery("select a from AccessLogEntry a order by a.at, a.id", AccessLogEntry.class)
                .getResultList()
                .stream()
                .map(AccessLogEntry::getPersonId)
                .toList());
    }

    @Test
    void theAccessLogIsDeletedOnTheDayItsTwoYearsEndShownInTheDryRunAndBothChainsStillCheckIntact() {
        long[] people = twoDaysOfRecords();
        long sara = people[0];
        long omar = people[1];
        LocalDate periodEnds = DAY.plusYears(2);

        retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);
        assertThat(accessLogPeople()).containsExactly(sara, omar);
        List<RetentionService.DueRecord> due = retention(DPO, periodEnds.minusDays(1), r -> r.dryRun(2));
        assertThat(due)
                .filteredOn(d -> d.kind().equals(CoreRetention.ACCESS_LOG))
                .extracting(RetentionService.DueRecord::dueOn, RetentionService.DueRecord::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(periodEnds, RetentionAction.DELETE),
                        org.assertj.core.groups.Tuple.tuple(periodEnds.plusDays(1), RetentionAction.DELETE));

        RetentionService.RunReport run = retention(SYSTEM, periodEnds, RetentionService::applyDue);

        assertThat(run.byKind()).containsEntry(CoreRetention.ACCESS_LOG, 1);
        assertThat(accessLogPeople()).containsExactly(omar);
        List<ChainCheck> checks = read(em -> new LogIntegrity(em, DPO).check());
        assertThat(checks)
                .allSatisfy(c -> assertThat(c.intact()).as(c.describe()).isTrue());
        assertThat(checks.get(1).prunedThrough()).isEqualTo(1);
        List<ChangeLogEntry> recorded =
                read(em -> new ChangeLog(em, SYSTEM).historyOf(HashChain.checkpointRecord(HashChain.ACCESS_LOG), 1));
        assertThat(recorded)
                .singleElement()
                .satisfies(e -> assertThat(e.getSummary())
                        .isEqualTo("Access log: entries 1 to 1 deleted under the retention schedule; the hash chain's"
                                + " check starts after entry 1"));

        retention(SYSTEM, periodEnds.plusDays(1), RetentionService::applyDue);
        assertThat(accessLogPeople()).isEmpty();
        List<ChainCheck> after = read(em -> new LogIntegrity(em, DPO).check());
        assertThat(after)
                .allSatisfy(c -> assertThat(c.intact()).as(c.describe()).isTrue());
    }

    /** On {@code day}: a finished audit of the mosque by a named auditor, one standard not met with its action. */
    private long auditOn(LocalDate day) {
        Dates.useClock(on(day));
        List<FindingInput> findings = new ArrayList<>();
        for (StandardDefinition standard : CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH.standards()) {
            boolean first = findings.isEmpty();
            findings.add(new FindingInput(
                    standard.code(),
                    first ? Rating.NOT_MET : Rating.MET,
                    "Spoke to the imam on " + day,
                    first ? "Write the policy" : null,
                    first ? "Imam Hasan" : null,
                    first ? day.plusYears(10) : null));
        }
        long audit = crm.as(
                        FixedActor.admin(),
                        s -> s.audits()
                                .startAudit(
                                        mosque,
                                        new AuditDetails(
                                                CoreAuditTemplates.COMMUNITY_SETTINGS,
                                                null,
                                                day,
                                                AuditType.OFFICER_LED,
                                                "Alice Auditor",
                                                findings,
                                                true)))
                .getId();
        Dates.useClock(null);
        return audit;
    }

    private AgreementService agreements(EntityManager em) {
        Actor admin = FixedActor.admin();
        ChangeLog log = new ChangeLog(em, admin);
        SectorModules modules = new SectorModules(List.of());
        OrganisationService organisations =
                new OrganisationService(new JpaOrganisationRepository(em), new OrganisationTypes(modules), log, admin);
        ContactService contacts = new ContactService(new JpaContactRepository(em), organisations, log, modules, admin);
        return new AgreementService(
                new JpaAgreementRepository(em), organisations, contacts, AgreementLimits.of(1, 60), log, admin);
    }

    /** An agreement that ended on {@code day}, with its signed document. */
    private long agreementEndedOn(LocalDate day, String reference) {
        return db.inTransaction(em -> {
            AgreementService agreements = agreements(em);
            long id = agreements
                    .create(new AgreementDetails(
                            "Mosque safeguarding sharing " + reference,
                            reference,
                            "Report concerns",
                            "admin",
                            LawfulBasis.PUBLIC_TASK,
                            false,
                            null,
                            "Names of volunteers",
                            Set.of(SharingMethod.SECURE_EMAIL),
                            "6 years",
                            false,
                            null,
                            null,
                            day.minusYears(2),
                            day.minusYears(1),
                            day,
                            List.of()))
                    .getId();
            agreements.addDocument(
                    id, reference + ".pdf", "%PDF-1.7\nsigned\n%%EOF".getBytes(StandardCharsets.US_ASCII));
            return id;
        });
    }

    private int documentsOf(long agreement) {
        return read(em -> agreements(em).documents(agreement).size());
    }

    private Audit auditRead(long id) {
        return read(em -> {
            Audit audit = em.find(Audit.class, id);
            audit.getFindings().size();
            return audit;
        });
    }

    /** The agreements register as a reader sees it: its figures and how many agreements it lists. */
    private List<Object> register() {
        return read(em -> List.of(
                agreements(em).figures(),
                agreements(em)
                        .search(new AgreementSearch(null, null, null, null, 0, 50, null, false))
                        .total()));
    }

    @Test
    void auditsAndSignedAgreementDocumentsStayTheDayBeforeTheirPeriodEndsAndGoOnItWithFiguresUnchanged() {
        twoDaysOfRecords();
        crm.as(SYSTEM, s -> s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH));
        long olderAudit = auditOn(DAY);
        long newerAudit = auditOn(DAY.plusDays(1));
        long olderAgreement = agreementEndedOn(DAY, "ISA-OLD");
        long newerAgreement = agreementEndedOn(DAY.plusDays(1), "ISA-NEW");
        Map<String, Object> before = figures();
        List<Object> registerBefore = register();
        assertThat(((SafeguardingReports.Overview) before.get("safeguarding")).openActions())
                .isEqualTo(2);
        LocalDate periodEnds = DAY.plusYears(6);

        retention(SYSTEM, periodEnds.minusDays(1), RetentionService::applyDue);

        assertThat(auditRead(olderAudit).getAuditor()).isEqualTo("Alice Auditor");
        assertThat(auditRead(olderAudit).getFindings())
                .allSatisfy(f -> assertThat(f.getEvidence()).isEqualTo("Spoke to the imam on " + DAY));
        assertThat(documentsOf(olderAgreement)).isEqualTo(1);

        RetentionService.RunReport run = retention(SYSTEM, periodEnds, RetentionService::applyDue);

        Audit older = auditRead(olderAudit);
        assertThat(older.getAuditor()).isEqualTo(CoreRetention.REMOVED);
        assertThat(older.getFindings()).allSatisfy(f -> {
            assertThat(f.getEvidence()).isEqualTo(CoreRetention.REMOVED);
            assertThat(f.getActionOwner()).isNull();
        });
        assertThat(older.getFindings())
                .extracting(Finding::getRating)
                .as("the ratings stay, so the RAG figures still count them")
                .containsOnlyOnce(Rating.NOT_MET);
        assertThat(documentsOf(olderAgreement)).isZero();
        String reference = read(em -> agreements(em).get(olderAgreement).getReference());
        assertThat(reference).as("the agreement's record stays").isEqualTo("ISA-OLD");
        assertThat(auditRead(newerAudit).getAuditor()).isEqualTo("Alice Auditor");
        assertThat(documentsOf(newerAgreement)).isEqualTo(1);
        assertThat(run.byKind())
                .containsEntry(CoreRetention.AUDIT, 1)
                .containsEntry(CoreRetention.AGREEMENT_DOCUMENT, 1);
        assertThat(figures()).isEqualTo(before);
        assertThat(register()).isEqualTo(registerBefore);
    }
}
