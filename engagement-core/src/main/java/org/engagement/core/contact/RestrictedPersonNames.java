package org.engagement.core.contact;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The one query for the names of everyone under a restriction of processing, which every repository that masks them in
 * officers' free text asks (see {@code RestrictedNames}). It needs no signed-in actor, so the reminder letters, sent by
 * a timer, use it as the pages do; who may see the names is decided by the caller, never here.
 */
public final class RestrictedPersonNames {

    private RestrictedPersonNames() {}

    /** Everyone restricted now, id to name as held on their record (few: a restriction is rare and short). */
    public static Map<Long, String> byId(EntityManager em) {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select p.id, p.name from Person p where p.restrictedAt is not null", Object[].class)
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }
}
