package org.engagement.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Map;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.shared.PageOf;

@ApplicationScoped
public class JpaSecurityEventRepository implements SecurityEventRepository {

    /** The columns a reader may sort by, so no other text reaches the query. */
    private static final Map<String, String> ORDER = Map.of(
            "occurredAt",
            "e.occurredAt",
            "type",
            "e.type",
            "username",
            "e.username",
            "actor",
            "e.actor",
            "clientAddress",
            "e.clientAddress");

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaSecurityEventRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaSecurityEventRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(SecurityEvent event) {
        em.persist(event);
    }

    @Override
    public PageOf<SecurityEvent> page(SecurityLogQuery query) {
        String where = where(query);
        String column = ORDER.getOrDefault(query.sortBy() == null ? "" : query.sortBy(), "e.occurredAt");
        String direction = query.descending() ? " desc" : " asc";
        TypedQuery<SecurityEvent> rows = em.createQuery(
                "select e from SecurityEvent e" + where + " order by " + column + direction + ", e.id" + direction,
                SecurityEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from SecurityEvent e" + where, Long.class);
        bind(rows, query);
        bind(count, query);
        return new PageOf<>(
                rows.setFirstResult(query.first()).setMaxResults(query.max()).getResultList(), count.getSingleResult());
    }

    private static String where(SecurityLogQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.type() != null) {
            where.append(" and e.type = :type");
        }
        if (query.search() != null) {
            where.append(" and (lower(e.username) like :words")
                    .append(LikePattern.ESCAPE_CLAUSE)
                    .append(" or lower(e.actor) like :words")
                    .append(LikePattern.ESCAPE_CLAUSE)
                    .append(" or e.clientAddress like :words")
                    .append(LikePattern.ESCAPE_CLAUSE)
                    .append(")");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> jpql, SecurityLogQuery query) {
        if (query.type() != null) {
            jpql.setParameter("type", query.type());
        }
        if (query.search() != null) {
            jpql.setParameter("words", LikePattern.contains(query.search().toLowerCase(Locale.ROOT)));
        }
    }
}
