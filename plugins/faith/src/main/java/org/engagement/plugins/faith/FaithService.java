package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagement.core.access.RoleSets;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.NativeQueries;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.RecordHistory;

/**
 * The only way into the faith sector's records: a setting's faith profile, its engagement pathway (derived
 * from the records by {@link PathwayQuery}), and the overview by community and step. Reading and
 * changing follow the core's rules for the organisation.
 */
@ApplicationScoped
@Transactional
public class FaithService {

    static final String NOT_RECORDED = "Not recorded";

    @PersistenceContext(unitName = FaithModule.ID)
    private EntityManager em;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private RecordHistory history;

    @Inject
    private Actor actor;

    protected FaithService() {}

    /** For use as a plain library. */
    public FaithService(EntityManager em, OrganisationRecords organisations, RecordHistory history, Actor actor) {
        this.em = em;
        this.organisations = organisations;
        this.history = history;
        this.actor = actor;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FaithProfile> profileOf(long organisationId) {
        organisations.get(organisationId);
        return Optional.ofNullable(em.find(FaithProfile.class, organisationId));
    }

    /** Records the setting's profile; {@code expectedVersion} is the version the user saw, null if none yet. */
    public FaithProfile save(long organisationId, Long expectedVersion, FaithProfileDetails details) {
        OrganisationRef organisation = organisations.getEditable(organisationId);
        if (!FaithModule.TYPE_CODES.contains(organisation.getTypeCode())) {
            throw new InvalidInputException(
                    "faith", "Faith details are kept for places of worship and madrassas only.");
        }
        FaithProfile profile = em.find(FaithProfile.class, organisationId);
        if (profile == null
                ? expectedVersion != null
                : !Long.valueOf(profile.getVersion()).equals(expectedVersion)) {
            throw new StaleRecordException(
                    "The faith details",
                    profile == null ? null : profile.getUpdatedBy(),
                    profile == null ? null : profile.getUpdatedAt());
        }
        Map<String, String> before = profile == null ? Map.of() : profile.snapshot();
        if (profile == null) {
            profile = new FaithProfile(organisationId);
            profile.change(details, actor.username());
            em.persist(profile);
        } else {
            profile.change(details, actor.username());
        }
        em.flush();
        history.updated(
                OrganisationRecords.RECORD_TYPE, organisationId, "Faith details changed", before, profile.snapshot());
        return profile;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Pathway pathwayOf(long organisationId) {
        organisations.get(organisationId);
        List<Object[]> rows = NativeQueries.rows(query(
                PathwayQuery.settings(
                        RoleSets.holds(actor, RoleSets.AUDIT_READERS),
                        RoleSets.holds(actor, RoleSets.TRAINING_READERS),
                        true),
                List.of(organisationId)));
        return rows.isEmpty() ? Pathway.of(Map.of()) : PathwayQuery.pathway(rows.get(0));
    }

    /** One page of the faith settings, filtered and sorted by the database, with how many match in all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<OverviewRow> overview(OverviewSearch search) {
        requireReader();
        List<Object> parameters = new ArrayList<>();
        String where = search.where(parameters);
        long total = ((Number) query("SELECT COUNT(*) FROM (" + settings() + ") x" + where, parameters)
                        .getSingleResult())
                .longValue();
        List<Object[]> page =
                NativeQueries.rows(query("SELECT * FROM (" + settings() + ") x" + where + search.orderBy(), parameters)
                        .setFirstResult(search.first())
                        .setMaxResults(search.max()));
        return new PageOf<>(page.stream().map(this::overviewRow).toList(), total);
    }

    /** How many settings of each community have reached each step, counted by the database. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CommunityRow> byCommunity() {
        requireReader();
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : NativeQueries.rows(query(
                "SELECT x.community, x.pathway_step, COUNT(*) FROM (" + settings() + ") x"
                        + " GROUP BY x.community, x.pathway_step",
                List.of()))) {
            counts.computeIfAbsent((String) row[0], c -> new long[PathwayStep.values().length + 1])[
                            ((Number) row[1]).intValue()] =
                    ((Number) row[2]).longValue();
        }
        List<CommunityRow> result = new ArrayList<>();
        counts.forEach((community, perStep) -> result.add(
                new CommunityRow(community, Arrays.stream(perStep).boxed().toList())));
        return result;
    }

    private String settings() {
        return PathwayQuery.settings(
                RoleSets.holds(actor, RoleSets.AUDIT_READERS), RoleSets.holds(actor, RoleSets.TRAINING_READERS), false);
    }

    private Query query(String sql, List<?> parameters) {
        return NativeQueries.bound(em, sql, parameters);
    }

    private OverviewRow overviewRow(Object[] row) {
        return new OverviewRow(
                ((Number) row[0]).longValue(),
                (String) row[1],
                organisations.typeLabel((String) row[2]),
                (String) row[3],
                row[4] == null ? "" : (String) row[4],
                PathwayQuery.pathway(row));
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
