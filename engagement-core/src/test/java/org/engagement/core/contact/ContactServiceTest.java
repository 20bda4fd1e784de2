package org.engagement.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.TEST_INDUSTRY_TYPE;
import static org.engagement.core.testing.Crm.organisation;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.audit.FieldChange;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** People and their roles on a real (in-memory) Derby: what each role may see of them, and correcting and removing them. */
class ContactServiceTest {

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Organisation create(String name, String type) {
        return crm.as(FixedActor.admin(), s -> s.organisations().create(organisation(name, type, null), false));
    }

    private Contact addContact(long organisationId, String name, String role) {
        return crm.as(
                FixedActor.admin(),
                s -> s.contacts()
                        .addContact(
                                organisationId,
                                new PersonDetails(
                                        name,
                                        "01302 000000",
                                        "someone@example.org",
                                        "Urdu",
                                        null,
                                        LawfulBasis.PUBLIC_TASK,
                                        null),
                                role));
    }

    @Test
    void personPageShowsRolesTheReaderMayReadAndPersonalDataOnlyToThoseEntitled() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Organisation takeaway = create("Chicken Hut", TEST_INDUSTRY_TYPE);
        Contact driver = addContact(mosque.getId(), "Yusuf Ali", "trustee");
        crm.as(FixedActor.admin(), s -> s.contacts().addRole(takeaway.getId(), driver.personId(), "delivery driver"));
        Contact imamOnly = addContact(mosque.getId(), "Omar Khan", "imam");

        PersonProfile forViewer = crm.as("vera", Role.VIEWER, s -> s.contacts().person(driver.personId()));
        PersonProfile forLicensing =
                crm.as("lucy", Role.LICENSING_OFFICER, s -> s.contacts().person(driver.personId()));

