package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.engagement.core.spi.PersonReferences;
import org.engagement.plugins.taxi.TaxiModule;

/** A driver is a core person with a licence: the core must not delete the person while the driver record names them. */
@ApplicationScoped
class DriverPersonReferences implements PersonReferences {

    @PersistenceContext(unitName = TaxiModule.ID)
    private EntityManager em;

    @Override
    public List<String> describe(long personId) {
        List<String> licences = em.createQuery(
                        "SELECT d.licenceNumber FROM Driver d WHERE d.personId = :personId", String.class)
                .setParameter("personId", personId)
                .getResultList();
        return licences.isEmpty()
                ? List.of()
                : List.of("the taxi driver record for licence " + String.join(", ", licences));
    }
}
