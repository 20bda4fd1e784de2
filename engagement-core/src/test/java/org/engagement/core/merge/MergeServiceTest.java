package org.engagement.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Possible duplicates and merging two organisations, on a real database: nothing lost, nothing left pointing at nobody. */
class MergeServiceTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private final List<long[]> moduleCalls = new ArrayList<>();
    private final MergedOrganisations module = (removed, survivor) -> moduleCalls.add(new long[] {removed, survivor});

    @AfterEach
    void close() {
        db.close();
    }

    private Organisation mosque(String name, String postcode) {
        return crm.as(FIONA, s -> s.organisations().create(Crm.organisation(name, "COMMUNITY_GROUP", postcode), true));
    }

    private void personAndVisit(long organisationId, String person) {
        crm.as(FIONA, s -> {
            long personId = s.contacts()
                    .addContact(
                            organisationId,
                            new PersonDetails(person, null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                            "trustee")
                    .personId();
            return s.engagements()
                    .log(
                            organisationId,
                            new EngagementDetails(
                                    Dates.today(),
                                    EngagementType.VISIT,
                                    null,
                                    List.of(personId),
                                    "Visited " + person,
                                    null,
                                    List.of()));
        });
    }

    private long rowsNaming(long organisationId) {
        return crm.coreRowsNaming(organisationId);
    }

    @Test
    void twoMosquesRecordedTwiceAreListedAndMergedWithEveryRecordOnTheSurvivorAndTheOldIdRedirected() {
        Organisation central = mosque("Central Mosque", "DN1 1AA");
        Organisation twice = mosque("central  mosque", "DN1 2BB");
        Organisation elsewhere = mosque("Central Mosque", "S1 2AB");
        personAndVisit(central.getId(), "Imam Ali");
        personAndVisit(twice.getId(), "Trustee Bilal");
        personAndVisit(twice.getId(), "Trustee Chaudhry");

        var page = crm.merging(ADMIN, List.of(), m -> m.possibleDuplicates(0, 50));
        assertThat(page.items())
                .extracting(PossibleDuplicate::firstId, PossibleDuplicate::secondId, PossibleDuplicate::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        central.getId(), twice.getId(), "Same name in the same postcode district"));
        assertThat(page.total()).isEqualTo(1);

        Organisation merged = crm.merging(
                ADMIN,
                List.of(module),
                m -> m.mergeOrganisations(new OrganisationMerge(
                        central.getId(), central.getVersion(), twice.getId(), twice.getVersion(), Set.of("postcode"))));

        assertThat(merged.getName()).isEqualTo("Central Mosque");
        assertThat(merged.getPostcodeText()).isEqualTo("DN1 2BB");
        assertThat(rowsNaming(twice.getId()))
                .as("nothing left pointing at the removed one")
                .isZero();
        List<Engagement> engagements = crm.as(FIONA, s -> s.engagements().engagementsWith(central.getId()));
        assertThat(engagements).hasSize(3);
        List<Contact> people = crm.as(FIONA, s -> s.contacts().contactsOf(central.getId()));
        assertThat(people).hasSize(3);
        assertThatThrownBy(() -> crm.as(FIONA, s -> s.organisations().get(twice.getId())))
                .isInstanceOf(NotFoundException.class);
        Optional<Long> redirect = crm.merging(ADMIN, List.of(), m -> m.mergedInto(twice.getId()));
        assertThat(redirect).contains(central.getId());
        assertThat(moduleCalls)
                .singleElement()
                .satisfies(call -> assertThat(call).containsExactly(twice.getId(), central.getId()));
        List<ChangeLogEntry> history =
                crm.as(ADMIN, s -> s.changeLog().historyOf(OrganisationService.RECORD_TYPE, central.getId()));
        assertThat(history.get(0).getSummary())
                .isEqualTo("Organisation central  mosque (" + twice.getId() + ") merged into this one");
        assertThat(history.get(0).getChangedBy()).isEqualTo("admin");
        assertThat(history.get(0).getChanges().get(0).getAfter()).contains("moved 2 people's roles, 2 engagements");
        long left =
                crm.merging(ADMIN, List.of(), m -> m.possibleDuplicates(0, 50).total());
        assertThat(left).isZero();
        assertThat(elsewhere.getId()).isNotNull();
    }

    @Test
    void aMergeIsRefusedToAnyoneButAnAdministratorAndOnAVersionChangedSinceItWasSeen() {
        Organisation central = mosque("Central Mosque", "DN1 1AA");
        Organisation twice = mosque("Central Mosque", "DN1 1AB");
        OrganisationMerge merge = new OrganisationMerge(
                central.getId(), central.getVersion(), twice.getId(), twice.getVersion(), Set.of());

        assertThatThrownBy(() -> crm.merging(FIONA, List.of(), m -> m.mergeOrganisations(merge)))
                .isInstanceOf(AccessDeniedException.class);
        crm.as(
                FIONA,
                s -> s.organisations()
                        .update(
                                twice.getId(),
                                twice.getVersion(),
                                Crm.organisation("Central Mosque (old)", "COMMUNITY_GROUP", "DN1 1AB")));
        assertThatThrownBy(() -> crm.merging(ADMIN, List.of(), m -> m.mergeOrganisations(merge)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(rowsNaming(twice.getId())).as("both still there").isEqualTo(1);
        String name = crm.as(FIONA, s -> s.organisations().get(twice.getId()).getName());
        assertThat(name).isEqualTo("Central Mosque (old)");
    }
}
