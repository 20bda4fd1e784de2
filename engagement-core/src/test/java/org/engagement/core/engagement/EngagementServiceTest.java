package org.engagement.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.TEST_INDUSTRY_TYPE;
import static org.engagement.core.testing.Crm.organisation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Gender;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** People, engagements, follow-ups and the organisation's timeline, on a real (in-memory) Derby. */
class EngagementServiceTest {

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        Dates.useClock(null);
        db.close();
    }

    private Organisation mosque() {
        return crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.organisations().create(organisation("Central Mosque", "COMMUNITY_GROUP", "DN1 1AA"), false));
    }

    private Contact addContact(long organisationId, String name, String role) {
        return crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.contacts()
                        .addContact(
                                organisationId,
                                new PersonDetails(
                                        name,
                                        "01302 000000",
                                        name.toLowerCase().replace(' ', '.') + "@example.org",
                                        "Urdu",
                                        null,
                                        LawfulBasis.PUBLIC_TASK,
                                        "Told at visit"),
                                role));
    }

    private Engagement logVisit(long organisationId, List<Long> people, FollowUpDetails followUp) {
        return crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.engagements()
                        .log(
                                organisationId,
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        people,
                                        "Talked about the safeguarding policy",
                                        "Policy to be reviewed",
                                        List.of(followUp))));
    }

    @Test
    void visitWithPeoplePresentAndOverdueFollowUpAppearsFirstInTheOwnersList() {
        Organisation mosque = mosque();
        Contact imam = addContact(mosque.getId(), "Yusuf Ali", "imam");
        Contact dsl = addContact(mosque.getId(), "Sara Khan", "designated safeguarding lead");
        logVisit(
                mosque.getId(),
                List.of(imam.personId()),
                new FollowUpDetails("Send model policy", "fiona", Dates.today().plusDays(7)));
        Engagement second = logVisit(
                mosque.getId(),
                List.of(imam.personId(), dsl.personId()),
                new FollowUpDetails("Book training", "fiona", Dates.today().minusDays(1)));

        List<OpenFollowUp> mine =
                crm.as("fiona", Role.FAITH_LEAD, s -> s.engagements().myOpenFollowUps());

        assertThat(mine)
                .extracting(OpenFollowUp::action, OpenFollowUp::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Book training", true),
                        org.assertj.core.groups.Tuple.tuple("Send model policy", false));
        assertThat(second.getOfficer()).isEqualTo("fiona");
        assertThat(second.getPeople()).extracting(p -> p.getName()).containsExactlyInAnyOrder("Sara Khan", "Yusuf Ali");
    }

    @Test
    void completedFollowUpLeavesTheList() {
        Organisation mosque = mosque();
        Engagement visit =
                logVisit(mosque.getId(), List.of(), new FollowUpDetails("Call back", "fiona", Dates.today()));

        crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.engagements()
                        .completeFollowUp(
                                visit.getId(),
                                visit.getVersion(),
                                visit.getFollowUps().get(0).getId()));

        List<OpenFollowUp> mine =
                crm.as("fiona", Role.FAITH_LEAD, s -> s.engagements().myOpenFollowUps());
        assertThat(mine).isEmpty();
    }

    @Test
    void futureDateMissingSummaryAndStrangersAreRefused() {
        Organisation mosque = mosque();
        Organisation other = crm.as(
                FixedActor.admin(),
                s -> s.organisations().create(organisation("Church", "COMMUNITY_GROUP", "DN2 2AA"), false));
        Contact stranger = addContact(other.getId(), "Someone Else", "trustee");

        assertThatThrownBy(() -> crm.as(
                        "fiona",
                        Role.FAITH_LEAD,
                        s -> s.engagements()
                                .log(
                                        mosque.getId(),
                                        new EngagementDetails(
                                                Dates.today().plusDays(1),
                                                EngagementType.CALL,
                                                null,
                                                List.of(),
                                                " ",
                                                null,
                                                List.of()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("date", "summary"));
        assertThatThrownBy(() -> logVisit(
                        mosque.getId(), List.of(stranger.personId()), new FollowUpDetails("x", "fiona", Dates.today())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("people"));
    }

    @Test
    void industryLeadCannotRecordPeopleOrEngagementsAtAFaithOrCommunityOrganisation() {
        Organisation mosque = mosque();

        assertThatThrownBy(() -> crm.as(
                        "ian",
                        Role.INDUSTRY_LEAD,
                        s -> s.contacts()
                                .addContact(
                                        mosque.getId(),
                                        new PersonDetails("X", null, null, null, null, LawfulBasis.CONSENT, null),
                                        "trustee")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.as(
                        "ian",
                        Role.INDUSTRY_LEAD,
                        s -> s.engagements()
                                .log(
                                        mosque.getId(),
                                        new EngagementDetails(
                                                Dates.today(),
                                                EngagementType.CALL,
                                                null,
                                                List.of(),
                                                "Hello",
                                                null,
                                                List.of()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void licensingOfficerSeesPeopleAtIndustryOrganisationsWithoutPersonalData() {
        Organisation takeaway = crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.organisations().create(organisation("Chicken Hut", TEST_INDUSTRY_TYPE, "DN4 5AB"), false));
        crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.contacts()
                        .addContact(
                                takeaway.getId(),
                                new PersonDetails(
                                        "Omar Shah",
                                        "07700 900000",
                                        "omar@example.org",
                                        "English",
                                        org.engagement.core.contact.Gender.MALE,
                                        LawfulBasis.LEGITIMATE_INTERESTS,
                                        null),
                                "owner"));

        List<Contact> forLicensing =
                crm.as("lou", Role.LICENSING_OFFICER, s -> s.contacts().contactsOf(takeaway.getId()));
        List<Contact> forViewer = crm.as("val", Role.VIEWER, s -> s.contacts().contactsOf(takeaway.getId()));

        assertThat(forLicensing).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Omar Shah");
            assertThat(c.phone()).isNull();
            assertThat(c.email()).isNull();
            assertThat(c.gender()).isNull();
            assertThat(c.personalDataHidden()).isTrue();
        });
        assertThat(forViewer)
                .singleElement()
                .satisfies(c -> assertThat(c.phone()).isEqualTo("07700 900000"));
    }

    @Test
    void stalePersonEditIsRefused() {
        Organisation mosque = mosque();
        Contact imam = addContact(mosque.getId(), "Yusuf Ali", "imam");
        PersonDetails changed =
                new PersonDetails("Yusuf Ali", "01302 111111", null, "Arabic", null, LawfulBasis.PUBLIC_TASK, null);
        crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.contacts().updatePerson(imam.personId(), imam.personVersion(), changed));

        assertThatThrownBy(() -> crm.as(
                        FixedActor.admin(),
                        s -> s.contacts().updatePerson(imam.personId(), imam.personVersion(), changed)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by fiona");
    }

    @Test
    void organisationWithPeopleCannotBeDeletedOnlyClosed() {
        Organisation mosque = mosque();
        addContact(mosque.getId(), "Yusuf Ali", "imam");

        assertThatThrownBy(() -> crm.as(FixedActor.admin(), s -> {
                    s.organisations().delete(mosque.getId(), mosque.getVersion());
                    return null;
                }))
                .isInstanceOf(org.engagement.core.shared.ConflictException.class)
                .hasMessageContaining("Set its status to Closed");
    }

    @Test
    void organisationTimelineShowsWhoDidEachStep() {
        Organisation mosque = mosque();
        Contact imam = addContact(mosque.getId(), "Yusuf Ali", "imam");
        crm.as(
                FixedActor.admin(),
                s -> s.contacts()
                        .addContact(
                                mosque.getId(),
                                new PersonDetails("Sara Khan", null, null, null, null, LawfulBasis.CONSENT, null),
                                "designated safeguarding lead"));
        logVisit(
                mosque.getId(), List.of(imam.personId()), new FollowUpDetails("Book training", "fiona", Dates.today()));

        List<ChangeLogEntry> timeline = crm.as(
                new FixedActor("val", java.util.Set.of(Role.VIEWER)),
                s -> s.engagements().historyOf(mosque.getId()));

        assertThat(timeline)
                .extracting(ChangeLogEntry::getSummary, ChangeLogEntry::getChangedBy)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Organisation Central Mosque created", "fiona"),
                        org.assertj.core.groups.Tuple.tuple("Yusuf Ali added as imam at Central Mosque", "fiona"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Sara Khan added as designated safeguarding lead at Central Mosque", "admin"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Visit with Central Mosque on " + Dates.describe(Dates.today()) + " recorded",
                                "fiona"));
        assertThat(timeline.get(0).getRecordType()).isEqualTo(EngagementService.RECORD_TYPE);
    }

    @Test
    void anEngagementAndItsFollowUpsAreCorrectedAndEachChangeIsInTheHistory() {
        Organisation mosque = mosque();
        Contact imam = addContact(mosque.getId(), "Yusuf Ali", "imam");
        Contact dsl = addContact(mosque.getId(), "Sara Khan", "designated safeguarding lead");
        Engagement visit = logVisit(
                mosque.getId(),
                List.of(imam.personId()),
                new FollowUpDetails("Send model policy", "fiona", Dates.today().plusDays(7)));
        long followUp = visit.getFollowUps().get(0).getId();

        Engagement corrected = crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.engagements()
                        .update(
                                visit.getId(),
                                visit.getVersion(),
                                new EngagementDetails(
                                        Dates.today().minusDays(2),
                                        EngagementType.MEETING,
                                        null,
                                        List.of(dsl.personId()),
                                        "Met the DSL, not the imam",
                                        "Policy agreed",
                                        List.of())));
        Engagement reassigned = crm.as(
                "fiona",
                Role.FAITH_LEAD,
                s -> s.engagements()
                        .changeFollowUp(
                                visit.getId(),
                                corrected.getVersion(),
                                followUp,
                                new FollowUpDetails(
                                        "Send model policy",
                                        "Farid",
                                        Dates.today().plusDays(14))));
        Engagement done = crm.as(
                "farid",
                Role.VIEWER,
                s -> s.engagements().completeFollowUp(visit.getId(), reassigned.getVersion(), followUp));
        Engagement undone = crm.as(
                "farid", Role.VIEWER, s -> s.engagements().reopenFollowUp(visit.getId(), done.getVersion(), followUp));

        assertThat(corrected.getDate()).isEqualTo(Dates.today().minusDays(2));
        assertThat(corrected.getType()).isEqualTo(EngagementType.MEETING);
        assertThat(corrected.getPeople()).extracting(p -> p.getName()).containsExactly("Sara Khan");
        assertThat(reassigned.getFollowUps()).singleElement().satisfies(f -> {
            assertThat(f.getOwner()).isEqualTo("farid");
            assertThat(f.getDue()).isEqualTo(Dates.today().plusDays(14));
        });
        assertThat(done.getFollowUps().get(0).isDone()).isTrue();
        assertThat(undone.getFollowUps().get(0).isDone()).isFalse();
        assertThatThrownBy(() -> crm.as(
                        "farid",
                        Role.VIEWER,
                        s -> s.engagements()
                                .changeFollowUp(
                                        visit.getId(),
                                        undone.getVersion(),
                                        followUp,
                                        new FollowUpDetails("Mine now", "farid", Dates.today()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.as(
                        "fiona",
                        Role.FAITH_LEAD,
                        s -> s.engagements()
                                .changeFollowUp(
                                        visit.getId(),
                                        undone.getVersion(),
                                        followUp,
                                        new FollowUpDetails("Send model policy", "fiona", null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("followUps[0].due"));
        List<ChangeLogEntry> history =
                crm.as("fiona", Role.FAITH_LEAD, s -> s.engagements().historyOf(mosque.getId()));
        assertThat(history)
                .extracting(h -> h.getChangedBy() + ": " + h.getSummary())
                .startsWith(
                        "farid: Follow-up not done after all: Send model policy",
                        "farid: Follow-up done: Send model policy",
                        "fiona: Follow-up changed on Meeting with Central Mosque on "
                                + Dates.describe(Dates.today().minusDays(2)));
    }

    @Test
    void theOfficerWhoLoggedAnEngagementDeletesItWithinSevenDaysAndAnAdministratorAfter() {
        Organisation mosque = mosque();
        Engagement mistake =
                logVisit(mosque.getId(), List.of(), new FollowUpDetails("Call back", "fiona", Dates.today()));
        Engagement older =
                logVisit(mosque.getId(), List.of(), new FollowUpDetails("Call back", "fiona", Dates.today()));

        assertThatThrownBy(() -> crm.as("farah", Role.FAITH_LEAD, s -> {
                    s.engagements().delete(mistake.getId(), mistake.getVersion(), "Not mine");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.as("fiona", Role.FAITH_LEAD, s -> {
                    s.engagements().delete(mistake.getId(), mistake.getVersion(), " ");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("reason"));
        crm.as("fiona", Role.FAITH_LEAD, s -> {
            s.engagements().delete(mistake.getId(), mistake.getVersion(), "Logged against the wrong mosque");
            return null;
        });

        Dates.useClock(Clock.offset(Clock.system(Dates.UK), Duration.ofDays(7).plusMinutes(1)));
        assertThatThrownBy(() -> crm.as("fiona", Role.FAITH_LEAD, s -> {
                    s.engagements().delete(older.getId(), older.getVersion(), "Too late");
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("within 7 days");
        crm.as(FixedActor.admin(), s -> {
            s.engagements().delete(older.getId(), older.getVersion(), "Duplicate of an earlier entry");
            return null;
        });

        List<Engagement> left =
                crm.as("fiona", Role.FAITH_LEAD, s -> s.engagements().engagementsWith(mosque.getId()));
        assertThat(left).isEmpty();
        List<ChangeLogEntry> history = crm.as(
                "fiona", Role.FAITH_LEAD, s -> s.changeLog().historyOf(EngagementService.RECORD_TYPE, mistake.getId()));
        assertThat(history)
                .first()
                .satisfies(h -> assertThat(h.getSummary()).endsWith("deleted: Logged against the wrong mosque"));
    }

    @Test
    void historyHidesPeoplesPhoneEmailAndGenderFromReadersWhoMayNotSeePersonalData() {
        Organisation takeaway = crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.organisations().create(organisation("Chicken Hut", TEST_INDUSTRY_TYPE, "DN1 2BB"), false));
        Contact manager = crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.contacts()
                        .addContact(
                                takeaway.getId(),
                                new PersonDetails(
                                        "Bilal Shah",
                                        "07700 900123",
                                        "bilal@example.org",
                                        "Urdu",
                                        Gender.MALE,
                                        LawfulBasis.PUBLIC_TASK,
                                        null),
                                "manager"));
        crm.as(
                "ian",
                Role.INDUSTRY_LEAD,
                s -> s.contacts()
                        .updatePerson(
                                manager.personId(),
                                manager.personVersion(),
                                new PersonDetails(
                                        "Bilal Shah",
                                        "07700 900999",
                                        "b.shah@example.org",
                                        "Urdu",
                                        Gender.MALE,
                                        LawfulBasis.PUBLIC_TASK,
                                        null)));

        List<String> forLicensing = personValues(
                crm.as("lucy", Role.LICENSING_OFFICER, s -> s.engagements().historyOf(takeaway.getId())));
        List<String> forViewer =
                personValues(crm.as("vera", Role.VIEWER, s -> s.engagements().historyOf(takeaway.getId())));

        assertThat(forLicensing)
                .contains(
                        "name=Bilal Shah",
                        "phone=" + ChangeLogEntry.HIDDEN,
                        "email=" + ChangeLogEntry.HIDDEN,
                        "gender=" + ChangeLogEntry.HIDDEN)
                .noneMatch(v -> v.contains("07700") || v.contains("@example.org") || v.contains("Male"));
        assertThat(forViewer)
                .contains("phone=07700 900123", "phone=07700 900999", "email=bilal@example.org", "gender=Male");
        // The stored history is untouched: redaction is for the reader, not the record.
        assertThat(personValues(crm.as("vera", Role.VIEWER, s -> s.engagements().historyOf(takeaway.getId()))))
                .isEqualTo(forViewer);
    }

    /** Every "field=value" (before and after) of the person entries, as the reader received them. */
    private static List<String> personValues(List<ChangeLogEntry> history) {
        return history.stream()
                .filter(e -> e.getRecordType().equals(ContactService.PERSON))
                .flatMap(e -> e.getChanges().stream())
                .flatMap(c -> java.util.stream.Stream.of(c.getBefore(), c.getAfter())
                        .filter(java.util.Objects::nonNull)
                        .map(v -> c.getField() + "=" + v))
                .toList();
    }
}
