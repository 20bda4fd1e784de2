package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.engagement.core.spi.MergedOrganisations;

/**
 * When an administrator merges two organisations, the faith details of the one removed are not lost: they move to the
 * survivor when it has none, and otherwise fill the survivor's blank fields (the survivor's own answers win, as a
 * setting has one profile). The removed one's profile is then gone, so nothing names an organisation that no longer
 * exists.
 */
@ApplicationScoped
public class FaithProfileFollowsMergedSetting implements MergedOrganisations {

    private static final String[] FIELDS = {
        "faith",
        "tradition",
        "community",
        "languages",
        "congregation_size",
        "delivery_preferences",
        "agreement_engagement_id"
    };

    @PersistenceContext(unitName = FaithModule.ID)
    private EntityManager em;

    protected FaithProfileFollowsMergedSetting() {}

    /** For use as a plain library, with the module's entity manager in the merge's transaction. */
    FaithProfileFollowsMergedSetting(EntityManager em) {
        this.em = em;
    }

    @Override
    public void merged(long removedId, long survivorId) {
        run(
                "UPDATE faith_profile SET " + fillBlanks()
                        + "version = version + 1 WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM faith_profile r WHERE r.organisation_id = ?2)",
                survivorId,
                removedId);
        run(
                "UPDATE faith_profile SET runs_childrens_classes = TRUE WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM faith_profile r WHERE r.organisation_id = ?2 AND r.runs_childrens_classes = TRUE)",
                survivorId,
                removedId);
        run(
                "DELETE FROM faith_profile WHERE organisation_id = ?2 AND EXISTS"
                        + " (SELECT 1 FROM faith_profile s WHERE s.organisation_id = ?1)",
                survivorId,
                removedId);
        run("UPDATE faith_profile SET organisation_id = ?1 WHERE organisation_id = ?2", survivorId, removedId);
        em.getEntityManagerFactory().getCache().evict(FaithProfile.class);
    }

    private static String fillBlanks() {
        StringBuilder set = new StringBuilder();
        for (String column : FIELDS) {
            set.append(column)
                    .append(" = COALESCE(")
                    .append(column)
                    .append(", (SELECT r.")
                    .append(column)
                    .append(" FROM faith_profile r WHERE r.organisation_id = ?2)), ");
        }
        return set.toString();
    }

    private void run(String sql, long survivorId, long removedId) {
        em.createNativeQuery(sql)
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
    }
}
