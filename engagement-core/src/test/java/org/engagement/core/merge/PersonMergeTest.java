package org.engagement.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.engagement.core.accesslog.AccessLog;
import org.engagement.core.accesslog.AccessLogEntry;
import org.engagement.core.accesslog.AccessLogQuery;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.privacy.JpaPrivacyRepository;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.privacy.SubjectAccessExport;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.JpaSafeguardingRepository;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.MergedPeople;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.PersonColumns;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TextScan;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingReports;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Merging two people recorded twice, on a real database (Derby, and PostgreSQL with
 * {@code -Dengagement.test.database=postgresql}): every column of the schema that names a person (read from the
 * database's metadata, so a new one fails here until the merge covers it) names the removed person no more, except the
 * hash-chained access log, which is read for the survivor through the redirect; where both were named on one key
 * (one engagement, one role, one session) one row is kept; the figures are as they were.
 */
class PersonMergeTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private final List<long[]> moduleCalls = new ArrayList<>();
    private final MergedPeople module = (removed, survivor) -> moduleCalls.add(new long[] {removed, survivor});

    private long centre;
    private long takeaway;

    @AfterEach
    void close() {
        db.close();
    }

    private long person(long organisationId, String name, String email, String role) {
        return crm.as(
                ADMIN,
                s -> s.contacts()
                        .addContact(
                                organisationId,
                                new PersonDetails(name, null, email, "Urdu", null, LawfulBasis.PUBLIC_TASK, null),
                                role)
                        .personId());
    }

    /** Ali recorded twice: at the centre as trustee both times, once also as the takeaway's owner. */
    private long[] aliTwice() {
        centre = crm.as(
                        ADMIN,
                        s -> s.organisations()
                                .create(organisation("Community Centre", "COMMUNITY_GROUP", "DN1 1AA"), true))
                .getId();
        takeaway = crm.as(
                        ADMIN,
                        s -> s.organisations()
                                .create(organisation("Ali's Grill", Crm.TEST_INDUSTRY_TYPE, "DN1 2BB"), true))
                .getId();
        long ali = person(centre, "Ali Khan", "ali@example.org", "trustee");
        long twice = person(centre, " ALI KHAN ", null, "Trustee");
        crm.as(ADMIN, s -> s.contacts().addRole(takeaway, twice, "owner"));
        return new long[] {ali, twice};
    }

    private void visit(long organisationId, List<Long> present, String summary) {
        crm.as(
                ADMIN,
                s -> s.engagements()
                        .log(
                                organisationId,
                                new EngagementDetails(
                                        Dates.today(), EngagementType.VISIT, null, present, summary, null, List.of())));
    }

    /** A course, and a delivered session per list of attendees, each on its own day. */
    private void trained(List<List<Long>> sessions) {
        crm.as(
                ADMIN,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "BASIC", "Safeguarding basics", "BASIC", Delivery.FACE_TO_FACE, 36, null)));
        for (int i = 0; i < sessions.size(); i++) {
            LocalDate day = Dates.today().minusDays(10L * (i + 1));
            List<AttendeeDetails> attendees =
                    sessions.get(i).stream().map(AttendeeDetails::existing).toList();
            crm.as(
                    ADMIN,
                    s -> s.training()
                            .attendance()
                            .recordSession(
                                    new SessionDetails(
                                            "BASIC", day, "COMMUNITY", "Hall", "CSE team", 0, List.of(centre)),
                                    attendees));
        }
    }

    private void safeguardingRoles(long lead, long deputy) {
        crm.as(
                ADMIN,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                centre,
                                0,
                                new ProfileDetails(
                                        PolicyStatus.ADOPTED,
                                        Dates.today().minusMonths(1),
                                        Dates.today().plusMonths(11),
                                        Set.of(),
                                        lead,
                                        deputy,
                                        null,
                                        true,
                                        DbsChecks.PARTLY,
                                        null)));
    }

    private <T> T privacy(Function<PrivacyService, T> work) {
        return db.inTransaction(em ->
                work.apply(new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, DPO), DPO, List.of())));
    }

    private <T> T accessLog(Actor actor, Function<AccessLog, T> work) {
        return db.inTransaction(em -> work.apply(new AccessLog(em, actor, () -> "192.0.2.7", Clock.systemUTC())));
    }

    private PersonProfile merge(long survivor, long removed, Set<String> fromRemoved) {
        long survivorVersion = version(survivor);
        long removedVersion = version(removed);
        return crm.mergingPeople(
                ADMIN,
                List.of(),
                List.of(module),
                m -> m.mergePeople(new PersonMerge(survivor, survivorVersion, removed, removedVersion, fromRemoved)));
    }

    private long version(long personId) {
        return db.inTransaction(em ->
                em.find(org.engagement.core.contact.Person.class, personId).getVersion());
    }

    /** Every schema column naming a person, with how many rows name this one. */
    private Map<String, Long> rowsNaming(long personId) {
        Map<String, Long> rows = new TreeMap<>();
        for (String column : PersonColumns.in(db.dataSource())) {
            String[] tableAndColumn = column.split("\\.");
            rows.put(
                    column,
                    db.inTransaction(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + tableAndColumn[0]
                                            + " WHERE " + tableAndColumn[1] + " = ?1")
                                    .setParameter(1, personId)
                                    .getSingleResult())
                            .longValue()));
        }
        return rows;
    }

    private static long total(Map<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The quarterly training table and the safeguarding overview, as the erasure test compares them. */
    private Map<String, Object> figures() {
        return db.inTransaction(em -> {
            Map<String, Object> all = new LinkedHashMap<>();
            TrainingCatalogue catalogue = new TrainingCatalogue(new SectorModules(List.of()));
            all.put(
                    "quarterly",
                    new TrainingReports(new JpaTrainingRepository(em), catalogue, ADMIN)
                            .byQuarter(
                                    Dates.today().minusYears(1), Dates.today().plusYears(1)));
            all.put("safeguarding", new SafeguardingReports(new JpaSafeguardingRepository(em), ADMIN).overview(12));
            return all;
        });
    }

    @Test
    void theMergeCoversEveryColumnOfTheSchemaThatNamesAPerson() {
        Set<String> inSchema = PersonColumns.in(db.dataSource());
        Set<String> repointed = db.inTransaction(em -> new JpaMergeRepository(em).personColumnsRepointed());

        assertThat(repointed)
                .as("the merge's own list is read from its SQL")
                .contains("affiliation.person_id", "engagement_person.person_id", "agreement_party.signatory_id");
        Set<String> handled = new java.util.TreeSet<>(repointed);
        handled.addAll(MergeRepository.PERSON_COLUMNS_KEPT);
        assertThat(handled)
                .as("person columns the merge neither moves nor deliberately keeps")
                .containsAll(inSchema);
        assertThat(inSchema).as("columns the merge names that the schema lacks").containsAll(handled);
    }

    @Test
    void twoRecordsOfOnePersonAreListedAndMergedWithNothingLostNothingOrphanedAndTheFiguresAsTheyWere() {
        long[] people = aliTwice();
        long ali = people[0];
        long twice = people[1];
        long other = person(centre, "Bilal Shah", null, "volunteer");
        visit(centre, List.of(ali, twice), "Met both Alis");
        visit(takeaway, List.of(twice), "Hygiene visit");
        trained(List.of(List.of(ali), List.of(twice, other), List.of(ali, twice)));
        crm.as(
                ADMIN,
                s -> s.training()
                        .sessions()
                        .planSession(
                                new SessionDetails(
                                        "BASIC",
                                        Dates.today().plusMonths(1),
                                        "COMMUNITY",
                                        "Hall",
                                        null,
                                        null,
                                        List.of(centre)),
                                20,
                                List.of(ali, twice, other)));
        safeguardingRoles(twice, ali);
        privacy(p -> p.subjectAccess(twice, "PDF"));
        accessLog(FIONA, log -> {
            log.viewed("Person", twice, twice);
            return null;
        });

        var pairs = crm.mergingPeople(ADMIN, List.of(), List.of(), m -> m.possibleDuplicatePeople(null, 0, 50));
        assertThat(pairs.items())
                .extracting(
                        PossibleDuplicatePerson::firstId,
                        PossibleDuplicatePerson::secondId,
                        PossibleDuplicatePerson::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ali, twice, "Same name at the same organisation"));
        Map<String, Object> figuresBefore = figures();
        long rowsBefore = total(rowsNaming(ali)) + total(rowsNaming(twice));

        PersonProfile merged = merge(ali, twice, Set.of());

        assertThat(merged.name()).isEqualTo("Ali Khan");
        assertThat(merged.email()).isEqualTo("ali@example.org");
        Map<String, Long> left = rowsNaming(twice);
        left.remove("access_log.person_id");
        assertThat(left)
                .as("rows still naming the one removed")
                .allSatisfy((column, n) -> assertThat(n).as(column).isZero());
        assertThat(rowsNaming(twice).get("access_log.person_id"))
                .as("the access log is chained and keeps the old id")
                .isEqualTo(1);
        Map<String, Long> survivor = rowsNaming(ali);
        assertThat(survivor.get("affiliation.person_id"))
                .as("trustee once at the centre, owner at the takeaway")
                .isEqualTo(2);
        assertThat(survivor.get("engagement_person.person_id"))
                .as("both visits, once each")
                .isEqualTo(2);
        assertThat(survivor.get("training_record.person_id"))
                .as("three sessions, one of them attended by both records")
                .isEqualTo(3);
        assertThat(survivor.get("training_session_invitee.person_id"))
                .as("one invitation to the session both were invited to")
                .isEqualTo(1);
        assertThat(survivor.get("safeguarding_profile.lead_person_id")).isEqualTo(1);
        assertThat(survivor.get("safeguarding_profile.deputy_person_id"))
                .as("nobody is their own deputy")
                .isZero();
        assertThat(survivor.get("privacy_request.person_id")).isEqualTo(1);
        assertThat(total(rowsNaming(ali)) + total(rowsNaming(twice)))
                .as("every row of both, less those naming both on one key (the visit, the trustee role, the session"
                        + " both attended, the invitation) and the deputy role")
                .isEqualTo(rowsBefore - 5);
        assertThat(figures()).as("figures after the merge").isEqualTo(figuresBefore);
        List<org.engagement.core.training.TrainingRecord> records =
                crm.as(ADMIN, s -> s.training().records().recordsOf(ali));
        assertThat(records).hasSize(3);
        List<Long> atTakeaway = crm.as(
                ADMIN,
                s -> s.engagements().engagementsWith(takeaway).get(0).getPeople().stream()
                        .map(p -> p.getId())
                        .toList());
        assertThat(atTakeaway).containsExactly(ali);

        assertThatThrownBy(() -> crm.as(ADMIN, s -> s.contacts().person(twice))).isInstanceOf(NotFoundException.class);
        java.util.Optional<Long> redirect = crm.as(ADMIN, s -> s.contacts().mergedInto(twice));
        assertThat(redirect).contains(ali);
        assertThat(moduleCalls)
                .singleElement()
                .satisfies(call -> assertThat(call).containsExactly(twice, ali));
        List<ChangeLogEntry> history = crm.as(ADMIN, s -> s.contacts().historyOfPerson(ali));
        assertThat(history.get(0).getSummary()).isEqualTo("Person ALI KHAN (" + twice + ") merged into this one");
        assertThat(history.get(0).getChangedBy()).isEqualTo("admin");
        assertThat(history.get(0).getChanges().get(0).getAfter())
                .contains(
                        "1 duplicate roles folded together",
                        "1 people's roles",
                        "1 engagements both attended",
                        "1 attendances of a session both were recorded at",
                        "1 training invitations both had");
        assertThat(history)
                .as("the removed record's own history is read for the survivor")
                .anySatisfy(e -> assertThat(e.getRecordId()).isEqualTo(twice));
        long pairsLeft = crm.mergingPeople(
                ADMIN,
                List.of(),
                List.of(),
                m -> m.possibleDuplicatePeople(null, 0, 50).total());
        assertThat(pairsLeft).isZero();
    }

    @Test
    void theDataProtectionOfficerFindsTheRemovedRecordsAccessLogAndRequestsUnderTheSurvivor() {
        long[] people = aliTwice();
        long ali = people[0];
        long twice = people[1];
        privacy(p -> p.subjectAccess(twice, "PDF"));
        accessLog(FIONA, log -> {
            log.viewed("Person", twice, twice);
            log.viewed("Person", ali, ali);
            return null;
        });

        merge(ali, twice, Set.of("email"));

        List<AccessLogEntry> found = accessLog(
                DPO,
                log -> log.page(new AccessLogQuery(ali, null, null, null, 0, 50))
                        .items());
        assertThat(found).extracting(AccessLogEntry::getPersonId).containsExactlyInAnyOrder(ali, twice);
        SubjectAccessExport export = privacy(p -> p.subjectAccess(ali, "JSON"));
        assertThat(section(export, "Who viewed their record")).hasSize(2);
        assertThat(section(export, "Requests about their data"))
                .extracting(r -> r.get("What"))
                .hasSize(2);
        assertThat(section(export, "Change history about them"))
                .extracting(r -> r.get("Record"))
                .contains(ContactService.PERSON + " " + twice, ContactService.PERSON + " " + ali);
        var chain = db.inTransaction(em -> new org.engagement.core.integrity.HashChain(em)
                .check(org.engagement.core.integrity.HashChain.ACCESS_LOG));
        assertThat(chain.intact()).as(chain.describe()).isTrue();
    }

    @Test
    void erasingTheSurvivorAlsoBlanksTheHistoryKeptUnderTheRemovedRecordsId() {
        long[] people = aliTwice();
        long ali = people[0];
        long twice = people[1];
        String otherEmail = "ali.khan.old@example.net";
        crm.as(
                ADMIN,
                s -> s.contacts()
                        .updatePerson(
                                twice,
                                version(twice),
                                new PersonDetails(
                                        "ALI KHAN", null, otherEmail, null, null, LawfulBasis.PUBLIC_TASK, null)));
        merge(ali, twice, Set.of());
        assertThat(TextScan.whereFound(db.dataSource(), otherEmail))
                .as("the removed record's email, in its own history")
                .isNotEmpty();

        privacy(p -> {
            p.erase(ali, "Their written request of " + Dates.describe(Dates.today()));
            return null;
        });

        assertThat(TextScan.whereFound(db.dataSource(), otherEmail)).isEmpty();
    }

    private static List<Map<String, String>> section(SubjectAccessExport export, String title) {
        return export.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow()
                .rows();
    }

    @Test
    void aMergeIsForAdministratorsOnVersionsAsSeenAndNeverOfARestrictedOrErasedPerson() {
        long[] people = aliTwice();
        long ali = people[0];
        long twice = people[1];
        long aliVersion = version(ali);
        long twiceVersion = version(twice);
        PersonMerge asSeen = new PersonMerge(ali, aliVersion, twice, twiceVersion, Set.of());

        assertThatThrownBy(() -> crm.mergingPeople(FIONA, List.of(), List.of(), m -> m.mergePeople(asSeen)))
                .isInstanceOf(AccessDeniedException.class);
        crm.as(
                ADMIN,
                s -> s.contacts()
                        .updatePerson(
                                twice,
                                twiceVersion,
                                new PersonDetails(
                                        "Ali Khan (old)", null, null, null, null, LawfulBasis.PUBLIC_TASK, null)));
        assertThatThrownBy(() -> crm.mergingPeople(ADMIN, List.of(), List.of(), m -> m.mergePeople(asSeen)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(total(rowsNaming(twice))).as("both untouched").isEqualTo(2);

        privacy(p -> {
            p.restrict(twice, "Accuracy contested in her letter of today");
            return null;
        });
        assertThatThrownBy(() -> merge(ali, twice, Set.of()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("restricted")
                .hasMessageContaining("lift the restriction first");
        privacy(p -> {
            p.liftRestriction(twice, "Accuracy settled with them today");
            p.erase(twice, "Their written request of today");
            return null;
        });
        long erasedVersion = version(twice);
        assertThatThrownBy(() -> crm.mergingPeople(
                        ADMIN,
                        List.of(),
                        List.of(),
                        m -> m.mergePeople(new PersonMerge(ali, version(ali), twice, erasedVersion, Set.of()))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("erased");
        assertThat(moduleCalls).isEmpty();
    }
}
