package org.engagement.plugins.housing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.engagement.core.spi.MergedOrganisations;

/**
 * When an administrator merges two organisations, the landlord details of the one removed move to the survivor when it
 * has none, and otherwise fill the survivor's blank fields (a landlord has one profile; the survivor's answers win), so
 * nothing names an organisation that no longer exists and nothing known is dropped.
 */
@ApplicationScoped
public class LandlordProfileFollowsMergedLandlord implements MergedOrganisations {

    @PersistenceContext(unitName = HousingModule.ID)
    private EntityManager em;

    protected LandlordProfileFollowsMergedLandlord() {}

    /** For use as a plain library, with the module's entity manager in the merge's transaction. */
    LandlordProfileFollowsMergedLandlord(EntityManager em) {
        this.em = em;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        run(
                "UPDATE housing_landlord_profile SET"
                        + " property_count = COALESCE(property_count, (SELECT r.property_count"
                        + " FROM housing_landlord_profile r WHERE r.organisation_id = ?2)),"
                        + " licensing_scheme = COALESCE(licensing_scheme, (SELECT r.licensing_scheme"
                        + " FROM housing_landlord_profile r WHERE r.organisation_id = ?2)),"
                        + " version = version + 1 WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM housing_landlord_profile r WHERE r.organisation_id = ?2)",
                survivorId,
                removedId);
        run(
                "DELETE FROM housing_landlord_profile WHERE organisation_id = ?2 AND EXISTS"
                        + " (SELECT 1 FROM housing_landlord_profile s WHERE s.organisation_id = ?1)",
                survivorId,
                removedId);
        run(
                "UPDATE housing_landlord_profile SET organisation_id = ?1 WHERE organisation_id = ?2",
                survivorId,
                removedId);
        em.getEntityManagerFactory().getCache().evict(LandlordProfile.class);
    }

    private void run(String sql, long survivorId, long removedId) {
        em.createNativeQuery(sql)
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
    }
}
