package org.engagement.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.TEST_INDUSTRY_TYPE;
import static org.engagement.core.testing.Crm.organisation;

import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A person's own page, on a real (in-memory) Derby: what each role may see of them. */
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
        return crm.as(FixedActor.admin(), s -> s.contacts().addContact(organisationId, new PersonDetails(name, "01302 000000",
                "someone@example.org", "Urdu", null, LawfulBasis.PUBLIC_TASK, null), role));
    }

    @Test
    void personPageShowsRolesTheReaderMayReadAndPersonalDataOnlyToThoseEntitled() {
        Organisation mosque = create("Central Mosque", "COMMUNITY_GROUP");
        Organisation takeaway = create("Chicken Hut", TEST_INDUSTRY_TYPE);
        Contact driver = addContact(mosque.getId(), "Yusuf Ali", "trustee");
        crm.as(FixedActor.admin(), s -> s.contacts().addRole(takeaway.getId(), driver.personId(), "delivery driver"));
        Contact imamOnly = addContact(mosque.getId(), "Omar Khan", "imam");

        PersonProfile forViewer = crm.as("vera", Role.VIEWER, s -> s.contacts().person(driver.personId()));
        PersonProfile forLicensing = crm.as("lucy", Role.LICENSING_OFFICER, s -> s.contacts().person(driver.personId()));

        assertThat(forViewer.roles()).extracting(PersonProfile.RoleAt::organisationName, PersonProfile.RoleAt::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Central Mosque", "trustee"),
                        org.assertj.core.groups.Tuple.tuple("Chicken Hut", "delivery driver"));
        assertThat(forViewer.phone()).isEqualTo("01302 000000");
        assertThat(forViewer.personalDataHidden()).isFalse();
        assertThat(forLicensing.roles()).extracting(PersonProfile.RoleAt::organisationName).containsExactly("Chicken Hut");
        assertThat(forLicensing.phone()).isNull();
        assertThat(forLicensing.email()).isNull();
        assertThat(forLicensing.personalDataHidden()).isTrue();
        assertThatThrownBy(() -> crm.as("lucy", Role.LICENSING_OFFICER, s -> s.contacts().person(imamOnly.personId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> crm.as("bot", Role.API_CLIENT, s -> s.contacts().person(driver.personId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> crm.as("vera", Role.VIEWER, s -> s.contacts().person(999_999L)))
                .isInstanceOf(NotFoundException.class);
    }
}
