package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.engagement.core.spi.MergedOrganisations;

/**
 * When an administrator merges two organisations, the retail records of the one removed follow the survivor: every
 * awareness visit moves; the premises details move when the survivor has none and otherwise fill its blanks (a
 * hotspot on either is a hotspot); hotspot concerns move, and where both recorded the same quarter the larger count
 * stays, since the two rows counted the same premises' concerns and adding them would count some twice.
 */
@ApplicationScoped
public class PremisesFollowMergedOrganisation implements MergedOrganisations {

    @PersistenceContext(unitName = RetailModule.ID)
    private EntityManager em;

    protected PremisesFollowMergedOrganisation() {}

    /** For use as a plain library, with the module's entity manager in the merge's transaction. */
    PremisesFollowMergedOrganisation(EntityManager em) {
        this.em = em;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        run("UPDATE retail_awareness_visit SET organisation_id = ?1 WHERE organisation_id = ?2", survivorId, removedId);
        mergePremises(survivorId, removedId);
        mergeConcerns(survivorId, removedId);
        var cache = em.getEntityManagerFactory().getCache();
        cache.evict(AwarenessVisit.class);
        cache.evict(RetailPremises.class);
        cache.evict(HotspotConcerns.class);
    }

    private void mergePremises(long survivorId, long removedId) {
        run(
                "UPDATE retail_premises SET staff_headcount = COALESCE(staff_headcount, (SELECT r.staff_headcount"
                        + " FROM retail_premises r WHERE r.organisation_id = ?2)), version = version + 1"
                        + " WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM retail_premises r WHERE r.organisation_id = ?2)",
                survivorId,
                removedId);
        run(
                "UPDATE retail_premises SET hotspot = TRUE WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM retail_premises r WHERE r.organisation_id = ?2 AND r.hotspot = TRUE)",
                survivorId,
                removedId);
        run(
                "DELETE FROM retail_premises WHERE organisation_id = ?2 AND EXISTS"
                        + " (SELECT 1 FROM retail_premises s WHERE s.organisation_id = ?1)",
                survivorId,
                removedId);
        run("UPDATE retail_premises SET organisation_id = ?1 WHERE organisation_id = ?2", survivorId, removedId);
    }

    private void mergeConcerns(long survivorId, long removedId) {
        String sameQuarter =
                " r.organisation_id = ?2 AND r.financial_year = s.financial_year AND r.quarter = s.quarter";
        run(
                "UPDATE retail_hotspot_concerns s SET concerns = (SELECT r.concerns FROM retail_hotspot_concerns r WHERE"
                        + sameQuarter + "), version = version + 1 WHERE s.organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM retail_hotspot_concerns r WHERE" + sameQuarter
                        + " AND r.concerns > s.concerns)",
                survivorId,
                removedId);
        run(
                "DELETE FROM retail_hotspot_concerns WHERE organisation_id = ?2 AND EXISTS (SELECT 1 FROM"
                        + " retail_hotspot_concerns s WHERE s.organisation_id = ?1 AND s.financial_year ="
                        + " retail_hotspot_concerns.financial_year AND s.quarter = retail_hotspot_concerns.quarter)",
                survivorId,
                removedId);
        run(
                "UPDATE retail_hotspot_concerns SET organisation_id = ?1 WHERE organisation_id = ?2",
                survivorId,
                removedId);
    }

    private void run(String sql, long survivorId, long removedId) {
        em.createNativeQuery(sql)
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
    }
}
