package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;

/**
 * The only way into the faith sector's records: a setting's faith profile, its engagement pathway (derived
 * from records by every {@link PathwayEvidence}), and the overview by community and step. Reading and
 * changing follow the core's rules for the organisation.
 */
@ApplicationScoped
@Transactional
public class FaithService {

    @PersistenceContext(unitName = FaithModule.ID)
    private EntityManager em;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    @Inject
    @Any
    private Instance<PathwayEvidence> evidence;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FaithProfile> profileOf(long organisationId) {
        organisations.get(organisationId);
        return Optional.ofNullable(em.find(FaithProfile.class, organisationId));
    }

    /** Records the setting's profile; {@code expectedVersion} is the version the user saw, null if none yet. */
    public FaithProfile save(long organisationId, Long expectedVersion, FaithProfileDetails details) {
        Organisation organisation = organisations.getEditable(organisationId);
        if (!FaithModule.TYPE_CODES.contains(organisation.getTypeCode())) {
            throw new InvalidInputException("faith", "Faith details are kept for places of worship and madrassas only.");
        }
        FaithProfile profile = em.find(FaithProfile.class, organisationId);
        if (profile == null ? expectedVersion != null : !Long.valueOf(profile.getVersion()).equals(expectedVersion)) {
            throw new StaleRecordException("The faith details", profile == null ? null : profile.getUpdatedBy(),
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
        changeLog.updated(OrganisationService.RECORD_TYPE, organisationId, "Faith details changed", before, profile.snapshot());
        return profile;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Pathway pathwayOf(long organisationId) {
        organisations.get(organisationId);
        return pathway(organisationId, em.find(FaithProfile.class, organisationId));
    }

    private Pathway pathway(long organisationId, FaithProfile profile) {
        Map<PathwayStep, LocalDate> reached = new EnumMap<>(PathwayStep.class);
        for (PathwayEvidence source : evidence) {
            source.reached(organisationId, profile).forEach((step, on) -> reached.merge(step, on, (a, b) -> a.isBefore(b) ? a : b));
        }
        return Pathway.of(reached);
    }

    /** Every faith setting the actor may read, with its community and pathway, by community then name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverviewRow> overview() {
        if (actor.roles().stream().noneMatch(FaithModule.READERS::contains)) {
            throw new AccessDeniedException("Your role does not include the faith sector's overview.");
        }
        List<Organisation> settings = faithOrganisations();
        Map<Long, FaithProfile> profiles = settings.isEmpty() ? Map.of()
                : em.createNamedQuery("FaithProfile.byOrganisations", FaithProfile.class)
                        .setParameter("ids", settings.stream().map(Organisation::getId).toList()).getResultList().stream()
                        .collect(Collectors.toMap(FaithProfile::getOrganisationId, Function.identity()));
        List<OverviewRow> rows = new ArrayList<>();
        for (Organisation o : settings) {
            FaithProfile profile = profiles.get(o.getId());
            rows.add(new OverviewRow(o.getId(), o.getName(), organisations.typeLabel(o.getTypeCode()),
                    profile == null || profile.getCommunity() == null ? "Not recorded" : profile.getCommunity(),
                    profile == null || profile.getLanguages() == null ? "" : profile.getLanguages(),
                    pathway(o.getId(), profile)));
        }
        rows.sort(java.util.Comparator.comparing(OverviewRow::community).thenComparing(OverviewRow::name));
        return rows;
    }

    private List<Organisation> faithOrganisations() {
        List<Organisation> all = new ArrayList<>();
        int first = 0;
        while (true) {
            var page = organisations.search(new OrganisationSearch(null, null, null, Sector.FAITH, null, null, null, "name", false,
                    first, OrganisationSearch.MAX_PAGE));
            all.addAll(page.items());
            first += OrganisationSearch.MAX_PAGE;
            if (first >= page.total()) {
                return all.stream().filter(o -> FaithModule.TYPE_CODES.contains(o.getTypeCode())).toList();
            }
        }
    }

    /** One setting in the overview. */
    public record OverviewRow(long organisationId, String name, String type, String community, String languages, Pathway pathway)
            implements java.io.Serializable {

        public String step() {
            return pathway.currentLabel();
        }
    }
}
