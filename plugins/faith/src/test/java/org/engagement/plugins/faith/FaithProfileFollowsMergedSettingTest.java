package org.engagement.plugins.faith;

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
import org.engagement.plugins.faith.persistence.FaithRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A mosque recorded twice, merged by an administrator through the core's merge with this module taking part: no row
 * of the core's or the module's tables is left naming the one removed, none is lost, and the survivor's faith details
 * keep its own answers and take what only the other knew (including the engagement at which it agreed to engage).
 */
class FaithProfileFollowsMergedSettingTest {

    private static final Actor ADMIN = FixedActor.admin();

    private final TestDatabase db = new TestDatabase("db/changelog/faith/changelog.xml");
    private final Crm crm = new Crm(db, new FaithModule());

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T faith(Function<FaithService, T> work) {
        return crm.withModule(
                ADMIN,
                FaithModule.ID,
                (core, em) -> work.apply(new FaithService(
                        new FaithRecords(em), core.organisationRecords(), core.history(), core.actor())));
    }

    private Organisation mosque(String name) {
        return crm.as(ADMIN, s -> s.organisations().create(Crm.organisation(name, "MOSQUE", "DN4 1AA"), true));
    }

    private long visit(long organisationId) {
        return crm.as(
                ADMIN,
                s -> s.engagements()
                        .log(
                                organisationId,
                                new EngagementDetails(
                                        LocalDate.of(2026, 5, 1),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(),
                                        "Agreed to engage",
                                        null,
                                        List.of()))
                        .getId());
    }

    private long moduleRowsNaming(long organisationId) {
        return db.inTransaction(
                em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM faith_profile WHERE organisation_id = ?1")
                                .setParameter(1, organisationId)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void everyRecordOfTheRemovedMosqueEndsOnTheSurvivorAndItsFaithDetailsFillTheSurvivorsBlanks() {
        Organisation survivor = mosque("Central Mosque");
        Organisation removed = mosque("Central Masjid");
        long agreed = visit(removed.getId());
        faith(f -> f.save(
                survivor.getId(),
                null,
                new FaithProfileDetails("Islam", null, "Pakistani", null, null, false, null, null)));
        faith(f -> f.save(
                removed.getId(),
                null,
                new FaithProfileDetails(
                        "Islam", "Deobandi", "Kashmiri", "Urdu, English", null, true, "Evenings", agreed)));
        long coreBefore = crm.coreRowsNaming(survivor.getId()) + crm.coreRowsNaming(removed.getId());
        Organisation current = crm.as(ADMIN, s -> s.organisations().get(survivor.getId()));
        Organisation other = crm.as(ADMIN, s -> s.organisations().get(removed.getId()));

        crm.mergingWith(
                ADMIN,
                FaithModule.ID,
                em -> new FaithProfileFollowsMergedSetting(new FaithRecords(em)),
                m -> m.mergeOrganisations(new OrganisationMerge(
                        current.getId(), current.getVersion(), other.getId(), other.getVersion(), Set.of())));

        assertThat(crm.coreRowsNaming(removed.getId()) + moduleRowsNaming(removed.getId()))
                .as("rows still naming the removed mosque")
                .isZero();
        assertThat(crm.coreRowsNaming(survivor.getId())).isEqualTo(coreBefore - 1);
        assertThat(moduleRowsNaming(survivor.getId())).isEqualTo(1);
        FaithProfile profile = faith(f -> f.profileOf(survivor.getId())).orElseThrow();
        assertThat(profile.getCommunity()).as("the survivor's own answer").isEqualTo("Pakistani");
        assertThat(profile.getLanguages()).as("known only to the other").isEqualTo("Urdu, English");
        assertThat(profile.getAgreementEngagementId()).isEqualTo(agreed);
        assertThat(profile.snapshot()).containsEntry("Runs classes for children", "Yes");
    }
}
