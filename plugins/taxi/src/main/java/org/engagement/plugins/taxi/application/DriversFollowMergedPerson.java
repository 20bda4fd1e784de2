package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.engagement.core.spi.MergedPeople;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * When an administrator merges two people who are the same, the driver records of the one removed now name the
 * survivor, so no licence is left naming a person who no longer exists (and the core's delete of the one removed, which
 * asks {@link DriverPersonReferences}, finds nothing left).
 */
@ApplicationScoped
public class DriversFollowMergedPerson implements MergedPeople {

    @Inject
    private TaxiRepository repository;

    protected DriversFollowMergedPerson() {}

    /** For use as a plain library, on the module's entity manager in the merge's transaction. */
    DriversFollowMergedPerson(TaxiRepository repository) {
        this.repository = repository;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        repository.moveDriversToPerson(removedId, survivorId);
    }
}
