package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.access.RoleSets;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.RecordHistory;
import org.engagement.plugins.faith.persistence.FaithRecords;

/**
 * The only way into the faith sector's records: a setting's faith profile, its engagement pathway (derived
 * from the records by the database, see {@link FaithRecords}), and the overview by community and step. Reading and
 * changing follow the core's rules for the organisation.
 */
@ApplicationScoped
@Transactional
public class FaithService {

    @Inject
    private FaithRecords records;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private RecordHistory history;

    @Inject
    private Actor actor;

    protected FaithService() {}

    /** For use as a plain library. */
    public FaithService(FaithRecords records, OrganisationRecords organisations, RecordHistory history, Actor actor) {
        this.records = records;
        this.organisations = organisations;
        this.history = history;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FaithProfile> profileOf(long organisationId) {
        organisations.get(organisationId);
        return records.profile(organisationId);
    }

    /** Records the setting's profile; {@code expectedVersion} is the version the user saw, null if none yet. */
    public FaithProfile save(long organisationId, Long expectedVersion, FaithProfileDetails details) {
        OrganisationRef organisation = organisations.getEditable(organisationId);
        if (!FaithModule.TYPE_CODES.contains(organisation.getTypeCode())) {
            throw new InvalidInputException(
                    "faith", "Faith details are kept for places of worship and madrassas only.");
        }
        FaithProfile profile = records.profile(organisationId).orElse(null);
        if (profile == null
                ? expectedVersion != null
                : !Long.valueOf(profile.getVersion()).equals(expectedVersion)) {
            throw new StaleRecordException(
                    "The faith details",
                    profile == null ? null : profile.getUpdatedBy(),
                    profile == null ? null : profile.getUpdatedAt());
        }
        Map<String, String> before = profile == null ? Map.of() : profile.snapshot();
        boolean isNew = profile == null;
        if (isNew) {
            profile = new FaithProfile(organisationId);
        }
        profile.change(details, actor.username());
        records.save(profile, isNew);
        history.updated(
                OrganisationRecords.RECORD_TYPE, organisationId, "Faith details changed", before, profile.snapshot());
        return profile;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Pathway pathwayOf(long organisationId) {
        organisations.get(organisationId);
        return records.pathwayOf(organisationId, seesSafeguarding(), seesTraining())
                .orElse(Pathway.of(Map.of()));
    }

    /** One page of the faith settings, filtered and sorted by the database, with how many match in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<OverviewRow> overview(OverviewSearch search) {
        requireReader();
        PageOf<FaithRecords.Setting> page = records.overview(search, seesSafeguarding(), seesTraining());
        return new PageOf<>(page.items().stream().map(this::overviewRow).toList(), page.total());
    }

    /** How many settings of each community have reached each step, counted by the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommunityRow> byCommunity() {
        requireReader();
        List<CommunityRow> result = new ArrayList<>();
        records.countsByCommunityAndStep(seesSafeguarding(), seesTraining())
                .forEach((community, perStep) -> result.add(new CommunityRow(
                        community, Arrays.stream(perStep).boxed().toList())));
        return result;
    }

    private boolean seesSafeguarding() {
        return RoleSets.holds(actor, RoleSets.AUDIT_READERS);
    }

    private boolean seesTraining() {
        return RoleSets.holds(actor, RoleSets.TRAINING_READERS);
    }

    private OverviewRow overviewRow(FaithRecords.Setting setting) {
        return new OverviewRow(
                setting.organisationId(),
                setting.name(),
                organisations.typeLabel(setting.typeCode()),
                setting.community(),
                setting.languages(),
                setting.pathway());
    }

    private void requireReader() {
        if (actor.roles().stream().noneMatch(FaithModule.READERS::contains)) {
            throw new AccessDeniedException("Your role does not include the faith sector's overview.");
        }
    }

    /** One setting in the overview. */
    public record OverviewRow(
            long organisationId, String name, String type, String community, String languages, Pathway pathway)
            implements Serializable {

        public String step() {
            return pathway.currentLabel();
        }
    }

    /** How many settings of one community are at each step (first: no contact yet). */
    public record CommunityRow(String community, List<Long> counts) implements Serializable {

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }
}
