package org.engagement.core.spi;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/**
 * Native SQL for sector modules that sum or derive figures over the core's tables in one statement (the faith
 * pathway, the retail coverage), where JPQL cannot reach across persistence units.
 */
public final class NativeQueries {

    private NativeQueries() {}

    /** The query with its positional parameters bound in the order given. */
    public static Query bound(EntityManager em, String sql, List<?> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** The rows of a query that selects several columns. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
