package org.engagement.core.contact;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The one query for the names of everyone under a restriction of processing, which every repository that masks them in
 * officers' free text asks (see {@code RestrictedNames}). It needs no signed-in actor, so the reminder letters, sent by
 * a timer, use it as the pages do; who may see the names is decided by the caller, never here.
 */
public final class RestrictedPersonNames {

    private RestrictedPersonNames() {}

    /**
     * The ends of a range every restriction's time lies in: read as a range, the person table's index on it finds the
     * few restricted people at once, where "is not null" scans every person (see changelog 021).
     */
    private static final Instant EARLIEST = Instant.parse("1900-01-02T00:00:00Z");

    private static final Instant LATEST = Instant.parse("8999-12-31T00:00:00Z");

    /** Everyone restricted now, id to name as held on their record (few: a restriction is rare and short). */
    public static Map<Long, String> byId(EntityManager em) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery(
                        "select p.id, p.name from Person p where p.restrictedAt between :earliest and :latest",
                        Object[].class)
                .setParameter("earliest", EARLIEST)
                .setParameter("latest", LATEST)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
