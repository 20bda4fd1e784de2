package org.engagement.core.testing.persistence;

import jakarta.persistence.EntityManager;

/** Stands in for a module's repository, in its persistence package: the one place that may query (ModuleContractTest). */
public class Repository {

    EntityManager em;

    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organisation o", Long.class).getSingleResult();
    }
}
