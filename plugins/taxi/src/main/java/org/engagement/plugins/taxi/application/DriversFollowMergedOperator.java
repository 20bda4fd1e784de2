package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * When an administrator merges two organisations, drivers whose operator was the one removed now work for the survivor,
 * so no driver is left naming an operator that no longer exists.
 */
@ApplicationScoped
public class DriversFollowMergedOperator implements MergedOrganisations {

    @Inject
    private TaxiRepository repository;

    protected DriversFollowMergedOperator() {}

    /** For use as a plain library, on the module's entity manager in the merge's transaction. */
    DriversFollowMergedOperator(TaxiRepository repository) {
        this.repository = repository;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        repository.moveDrivers(removedId, survivorId);
    }
}
