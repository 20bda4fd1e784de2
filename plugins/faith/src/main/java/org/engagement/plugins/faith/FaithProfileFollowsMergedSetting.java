package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.plugins.faith.persistence.FaithRecords;

/**
 * When an administrator merges two organisations, the faith details of the one removed are not lost: they move to the
 * survivor when it has none, and otherwise fill the survivor's blank fields (the survivor's own answers win, as a
 * setting has one profile). The removed one's profile is then gone, so nothing names an organisation that no longer
 * exists.
 */
@ApplicationScoped
public class FaithProfileFollowsMergedSetting implements MergedOrganisations {

    @Inject
    private FaithRecords records;

    protected FaithProfileFollowsMergedSetting() {}

    /** For use as a plain library, with the module's records in the merge's transaction. */
    FaithProfileFollowsMergedSetting(FaithRecords records) {
        this.records = records;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        records.moveToSurvivor(removedId, survivorId);
    }
}