        assertThat(forViewer.roles())
                .extracting(PersonProfile.RoleAt::organisationName, PersonProfile.RoleAt::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Central Mosque", "trustee"),
                        org.assertj.core.groups.Tuple.tuple("Chicken Hut", "delivery driver"));
        assertThat(forViewer.phone()).isEqualTo("01302 000000");
        assertThat(forViewer.personalDataHidden()).isFalse();
        assertThat(forLicensing.roles())
                .extracting(PersonProfile.RoleAt::organisationName)
                .containsExactly("Chicken Hut");
        assertThat(forLicensing.phone()).isNull();
        assertThat(forLicensing.email()).isNull();
        assertThat(forLicensing.personalDataHidden()).isTrue();
        assertThatThrownBy(() ->
                        crm.as("lucy", Role.LICENSING_OFFICER, s -> s.contacts().person(imamOnly.personId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(
                        () -> crm.as("bot", Role.API_CLIENT, s -> s.contacts().person(driver.personId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.as("vera", Role.VIEWER, s -> s.contacts().person(999_999L)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void linkingSomeoneToAnotherOrganisationNeedsTheRightToChangeThatPersonAsWellAsTheOrganisation() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Organisation church = create("St Mary's", "COMMUNITY_GROUP");
        Organisation takeaway = create("Chicken Hut", TEST_INDUSTRY_TYPE);
        Contact manager = addContact(takeaway.getId(), "Bilal Shah", "manager");
        Contact trustee = addContact(mosque.getId(), "Omar Khan", "trustee");

        assertThatThrownBy(() -> crm.as(
                        "fiona",
                        Role.FAITH_LEAD,
                        s -> s.contacts().addRole(mosque.getId(), manager.personId(), "volunteer")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Bilal Shah");
        Contact linked = crm.as(
                "fiona", Role.FAITH_LEAD, s -> s.contacts().addRole(church.getId(), trustee.personId(), "governor"));
        Contact byAdmin =
                crm.as(FixedActor.admin(), s -> s.contacts().addRole(mosque.getId(), manager.personId(), "volunteer"));

        assertThat(linked.name()).isEqualTo("Omar Khan");
        assertThat(byAdmin.name()).isEqualTo("Bilal Shah");
        java.util.List<Contact> atMosque =
                crm.as("vera", Role.VIEWER, s -> s.contacts().contactsOf(mosque.getId()));
        assertThat(atMosque).extracting(Contact::name).containsExactlyInAnyOrder("Omar Khan", "Bilal Shah");
    }

    private static PersonDetails withEmail(String name, String email) {
        return new PersonDetails(name, "01302 000000", email, "Urdu", null, LawfulBasis.PUBLIC_TASK, null);
    }

    @Test
    void correctingAnEmailIsRecordedInThePersonsHistoryWithWhoAndWhat() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Contact imam = addContact(mosque.getId(), "Omar Khan", "imam");

        PersonProfile corrected = crm.as(
                "fatima",
                Role.FAITH_LEAD,
                s -> s.contacts()
                        .updatePerson(
                                imam.personId(),
                                imam.personVersion(),
                                withEmail("Omar Khan", "omar.khan@example.org")));

        assertThat(corrected.email()).isEqualTo("omar.khan@example.org");
        assertThat(corrected.version()).isGreaterThan(imam.personVersion());
        List<ChangeLogEntry> history =
                crm.as("vera", Role.VIEWER, s -> s.contacts().historyOfPerson(imam.personId()));
        ChangeLogEntry latest = history.get(0);
        assertThat(latest.getChangedBy()).isEqualTo("fatima");
        assertThat(latest.getChanges())
                .extracting(FieldChange::getField, FieldChange::getBefore, FieldChange::getAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("email", "someone@example.org", "omar.khan@example.org"));
        assertThatThrownBy(() ->
                        crm.as("lucy", Role.LICENSING_OFFICER, s -> s.contacts().historyOfPerson(imam.personId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCorrectionMadeFromAnOutOfDateCopyIsRefusedAndOverwritesNothing() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Contact imam = addContact(mosque.getId(), "Omar Khan", "imam");
        crm.as(
                FixedActor.admin(),
                s -> s.contacts()
                        .updatePerson(
                                imam.personId(), imam.personVersion(), withEmail("Omar Khan", "first@example.org")));

        assertThatThrownBy(() -> crm.as(
                        FixedActor.admin(),
                        s -> s.contacts()
                                .updatePerson(
                                        imam.personId(),
                                        imam.personVersion(),
                                        withEmail("Omar Khan", "second@example.org"))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by admin");
        assertThat(crm.as(FixedActor.admin(), s -> s.contacts().person(imam.personId()))
                        .email())
                .isEqualTo("first@example.org");
    }

    @Test
    void onlyThoseWhoMayChangeOneOfThePersonsOrganisationsMayCorrectThem() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Contact imam = addContact(mosque.getId(), "Omar Khan", "imam");
        PersonDetails change = withEmail("Omar Khan", "new@example.org");

        for (Role refused : List.of(Role.VIEWER, Role.INDUSTRY_LEAD, Role.LICENSING_OFFICER)) {
            assertThatThrownBy(() -> crm.as(
                            "someone",
                            refused,
                            s -> s.contacts().updatePerson(imam.personId(), imam.personVersion(), change)))
                    .as(refused.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> crm.as(
                        "fatima",
                        Role.FAITH_LEAD,
                        s -> s.contacts()
                                .updatePerson(
                                        imam.personId(), imam.personVersion(), withEmail("Omar Khan", "not an email"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("email"));
    }

    @Test
    void aRoleCanBeRenamedAndEndedAndStaysOnTheOrganisationsPeopleWithItsEndDate() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Contact trustee = addContact(mosque.getId(), "Yusuf Ali", "trustee");
        LocalDate stoodDown = Dates.today().minusDays(3);

        Contact ended = crm.as(
                "fatima",
                Role.FAITH_LEAD,
                s -> s.contacts()
                        .changeRole(trustee.affiliationId(), trustee.version(), "chair of trustees", stoodDown));

        assertThat(ended.role()).isEqualTo("chair of trustees");
        List<Contact> people = crm.as(FixedActor.admin(), s -> s.contacts().contactsOf(mosque.getId()));
        assertThat(people)
                .extracting(Contact::role, Contact::endedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("chair of trustees", stoodDown));
        ChangeLogEntry latest = crm.as(
                FixedActor.admin(),
                s -> s.contacts().historyOfPerson(trustee.personId()).get(0));
        assertThat(latest.getChanges()).extracting(FieldChange::getField).containsExactly("role", "endedOn");
        assertThatThrownBy(() -> crm.as(
                        "fatima",
                        Role.FAITH_LEAD,
                        s -> s.contacts()
                                .changeRole(
                                        trustee.affiliationId(),
                                        ended.version(),
                                        "trustee",
                                        Dates.today().plusDays(1))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("endedOn"));
        assertThatThrownBy(() -> crm.as(
                        "fatima",
                        Role.FAITH_LEAD,
                        s -> s.contacts().changeRole(trustee.affiliationId(), trustee.version(), "trustee", null)))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void removingSomeoneFromAnOrganisationKeepsThemAndTheirOtherRoles() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Organisation school = create("Al-Noor Supplementary School", "COMMUNITY_GROUP");
        Contact imam = addContact(mosque.getId(), "Omar Khan", "imam");
        Contact governor =
                crm.as(FixedActor.admin(), s -> s.contacts().addRole(school.getId(), imam.personId(), "governor"));

        assertThatThrownBy(() -> crm.as("ian", Role.INDUSTRY_LEAD, s -> {
                    s.contacts().removeRole(governor.affiliationId(), governor.version());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        crm.as("fatima", Role.FAITH_LEAD, s -> {
            s.contacts().removeRole(governor.affiliationId(), governor.version());
            return null;
        });

        List<Contact> atSchool = crm.as(FixedActor.admin(), s -> s.contacts().contactsOf(school.getId()));
        assertThat(atSchool).isEmpty();
        List<PersonProfile.RoleAt> roles = crm.as(
                FixedActor.admin(), s -> s.contacts().person(imam.personId()).roles());
        assertThat(roles).extracting(PersonProfile.RoleAt::organisationName).containsExactly("Central Mosque");
        List<ChangeLogEntry> history =
                crm.as(FixedActor.admin(), s -> s.contacts().historyOfPerson(imam.personId()));
        assertThat(history)
                .extracting(ChangeLogEntry::getSummary)
                .contains("Omar Khan removed from Al-Noor Supplementary School (was governor)");
    }

    @Test
    void onlyAnAdministratorDeletesAPersonAndOnlyOneNoOtherRecordNames() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Contact mistake = addContact(mosque.getId(), "Typo Person", "trustee");
        Contact visited = addContact(mosque.getId(), "Omar Khan", "imam");
        crm.as(
                FixedActor.admin(),
                s -> s.engagements()
                        .log(
                                mosque.getId(),
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(visited.personId()),
                                        "Introductory visit",
                                        null,
                                        List.of())));
        crm.personReferences.add(
                personId -> personId == mistake.personId() ? List.of() : List.of("1 taxi driver record"));

        assertThatThrownBy(() -> crm.as("fatima", Role.FAITH_LEAD, s -> {
                    s.contacts().deletePerson(mistake.personId(), mistake.personVersion());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.as(FixedActor.admin(), s -> {
                    s.contacts().deletePerson(visited.personId(), visited.personVersion());
                    return null;
                }))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Omar Khan cannot be deleted: still named in 1 engagement, 1 taxi driver record. "
                        + "Remove them from those records first, or leave them recorded.");
        crm.as(FixedActor.admin(), s -> {
            s.contacts().deletePerson(mistake.personId(), mistake.personVersion());
            return null;
        });

        List<Contact> left = crm.as(FixedActor.admin(), s -> s.contacts().contactsOf(mosque.getId()));
        assertThat(left).extracting(Contact::name).containsExactly("Omar Khan");
        assertThatThrownBy(() -> crm.as(FixedActor.admin(), s -> s.contacts().person(mistake.personId())))
                .isInstanceOf(NotFoundException.class);
        List<ChangeLogEntry> deleted =
                crm.as(FixedActor.admin(), s -> s.changeLog().historyOf(ContactService.PERSON, mistake.personId()));
        assertThat(deleted).extracting(ChangeLogEntry::getSummary).first().isEqualTo("Person Typo Person deleted");
    }
}
