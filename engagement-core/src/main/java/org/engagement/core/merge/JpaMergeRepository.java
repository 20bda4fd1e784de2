package org.engagement.core.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.training.TrainingSession;

@ApplicationScoped
public class JpaMergeRepository implements MergeRepository {

    /**
     * Same normalised name in the same postcode district (the outward code, before the space), or the same email or
     * phone. Written in JPQL so each database gets its own spelling of LOCATE and SUBSTRING.
     */
    private static final String PAIRS = " FROM Organisation a, Organisation b WHERE a.id < b.id AND ("
            + "(a.nameKey = b.nameKey AND SUBSTRING(a.postcode, 1, LOCATE(' ', a.postcode))"
            + " = SUBSTRING(b.postcode, 1, LOCATE(' ', b.postcode)))"
            + " OR LOWER(a.email) = LOWER(b.email) OR a.phone = b.phone)";

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaMergeRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaMergeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PossibleDuplicate> possibleDuplicates(String search, int first, int size) {
        return searched(
                        em.createQuery(
                                "SELECT a.id, a.name, a.postcode, b.id, b.name, b.postcode, a.nameKey, b.nameKey,"
                                        + " a.email, b.email, a.phone, b.phone" + PAIRS + matching(search)
                                        + " ORDER BY a.nameKey, a.id, b.id",
                                Object[].class),
                        search)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(r -> new PossibleDuplicate(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (Long) r[3],
                        (String) r[4],
                        (String) r[5],
                        reason(r)))
                .toList();
    }

    private static String reason(Object[] r) {
        if (r[8] != null && ((String) r[8]).equalsIgnoreCase((String) r[9])) {
            return "Same email";
        }
        if (r[10] != null && r[10].equals(r[11])) {
            return "Same phone";
        }
        return "Same name in the same postcode district";
    }

    @Override
    public long countPossibleDuplicates(String search) {
        return searched(em.createQuery("SELECT COUNT(a)" + PAIRS + matching(search), Long.class), search)
                .getSingleResult();
    }

    /** Either organisation's name or postcode contains the text, whatever its case. */
    private static String matching(String search) {
        return blank(search)
                ? ""
                : " AND (LOWER(a.name) LIKE :text OR LOWER(b.name) LIKE :text OR LOWER(a.postcode) LIKE :text"
                        + " OR LOWER(b.postcode) LIKE :text)";
    }

    private static <Q extends jakarta.persistence.Query> Q searched(Q query, String search) {
        if (!blank(search)) {
            query.setParameter("text", "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return query;
    }

    private static boolean blank(String search) {
        return search == null || search.isBlank();
    }

    @Override
    public Map<String, Integer> repoint(long fromId, long toId) {
        Map<String, Integer> moved = new LinkedHashMap<>();
        moved.put(
                "people's roles",
                update("UPDATE Affiliation x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put(
                "engagements",
                update("UPDATE Engagement x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put(
                "audits", update("UPDATE Audit x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put(
                "agreement parties",
                update("UPDATE Party x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId));
        moved.put("branches", update("UPDATE Organisation x SET x.parent = :to WHERE x.parent = :from", fromId, toId));
        moved.put(
                "reminders",
                em.createQuery("UPDATE Notification x SET x.organisationId = :to WHERE x.organisationId = :from")
                        .setParameter("from", fromId)
                        .setParameter("to", toId)
                        .executeUpdate());
        moved.put("safeguarding profile", moveProfile(fromId, toId));
        moved.put("training sessions", moveSessionHosts(fromId, toId));
        return moved;
    }

    private int update(String jpql, long fromId, long toId) {
        return em.createQuery(jpql)
                .setParameter("from", em.getReference(Organisation.class, fromId))
                .setParameter("to", em.getReference(Organisation.class, toId))
                .executeUpdate();
    }

    /** One profile per organisation: the survivor's stays; the other moves only when the survivor has none. */
    private int moveProfile(long fromId, long toId) {
        long survivorHas = em.createQuery(
                        "SELECT COUNT(p) FROM SafeguardingProfile p WHERE p.organisation.id = :to", Long.class)
                .setParameter("to", toId)
                .getSingleResult();
        if (survivorHas > 0) {
            em.createQuery("DELETE FROM SafeguardingProfile p WHERE p.organisation = :from")
                    .setParameter("from", em.getReference(Organisation.class, fromId))
                    .executeUpdate();
            return 0;
        }
        return update(
                "UPDATE SafeguardingProfile x SET x.organisation = :to WHERE x.organisation = :from", fromId, toId);
    }

    /** A session both hosted keeps one row; the cached sessions are dropped, since JPQL cannot reach a join table. */
    private int moveSessionHosts(long fromId, long toId) {
        em.createNativeQuery("DELETE FROM training_session_organisation WHERE organisation_id = ?1 AND session_id IN"
                        + " (SELECT session_id FROM training_session_organisation WHERE organisation_id = ?2)")
                .setParameter(1, fromId)
                .setParameter(2, toId)
                .executeUpdate();
        int moved = em.createNativeQuery(
                        "UPDATE training_session_organisation SET organisation_id = ?1 WHERE organisation_id = ?2")
                .setParameter(1, toId)
                .setParameter(2, fromId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(TrainingSession.class);
        return moved;
    }

    @Override
    public List<String> agreementsNamingBoth(long firstId, long secondId) {
        return em.createQuery(
                        "SELECT DISTINCT a.agreement.title FROM Party a, Party b WHERE a.agreement = b.agreement"
                                + " AND a.organisation.id = :first AND b.organisation.id = :second",
                        String.class)
                .setParameter("first", firstId)
                .setParameter("second", secondId)
                .getResultList();
    }

    @Override
    public void redirect(long removedId, long survivorId, String by) {
        em.createNativeQuery("UPDATE organisation_merged SET into_id = ?1 WHERE into_id = ?2")
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
        em.createNativeQuery(
                        "INSERT INTO organisation_merged (old_id, into_id, merged_at, merged_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, removedId)
                .setParameter(2, survivorId)
                .setParameter(3, java.sql.Timestamp.from(Instant.now()))
                .setParameter(4, by)
                .executeUpdate();
    }

    @Override
    public Optional<Long> mergedInto(long removedId) {
        List<?> found = em.createNativeQuery("SELECT into_id FROM organisation_merged WHERE old_id = ?1")
                .setParameter(1, removedId)
                .getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }
}
