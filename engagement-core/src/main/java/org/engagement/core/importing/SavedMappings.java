package org.engagement.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.NotFoundException;

/**
 * Column mappings saved under a name for each kind of import ({@link SpreadsheetImport#kind()}), for the importers of
 * the partnership to reuse. Saving under a name already kept for that kind replaces its mapping; each save is in the
 * change history under the user's name.
 */
@ApplicationScoped
@Transactional
public class SavedMappings {

    public static final String RECORD_TYPE = "Import mapping";

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected SavedMappings() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public SavedMappings(EntityManager em, ChangeLog changeLog, Actor actor) {
        this.em = em;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /** The mappings kept for the kind of import, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SavedMapping> of(String kind) {
        requireImporter();
        return em.createNamedQuery("SavedMapping.findByKind", SavedMapping.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedMapping get(String kind, long id) {
        requireImporter();
        SavedMapping saved = em.find(SavedMapping.class, id);
        if (saved == null || !saved.getKind().equals(kind)) {
            throw new NotFoundException("Saved mapping", id);
        }
        return saved;
    }

    /** Keeps the mapping under the name, replacing the one of that name for the kind if there is one. */
    public SavedMapping save(String kind, String name, ColumnMapping mapping) {
        requireImporter();
        String kept = SavedMapping.validName(name);
        Optional<SavedMapping> existing = em.createNamedQuery("SavedMapping.findByKindAndName", SavedMapping.class)
                .setParameter("kind", kind)
                .setParameter("name", kept)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            SavedMapping saved = existing.get();
            Map<String, String> before = saved.snapshot();
            saved.change(mapping, actor.username());
            em.flush();
            changeLog.updated(
                    RECORD_TYPE, saved.getId(), "Import mapping " + kept + " changed", before, saved.snapshot());
            return saved;
        }
        SavedMapping saved = new SavedMapping(kind, kept, mapping, actor.username());
        em.persist(saved);
        em.flush();
        changeLog.created(RECORD_TYPE, saved.getId(), "Import mapping " + kept + " saved", saved.snapshot());
        return saved;
    }

    private void requireImporter() {
        if (!RoleSets.holds(actor, RoleSets.IMPORTERS)) {
            throw new AccessDeniedException("Only an administrator or a sector lead can use import mappings.");
        }
    }
}
