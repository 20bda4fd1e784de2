package org.engagement.core.contact;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ids a person has had: when two people are merged the one removed lives on as the survivor (see
 * {@code person_merged}). Records that must never be rewritten, like the hash-chained access log and the change
 * history, keep the old id; whoever reads them for the survivor reads them for every id merged into it too.
 */
public final class MergedPersonIds {

    private MergedPersonIds() {}

    /** The person's own id and every id merged into it (a merge repoints older merges, so one level holds them all). */
    public static List<Long> of(EntityManager em, long personId) {
        List<Long> ids = new ArrayList<>();
        ids.add(personId);
        List<?> merged = em.createNativeQuery("SELECT old_id FROM person_merged WHERE into_id = ?1 ORDER BY old_id")
                .setParameter(1, personId)
                .getResultList();
        merged.forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    /** The person a removed id was merged into, if it was. */
    public static Optional<Long> mergedInto(EntityManager em, long removedId) {
        List<?> found = em.createNativeQuery("SELECT into_id FROM person_merged WHERE old_id = ?1")
                .setParameter(1, removedId)
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
