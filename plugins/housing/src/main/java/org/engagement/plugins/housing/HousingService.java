package org.engagement.plugins.housing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.RecordHistory;
import org.engagement.plugins.housing.persistence.LandlordProfiles;

/**
 * The only way into the housing records. Who may read or change a landlord's details is the core's rule for
 * the organisation (its sector), so this service asks {@link OrganisationRecords} first.
 */
@ApplicationScoped
@Transactional
public class HousingService {

    @Inject
    private LandlordProfiles profiles;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private RecordHistory history;

    @Inject
    private Actor actor;

    protected HousingService() {}

    /** Outside a container (the module's persistence test): the same service, wired by hand. */
    HousingService(LandlordProfiles profiles, OrganisationRecords organisations, RecordHistory history, Actor actor) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.history = history;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LandlordProfile> profileOf(long organisationId) {
        organisations.get(organisationId);
        return profiles.of(organisationId);
    }

    /**
     * Records the landlord's details. {@code expectedVersion} is the version the user saw, null when there
     * were none yet. The change shows in the organisation's history.
     */
    public LandlordProfile save(
            long organisationId, Long expectedVersion, Integer propertyCount, String licensingScheme) {
        OrganisationRef organisation = organisations.getEditable(organisationId);
        if (!HousingModule.TYPES.contains(organisation.getTypeCode())) {
            throw new InvalidInputException(
                    "propertyCount", "Housing details are kept for landlords and letting agents only.");
        }
        LandlordProfile profile = profiles.of(organisationId).orElse(null);
        Map<String, String> before = profile == null ? Map.of() : profile.snapshot();
        if (profile == null && expectedVersion != null
                || profile != null && !Long.valueOf(profile.getVersion()).equals(expectedVersion)) {
            throw new StaleRecordException(
                    "The housing details",
                    profile == null ? null : profile.getUpdatedBy(),
                    profile == null ? null : profile.getUpdatedAt());
        }
        boolean isNew = profile == null;
        if (isNew) {
            profile = new LandlordProfile(organisationId);
        }
        profile.change(propertyCount, licensingScheme, actor.username());
        profiles.save(profile, isNew);
        history.updated(
                OrganisationRecords.RECORD_TYPE, organisationId, "Housing details changed", before, profile.snapshot());
        return profile;
    }

    /** Landlords and letting agents profiled, and the properties they let, by licensing scheme (none first). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchemeCount> bySchemeSummary() {
        if (actor.roles().stream().noneMatch(HousingModule.READERS::contains)) {
            throw new AccessDeniedException("Your role does not include the housing sector's figures.");
        }
        // The database sorts the landlords in no scheme (null) last; the page shows them first.
        return profiles.bySchemeSummary().stream()
                .sorted(Comparator.comparing(row -> !row.scheme().isEmpty()))
                .map(row -> row.scheme().isEmpty()
                        ? new SchemeCount("Not a member of a scheme", row.landlords(), row.properties())
                        : row)
                .toList();
    }
}
