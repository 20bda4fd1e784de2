package org.engagement.plugins.housing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.merge.OrganisationMerge;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Actor;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.plugins.housing.persistence.LandlordProfiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A landlord recorded twice, merged by an administrator through the core's merge with this module taking part: no row
 * of the core's or the module's tables is left naming the one removed, none is lost, and the survivor's landlord
 * details keep its own answers and take what only the other knew.
 */
class LandlordProfileFollowsMergedLandlordTest {

    private static final Actor ADMIN = FixedActor.admin();

    private final TestDatabase db = new TestDatabase("db/changelog/housing/changelog.xml");
    private final Crm crm = new Crm(db, new HousingModule());

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T housing(Function<HousingService, T> work) {
        return crm.withModule(
                ADMIN,
                HousingModule.ID,
                (core, em) -> work.apply(new HousingService(
                        new LandlordProfiles(em), core.organisationRecords(), core.history(), core.actor())));
    }

    private Organisation landlordWithAVisit(String name) {
        Organisation landlord = crm.as(
                ADMIN, s -> s.organisations().create(Crm.organisation(name, HousingModule.LANDLORD, "DN1 1AA"), true));
        crm.as(
                ADMIN,
                s -> s.engagements()
                        .log(
                                landlord.getId(),
                                new EngagementDetails(
                                        LocalDate.of(2026, 5, 1),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(),
                                        "Visited " + name,
                                        null,
                                        List.of())));
        return crm.as(ADMIN, s -> s.organisations().get(landlord.getId()));
    }

    private long moduleRowsNaming(long organisationId) {
        return db.inTransaction(em -> ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM housing_landlord_profile WHERE organisation_id = ?1")
                                .setParameter(1, organisationId)
                                .getSingleResult())
                .longValue());
    }

    @Test
    void everyRecordOfTheRemovedLandlordEndsOnTheSurvivorAndItsProfileFillsTheSurvivorsBlanks() {
        Organisation survivor = landlordWithAVisit("Ridgeway Lettings");
        Organisation removed = landlordWithAVisit("Ridgeway Lettings Ltd");
        housing(h -> h.save(survivor.getId(), null, null, "Selective licensing: Hexthorpe"));
        housing(h -> h.save(removed.getId(), null, 12, "Additional licensing"));
        long coreBefore = crm.coreRowsNaming(survivor.getId()) + crm.coreRowsNaming(removed.getId());

        crm.mergingWith(
                ADMIN,
                HousingModule.ID,
                em -> new LandlordProfileFollowsMergedLandlord(new LandlordProfiles(em)),
                m -> m.mergeOrganisations(new OrganisationMerge(
                        survivor.getId(), survivor.getVersion(), removed.getId(), removed.getVersion(), Set.of())));

        assertThat(crm.coreRowsNaming(removed.getId()) + moduleRowsNaming(removed.getId()))
                .as("rows still naming the removed landlord")
                .isZero();
        assertThat(crm.coreRowsNaming(survivor.getId()))
                .as("every core row on the survivor, less the removed organisation's own")
                .isEqualTo(coreBefore - 1);
        assertThat(moduleRowsNaming(survivor.getId())).isEqualTo(1);
        LandlordProfile profile = housing(h -> h.profileOf(survivor.getId())).orElseThrow();
        assertThat(profile.getPropertyCount()).isEqualTo(12);
        assertThat(profile.getLicensingScheme()).isEqualTo("Selective licensing: Hexthorpe");
    }

    @Test
    void aSurvivorWithoutLandlordDetailsTakesTheRemovedOnes() {
        Organisation survivor = landlordWithAVisit("Town Homes");
        Organisation removed = landlordWithAVisit("Town Homes Ltd");
        housing(h -> h.save(removed.getId(), null, 7, "Selective licensing: Balby"));

        crm.mergingWith(
                ADMIN,
                HousingModule.ID,
                em -> new LandlordProfileFollowsMergedLandlord(new LandlordProfiles(em)),
                m -> m.mergeOrganisations(new OrganisationMerge(
                        survivor.getId(), survivor.getVersion(), removed.getId(), removed.getVersion(), Set.of())));

        assertThat(moduleRowsNaming(removed.getId())).isZero();
        LandlordProfile profile = housing(h -> h.profileOf(survivor.getId())).orElseThrow();
        assertThat(profile.getPropertyCount()).isEqualTo(7);
        assertThat(profile.getLicensingScheme()).isEqualTo("Selective licensing: Balby");
    }
}
