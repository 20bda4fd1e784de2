package org.engagement.plugins.housing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.plugins.housing.persistence.LandlordProfiles;

/**
 * When an administrator merges two organisations, the landlord details of the one removed move to the survivor when it
 * has none, and otherwise fill the survivor's blank fields (a landlord has one profile; the survivor's answers win), so
 * nothing names an organisation that no longer exists and nothing known is dropped.
 */
@ApplicationScoped
public class LandlordProfileFollowsMergedLandlord implements MergedOrganisations {

    @Inject
    private LandlordProfiles profiles;

    protected LandlordProfileFollowsMergedLandlord() {}

    /** For use as a plain library, with the module's profiles in the merge's transaction. */
    LandlordProfileFollowsMergedLandlord(LandlordProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        profiles.moveToSurvivor(removedId, survivorId);
    }
}
