package org.engagement.plugins.housing.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.engagement.plugins.housing.HousingModule;
import org.engagement.plugins.housing.LandlordProfile;
import org.engagement.plugins.housing.SchemeCount;

/**
 * Where landlords' profiles are kept: the module's only class that reaches the database (the module contract's rule,
 * plugins/README.md), through the module's own persistence unit and its own table.
 */
@ApplicationScoped
public class LandlordProfiles {

    @PersistenceContext(unitName = HousingModule.ID)
    private EntityManager em;

    protected LandlordProfiles() {}

    /** For use as a plain library, with the module's entity manager in the caller's transaction. */
    public LandlordProfiles(EntityManager em) {
        this.em = em;
    }

    public Optional<LandlordProfile> of(long organisationId) {
        return Optional.ofNullable(em.find(LandlordProfile.class, organisationId));
    }

    /** Saves a new profile, and writes every change now so that its version is the one the page shows next. */
    public void save(LandlordProfile profile, boolean isNew) {
        if (isNew) {
            em.persist(profile);
        }
        em.flush();
    }

    /** Landlords and properties by licensing scheme; the scheme is empty for those in none. */
    public List<SchemeCount> bySchemeSummary() {
        return em.createNamedQuery("LandlordProfile.bySchemeSummary", Object[].class).getResultList().stream()
                .map(row ->
                        new SchemeCount((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /**
     * The removed organisation's profile moves to the survivor when it has none, and otherwise fills the survivor's
     * blank fields (the survivor's answers win); then the removed one's is gone.
     */
    public void moveToSurvivor(long removedId, long survivorId) {
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
        // The statements went round the entity cache, which may still hold either profile as it was.
        em.getEntityManagerFactory().getCache().evict(LandlordProfile.class);
    }

    private void run(String sql, long survivorId, long removedId) {
        em.createNativeQuery(sql)
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
    }
}
