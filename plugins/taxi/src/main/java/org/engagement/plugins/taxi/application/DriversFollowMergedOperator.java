package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.plugins.taxi.domain.Driver;

/**
 * When an administrator merges two organisations, drivers whose operator was the one removed now work for the survivor,
 * so no driver is left naming an operator that no longer exists.
 */
@ApplicationScoped
public class DriversFollowMergedOperator implements MergedOrganisations {

    @PersistenceContext(unitName = "taxi")
    private EntityManager em;

    protected DriversFollowMergedOperator() {}

    /** For use as a plain library, with the module's entity manager in the merge's transaction. */
    DriversFollowMergedOperator(EntityManager em) {
        this.em = em;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        em.createNativeQuery("UPDATE taxi_driver SET operator_id = ?1 WHERE operator_id = ?2")
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Driver.class);
    }
}
