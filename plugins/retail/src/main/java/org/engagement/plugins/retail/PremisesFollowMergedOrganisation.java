package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.plugins.retail.persistence.RetailRecords;

/**
 * When an administrator merges two organisations, the retail records of the one removed follow the survivor: every
 * awareness visit moves; the premises details move when the survivor has none and otherwise fill its blanks (a
 * hotspot on either is a hotspot); hotspot concerns move, and where both recorded the same quarter the larger count
 * stays, since the two rows counted the same premises' concerns and adding them would count some twice.
 */
@ApplicationScoped
public class PremisesFollowMergedOrganisation implements MergedOrganisations {

    @Inject
    private RetailRecords records;

    protected PremisesFollowMergedOrganisation() {}

    /** For use as a plain library, with the module's records in the merge's transaction. */
    PremisesFollowMergedOrganisation(RetailRecords records) {
        this.records = records;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        records.moveToSurvivor(removedId, survivorId);
    }
}
