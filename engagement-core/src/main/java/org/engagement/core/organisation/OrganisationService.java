package org.engagement.core.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RestrictedNames;

/** The only way into organisations: find, create, change and delete them, within the actor's sectors. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    public static final String RECORD_TYPE = "Organisation";

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private OrganisationTypes types;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected OrganisationService() {}

    /** For use as a plain library. */
    public OrganisationService(
            OrganisationRepository organisations, OrganisationTypes types, ChangeLog changeLog, Actor actor) {
        this.organisations = organisations;
        this.types = types;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /**
     * Creates an organisation. One with the same name (ignoring case and spacing) and postcode is refused as a
     * likely duplicate unless {@code force} says the user has confirmed it is a different one.
     */
    public Organisation create(OrganisationDetails details, boolean force) {
        OrganisationType type = types.require(details.type());
        requireEditable(type.sector());
        Organisation organisation = new Organisation(details, type, parent(details.parentId()), actor.username());
        if (!force && organisation.getPostcode() != null) {
            organisations
                    .findByNameKeyAndPostcode(Organisation.nameKey(organisation.getName()), organisation.getPostcode())
                    .ifPresent(existing -> {
                        throw new LikelyDuplicateException(
                                existing.getName(), existing.getPostcode(), existing.getId());
                    });
        }
        organisations.add(organisation);
        organisations.flush();
        changeLog.created(
                RECORD_TYPE,
                organisation.getId(),
                "Organisation " + organisation.getName() + " created",
                organisation.snapshot());
        return organisation;
    }

    /**
     * Creates many organisations at once (a module's import naming organisations not on file yet), each checked as
     * {@link #create} checks it but without the likely-duplicate check (the caller has matched the names): saved
     * together, each with its own history entry.
     */
    public List<Organisation> createAll(List<OrganisationDetails> details) {
        List<Organisation> created = new ArrayList<>();
        for (OrganisationDetails organisation : details) {
            OrganisationType type = types.require(organisation.type());
            requireEditable(type.sector());
            created.add(new Organisation(organisation, type, parent(organisation.parentId()), actor.username()));
        }
        created.forEach(organisations::add);
        organisations.flush();
        changeLog.createdAll(
                RECORD_TYPE,
                created.stream()
                        .map(organisation -> new ChangeLog.Created(
                                organisation.getId(),
                                "Organisation " + organisation.getName() + " created",
                                organisation.snapshot()))
                        .toList());
        return created;
    }

    /**
     * Changes an organisation. Notes naming a restricted person were shown to the actor masked: sent back unchanged they
     * keep the stored text; changed, they are refused (see {@link RestrictedNames#kept}).
     */
    public Organisation update(long id, long expectedVersion, OrganisationDetails details) {
        Organisation organisation = editable(id, expectedVersion);
        OrganisationType type = types.require(details.type());
        requireEditable(type.sector());
        Map<String, String> before = organisation.snapshot();
        organisation.change(
                details.withNotes(restrictedNames().kept("notes", organisation.getNotes(), details.notes())),
                type,
                parent(details.parentId()),
                actor.username());
        saveNow(organisation);
        changeLog.updated(
                RECORD_TYPE,
                id,
                "Organisation " + organisation.getName() + " changed",
                before,
                organisation.snapshot());
        return organisation;
    }

    /** Administrators only. An organisation with branches, people, engagements or other records cannot be deleted. */
    public void delete(long id, long expectedVersion) {
        if (!OrganisationAccess.canDelete(actor)) {
            throw new AccessDeniedException(
                    "Only an administrator can delete an organisation. Set its status to Closed instead.");
        }
        Organisation organisation = editable(id, expectedVersion);
        if (organisations.countChildren(organisation) > 0) {
            throw new ConflictException(organisation.getName() + " has branches. Move or delete them first.");
        }
        Map<String, String> before = organisation.snapshot();
        organisations.remove(organisation);
        try {
            saveNow(organisation);
        } catch (PersistenceException stillReferenced) {
            // People, engagements or a sector module's records still point at it; the database refuses.
            throw new ConflictException(organisation.getName() + " still has people, engagements or other records. "
                    + "Set its status to Closed instead.");
        }
        changeLog.deleted(RECORD_TYPE, id, "Organisation " + organisation.getName() + " deleted", before);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<Organisation> search(OrganisationSearch search) {
        requireSearchAllowed(search);
        return organisations.search(search, OrganisationAccess.readable(actor));
    }

    /** One page of the organisations the actor may read that match, without counting them all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> list(OrganisationSearch search) {
        requireSearchAllowed(search);
        return organisations.list(search, OrganisationAccess.readable(actor));
    }

    /** How many organisations the actor may read match the search's filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(OrganisationSearch search) {
        requireSearchAllowed(search);
        return organisations.count(search, OrganisationAccess.readable(actor));
    }

    /** The organisation, if the actor may read it; one outside their sectors is reported as not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation get(long id) {
        requireAnyAccess();
        return organisations
                .findById(id)
                .filter(o -> OrganisationAccess.canRead(actor, o.getSector()))
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
    }

    /**
     * The organisation as the actor may see it on a page, in the API or an export: restricted people's names masked in
     * its notes for everyone but the data protection officer. For showing only: {@link #get} is the one to link other
     * records to (a masked organisation is a detached copy).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Organisation shown(Organisation organisation) {
        return organisation.shownWith(restrictedNames()::mask);
    }

    /** {@link #shown} for a list, asking the restricted names once. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organisation> shown(List<Organisation> list) {
        RestrictedNames names = restrictedNames();
        return list.stream().map(o -> o.shownWith(names::mask)).toList();
    }

    private RestrictedNames restrictedNames() {
        return RestrictedNames.forReader(actor, organisations::restrictedNames);
    }

    /** The organisation, if the actor may change it and what it changes its people and engagements. */
    public Organisation getEditable(long id) {
        Organisation organisation = get(id);
        requireEditable(organisation.getSector());
        return organisation;
    }

    public boolean canEdit(Organisation organisation) {
        return OrganisationAccess.canEdit(actor, organisation.getSector());
    }

    public boolean canDelete() {
        return OrganisationAccess.canDelete(actor);
    }

    public List<OrganisationType> types() {
        return types.all();
    }

    /** The types whose organisations the actor may create. */
    public List<OrganisationType> creatableTypes() {
        return types.all().stream()
                .filter(t -> OrganisationAccess.canEdit(actor, t.sector()))
                .toList();
    }

    public String typeLabel(String code) {
        return types.label(code);
    }

    private Organisation editable(long id, long expectedVersion) {
        Organisation organisation = getEditable(id);
        if (organisation.getVersion() != expectedVersion) {
            throw stale(organisation);
        }
        return organisation;
    }

    private Organisation parent(Long parentId) {
        return parentId == null ? null : get(parentId);
    }

    /** Flushes so a save racing with another one fails here, with a message the user can act on. */
    private void saveNow(Organisation organisation) {
        try {
            organisations.flush();
        } catch (OptimisticLockException race) {
            throw stale(organisation);
        }
    }

    private static StaleRecordException stale(Organisation organisation) {
        return new StaleRecordException(
                "The organisation " + organisation.getName(), organisation.getUpdatedBy(), organisation.getUpdatedAt());
    }

    private void requireEditable(Sector sector) {
        if (!OrganisationAccess.canEdit(actor, sector)) {
            throw new AccessDeniedException("Your roles do not allow you to change "
                    + sector.label().toLowerCase() + " organisations, their people or engagements.");
        }
    }

    private void requireSearchAllowed(OrganisationSearch search) {
        requireAnyAccess();
        // Training levels are training figures, which licensing officers do not read (the training service's rule).
        boolean byTraining =
                search.trainingLevel() != null && !search.trainingLevel().isBlank();
        if (byTraining && !RoleSets.holds(actor, RoleSets.TRAINING_READERS)) {
            throw new AccessDeniedException("Your roles do not allow filtering organisations by training level.");
        }
    }

    private void requireAnyAccess() {
        if (OrganisationAccess.readable(actor).isEmpty()) {
            throw new AccessDeniedException("Your roles do not give access to organisations.");
        }
    }
}
