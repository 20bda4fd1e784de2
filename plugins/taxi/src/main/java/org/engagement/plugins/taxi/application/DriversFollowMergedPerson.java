package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.engagement.core.spi.MergedPeople;
import org.engagement.plugins.taxi.domain.Driver;

/**
 * When an administrator merges two people who are the same, the driver records of the one removed now name the
 * survivor, so no licence is left naming a person who no longer exists (and the core's delete of the one removed, which
 * asks {@link DriverPersonReferences}, finds nothing left).
 */
@ApplicationScoped
public class DriversFollowMergedPerson implements MergedPeople {

    @PersistenceContext(unitName = "taxi")
    private EntityManager em;

    protected DriversFollowMergedPerson() {}

    /** For use as a plain library, with the module's entity manager in the merge's transaction. */
    DriversFollowMergedPerson(EntityManager em) {
        this.em = em;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        em.createNativeQuery("UPDATE taxi_driver SET person_id = ?1 WHERE person_id = ?2")
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Driver.class);
    }
}
