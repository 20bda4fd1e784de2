package org.engagement.plugins.retail;

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
import org.engagement.plugins.retail.persistence.RetailRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A takeaway recorded twice, merged by an administrator through the core's merge with this module taking part: no row
 * of the core's or the module's tables is left naming the one removed; every awareness visit and every quarter's
 * concerns end on the survivor (a quarter both recorded keeps the larger count); the premises details combine.
 */
class PremisesFollowMergedOrganisationTest {

    private static final Actor ADMIN = FixedActor.admin();
    private static final List<String> MODULE_TABLES =
            List.of("retail_premises", "retail_awareness_visit", "retail_hotspot_concerns");

    private final TestDatabase db = new TestDatabase("db/changelog/retail/changelog.xml");
    private final Crm crm = new Crm(db, new RetailModule());

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T retail(Function<RetailService, T> work) {
        return crm.withModule(
                ADMIN,
                RetailModule.ID,
                (core, em) -> work.apply(new RetailService(
                        new RetailRecords(em), core.organisationRecords(), core.history(), core.actor())));
    }

    private Organisation takeawayWithAVisit(String name) {
        Organisation takeaway =
                crm.as(ADMIN, s -> s.organisations().create(Crm.organisation(name, "TAKEAWAY", "DN1 1AA"), true));
        crm.as(
                ADMIN,
                s -> s.engagements()
                        .log(
                                takeaway.getId(),
                                new EngagementDetails(
                                        LocalDate.of(2026, 5, 1),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(),
                                        "Visited " + name,
                                        null,
                                        List.of())));
        return takeaway;
    }

    private long moduleRowsNaming(String table, long organisationId) {
        return db.inTransaction(
                em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE organisation_id = ?1")
                                .setParameter(1, organisationId)
                                .getSingleResult())
                        .longValue());
    }

    private long moduleRowsNaming(long organisationId) {
        return MODULE_TABLES.stream()
                .mapToLong(table -> moduleRowsNaming(table, organisationId))
                .sum();
    }

    @Test
    void everyRecordOfTheRemovedTakeawayEndsOnTheSurvivorAndNothingIsLostOrLeftBehind() {
        Organisation survivor = takeawayWithAVisit("Chicken Cottage");
        Organisation removed = takeawayWithAVisit("Chicken Cottage (High St)");
        retail(r -> r.savePremises(survivor.getId(), null, null, false));
        retail(r -> r.savePremises(removed.getId(), null, 6, true));
        retail(r -> r.recordVisit(survivor.getId(), LocalDate.of(2026, 4, 10), "Police", "Leaflets"));
        retail(r -> r.recordVisit(removed.getId(), LocalDate.of(2026, 6, 10), "Council", "Posters"));
        retail(r -> r.recordVisit(removed.getId(), LocalDate.of(2026, 7, 10), "Council", null));
        retail(r -> r.recordConcerns(survivor.getId(), LocalDate.of(2026, 5, 20), 2));
        retail(r -> r.recordConcerns(removed.getId(), LocalDate.of(2026, 5, 21), 3));
        retail(r -> r.recordConcerns(removed.getId(), LocalDate.of(2026, 8, 1), 1));
        long coreBefore = crm.coreRowsNaming(survivor.getId()) + crm.coreRowsNaming(removed.getId());
        Organisation current = crm.as(ADMIN, s -> s.organisations().get(survivor.getId()));
        Organisation other = crm.as(ADMIN, s -> s.organisations().get(removed.getId()));

        crm.mergingWith(
                ADMIN,
                RetailModule.ID,
                em -> new PremisesFollowMergedOrganisation(new RetailRecords(em)),
                m -> m.mergeOrganisations(new OrganisationMerge(
                        current.getId(), current.getVersion(), other.getId(), other.getVersion(), Set.of())));

        assertThat(crm.coreRowsNaming(removed.getId()) + moduleRowsNaming(removed.getId()))
                .as("rows still naming the removed takeaway")
                .isZero();
        assertThat(crm.coreRowsNaming(survivor.getId())).isEqualTo(coreBefore - 1);
        assertThat(moduleRowsNaming("retail_awareness_visit", survivor.getId()))
                .as("every visit")
                .isEqualTo(3);
        assertThat(moduleRowsNaming("retail_premises", survivor.getId())).isEqualTo(1);
        List<HotspotConcerns> concerns = retail(r -> r.concernsAt(survivor.getId()));
        assertThat(concerns)
                .extracting(HotspotConcerns::getConcerns)
                .as("one row a quarter, the larger count where both recorded it")
                .containsExactlyInAnyOrder(3, 1);
        RetailPremises premises = retail(r -> r.premisesOf(survivor.getId())).orElseThrow();
        assertThat(premises.getStaffHeadcount()).isEqualTo(6);
        assertThat(premises.isHotspot()).isTrue();
    }
}
