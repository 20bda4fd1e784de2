package org.engagement.plugins.faith.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.NativeQueries;
import org.engagement.plugins.faith.FaithModule;
import org.engagement.plugins.faith.FaithProfile;
import org.engagement.plugins.faith.OverviewSearch;
import org.engagement.plugins.faith.Pathway;
import org.engagement.plugins.faith.PathwayStep;

/**
 * Where the faith sector's records are kept and read: the module's only class that reaches the database (the module
 * contract's rule, plugins/README.md). Profiles are the module's own table; pathways and the overview are derived by
 * {@link PathwayQuery} from the core's published views. {@code seesSafeguarding} and {@code seesTraining} say whether
 * the reader may see the steps that safeguarding and training records make.
 */
@ApplicationScoped
public class FaithRecords {

    /** The columns a merge fills from the removed setting's profile where the survivor's are blank. */
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

    protected FaithRecords() {}

    /** For use as a plain library, with the module's entity manager in the caller's transaction. */
    public FaithRecords(EntityManager em) {
        this.em = em;
    }

    /** One setting of the overview, its type as a code. */
    public record Setting(
            long organisationId, String name, String typeCode, String community, String languages, Pathway pathway) {}

    public Optional<FaithProfile> profile(long organisationId) {
        return Optional.ofNullable(em.find(FaithProfile.class, organisationId));
    }

    /** Saves a new profile, and writes every change now so that its version is the one the page shows next. */
    public void save(FaithProfile profile, boolean isNew) {
        if (isNew) {
            em.persist(profile);
        }
        em.flush();
    }

    /** The setting's pathway, empty when it is not a faith setting. */
    public Optional<Pathway> pathwayOf(long organisationId, boolean seesSafeguarding, boolean seesTraining) {
        List<Object[]> rows = NativeQueries.rows(
                query(PathwayQuery.settings(seesSafeguarding, seesTraining, true), List.of(organisationId)));
        return rows.stream().findFirst().map(PathwayQuery::pathway);
    }

    /** One page of the settings, filtered and sorted by the database, with how many match in all. */
    public PageOf<Setting> overview(OverviewSearch search, boolean seesSafeguarding, boolean seesTraining) {
        String settings = PathwayQuery.settings(seesSafeguarding, seesTraining, false);
        List<Object> parameters = new ArrayList<>();
        String where = search.where(parameters);
        long total = ((Number) query("SELECT COUNT(*) FROM (" + settings + ") x" + where, parameters)
                        .getSingleResult())
                .longValue();
        List<Object[]> page =
                NativeQueries.rows(query("SELECT * FROM (" + settings + ") x" + where + search.orderBy(), parameters)
                        .setFirstResult(search.first())
                        .setMaxResults(search.max()));
        return new PageOf<>(
                page.stream()
                        .map(row -> new Setting(
                                ((Number) row[0]).longValue(),
                                (String) row[1],
                                (String) row[2],
                                (String) row[3],
                                row[4] == null ? "" : (String) row[4],
                                PathwayQuery.pathway(row)))
                        .toList(),
                total);
    }

    /**
     * How many settings of each community (sorted) are at each step, counted by the database: index 0 counts those
     * with no contact yet, index {@code n} those whose current step is the n-th {@link PathwayStep}.
     */
    public Map<String, long[]> countsByCommunityAndStep(boolean seesSafeguarding, boolean seesTraining) {
        Map<String, long[]> counts = new TreeMap<>();
        for (Object[] row : NativeQueries.rows(query(
                "SELECT x.community, x.pathway_step, COUNT(*) FROM ("
                        + PathwayQuery.settings(seesSafeguarding, seesTraining, false) + ") x"
                        + " GROUP BY x.community, x.pathway_step",
                List.of()))) {
            counts.computeIfAbsent((String) row[0], c -> new long[PathwayStep.values().length + 1])[
                            ((Number) row[1]).intValue()] =
                    ((Number) row[2]).longValue();
        }
        return counts;
    }

    /**
     * The removed setting's profile moves to the survivor when it has none, and otherwise fills the survivor's blank
     * fields (the survivor's own answers win); then the removed one's is gone.
     */
    public void moveToSurvivor(long removedId, long survivorId) {
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
        // The statements went round the entity cache, which may still hold either profile as it was.
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

    private Query query(String sql, List<?> parameters) {
        return NativeQueries.bound(em, sql, parameters);
    }
}
