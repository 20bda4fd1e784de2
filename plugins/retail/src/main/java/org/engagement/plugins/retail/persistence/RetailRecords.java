package org.engagement.plugins.retail.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.NativeQueries;
import org.engagement.plugins.retail.AwarenessVisit;
import org.engagement.plugins.retail.HotspotConcerns;
import org.engagement.plugins.retail.RetailModule;
import org.engagement.plugins.retail.RetailPremises;

/**
 * Where the retail sector's records are kept and read: the module's only class that reaches the database (the module
 * contract's rule, plugins/README.md). Premises, visits and concerns are the module's own tables; staff trained and
 * the coverage table are counted by {@link CoverageQuery} from the core's published views.
 */
@ApplicationScoped
public class RetailRecords {

    @PersistenceContext(unitName = RetailModule.ID)
    private EntityManager em;

    protected RetailRecords() {}

    /** For use as a plain library, with the module's entity manager in the caller's transaction. */
    public RetailRecords(EntityManager em) {
        this.em = em;
    }

    public Optional<RetailPremises> premises(long organisationId) {
        return Optional.ofNullable(em.find(RetailPremises.class, organisationId));
    }

    /** Saves a new record of the module's, or the changes to one it read, now (so its version and id are set). */
    public void save(Object record, boolean isNew) {
        if (isNew) {
            em.persist(record);
        }
        em.flush();
    }

    public List<AwarenessVisit> visitsTo(long organisationId) {
        return em.createNamedQuery("AwarenessVisit.byOrganisation", AwarenessVisit.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    public Optional<HotspotConcerns> concerns(long organisationId, FinancialQuarter quarter) {
        return em.createNamedQuery("HotspotConcerns.find", HotspotConcerns.class)
                .setParameter("organisationId", organisationId)
                .setParameter("year", quarter.startYear())
                .setParameter("quarter", quarter.number())
                .getResultStream()
                .findFirst();
    }

    public List<HotspotConcerns> concernsAt(long organisationId) {
        return em.createNamedQuery("HotspotConcerns.byOrganisation", HotspotConcerns.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    /** How many of the premises' staff are trained today (see {@link CoverageQuery}). */
    public long staffTrained(long organisationId) {
        CoverageQuery query = coverageQuery(true);
        return count(
                NativeQueries.bound(em, query.staffTrainedOfOneSql(), query.staffTrainedOfOneParameters(organisationId))
                        .getSingleResult());
    }

    /**
     * The coverage table's groups, summed by the database: type code, ward, premises, visited, with trained staff,
     * hotspots, staff, staff trained. Two statements (the courses' validities, then the sums), whatever the number
     * of premises.
     */
    public List<Object[]> coverageGroups(boolean seesTraining) {
        CoverageQuery query = coverageQuery(seesTraining);
        return NativeQueries.rows(NativeQueries.bound(em, query.coverageSql(), query.coverageParameters()));
    }

    private CoverageQuery coverageQuery(boolean seesTraining) {
        @SuppressWarnings("unchecked")
        List<Number> validities = em.createNativeQuery(CoverageQuery.VALIDITIES).getResultList();
        return new CoverageQuery(
                seesTraining,
                Dates.today(),
                validities.stream().map(Number::intValue).toList());
    }

    /** How many premises had an awareness visit in the period. */
    public long premisesVisited(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select count(distinct v.organisationId) from AwarenessVisit v where v.visitDate between :from and :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    /** The concerns reported in the quarters from {@code first} to {@code last}, both included. */
    public long concernsReported(FinancialQuarter first, FinancialQuarter last) {
        Long sum = em.createQuery(
                        "select sum(c.concerns) from HotspotConcerns c where c.year * 4 + c.quarter between :first and :last",
                        Long.class)
                .setParameter("first", index(first))
                .setParameter("last", index(last))
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    private static int index(FinancialQuarter q) {
        return q.startYear() * 4 + q.number();
    }

    /**
     * The removed organisation's visits and concerns move to the survivor, and its premises details fill the
     * survivor's blanks (a hotspot stays one; the higher count of a quarter's concerns wins).
     */
    public void moveToSurvivor(long removedId, long survivorId) {
        run("UPDATE retail_awareness_visit SET organisation_id = ?1 WHERE organisation_id = ?2", survivorId, removedId);
        movePremises(survivorId, removedId);
        moveConcerns(survivorId, removedId);
        // The statements went round the entity cache, which may still hold the rows as they were.
        var cache = em.getEntityManagerFactory().getCache();
        cache.evict(AwarenessVisit.class);
        cache.evict(RetailPremises.class);
        cache.evict(HotspotConcerns.class);
    }

    private void movePremises(long survivorId, long removedId) {
        run(
                "UPDATE retail_premises SET staff_headcount = COALESCE(staff_headcount, (SELECT r.staff_headcount"
                        + " FROM retail_premises r WHERE r.organisation_id = ?2)), version = version + 1"
                        + " WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM retail_premises r WHERE r.organisation_id = ?2)",
                survivorId,
                removedId);
        run(
                "UPDATE retail_premises SET hotspot = TRUE WHERE organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM retail_premises r WHERE r.organisation_id = ?2 AND r.hotspot = TRUE)",
                survivorId,
                removedId);
        run(
                "DELETE FROM retail_premises WHERE organisation_id = ?2 AND EXISTS"
                        + " (SELECT 1 FROM retail_premises s WHERE s.organisation_id = ?1)",
                survivorId,
                removedId);
        run("UPDATE retail_premises SET organisation_id = ?1 WHERE organisation_id = ?2", survivorId, removedId);
    }

    private void moveConcerns(long survivorId, long removedId) {
        String sameQuarter =
                " r.organisation_id = ?2 AND r.financial_year = s.financial_year AND r.quarter = s.quarter";
        run(
                "UPDATE retail_hotspot_concerns s SET concerns = (SELECT r.concerns FROM retail_hotspot_concerns r WHERE"
                        + sameQuarter + "), version = version + 1 WHERE s.organisation_id = ?1 AND EXISTS"
                        + " (SELECT 1 FROM retail_hotspot_concerns r WHERE" + sameQuarter
                        + " AND r.concerns > s.concerns)",
                survivorId,
                removedId);
        run(
                "DELETE FROM retail_hotspot_concerns WHERE organisation_id = ?2 AND EXISTS (SELECT 1 FROM"
                        + " retail_hotspot_concerns s WHERE s.organisation_id = ?1 AND s.financial_year ="
                        + " retail_hotspot_concerns.financial_year AND s.quarter = retail_hotspot_concerns.quarter)",
                survivorId,
                removedId);
        run(
                "UPDATE retail_hotspot_concerns SET organisation_id = ?1 WHERE organisation_id = ?2",
                survivorId,
                removedId);
    }

    private void run(String sql, long survivorId, long removedId) {
        em.createNativeQuery(sql)
                .setParameter(1, survivorId)
                .setParameter(2, removedId)
                .executeUpdate();
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }
}
