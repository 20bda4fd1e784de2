package org.engagement.plugins.taxi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.shared.LikePattern;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.domain.RenewalChecklist;
import org.engagement.plugins.taxi.domain.RenewalRuleSettings;

/**
 * The module's JPA reads and writes: drivers by licence number and by search, the rule, checklists and the log of checks, each list as a page and a
 * count so that a table asks for each once; and what the core's privacy tools, retention schedule and organisation merges
 * change in them. (Bulk writes and the renewal check's hot path are in {@link TaxiStore}.)
 */
@ApplicationScoped
public class TaxiRepository {

    @PersistenceContext(unitName = TaxiModule.ID)
    private EntityManager em;

    public TaxiRepository() {}

    /** On the module's entity manager, outside a container (tests). */
    public TaxiRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Driver> driver(LicenceNumber number) {
        return em.createNamedQuery("Driver.findByLicenceNumber", Driver.class)
                .setParameter("licenceNumber", number.value())
                .getResultStream()
                .findFirst();
    }

    /** Which of these people are licensed drivers: the register's people, whom only its readers may see in the core. */
    public Set<Long> driversAmong(Collection<Long> personIds) {
        List<Long> ids = List.copyOf(personIds);
        Set<Long> drivers = new HashSet<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            drivers.addAll(em.createQuery("SELECT d.personId FROM Driver d WHERE d.personId IN :ids", Long.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .getResultList());
        }
        return drivers;
    }

    /** Everyone whose processing is restricted now, from the core's published view (few: restriction is rare). */
    public Set<Long> restrictedPeople() {
        Set<Long> ids = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT person_id FROM " + RestrictedPeople.VIEW)
                .getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /**
     * Whether this person's processing is restricted now, read by their key: a driver's page and every renewal check
     * ask it, so it must not read every restricted person (the view is a scan of the person table).
     */
    public boolean isRestricted(long personId) {
        return !em.createNativeQuery("SELECT person_id FROM " + RestrictedPeople.VIEW + " WHERE person_id = ?")
                .setParameter(1, personId)
                .getResultList()
                .isEmpty();
    }

    /** One page of the drivers that match, in the search's order, leaving out the {@code hidden} people. */
    public List<Driver> drivers(DriverSearch search, Set<Long> hidden) {
        DriverFilter filter = new DriverFilter(search, hidden);
        String sort = switch (search.sortField() == null ? "" : search.sortField()) {
            case "surname" -> "d.surname";
            case "licenceExpiry" -> "d.licenceExpiry";
            case "status" -> "d.status";
            default -> "d.licenceNumber";
        };
        TypedQuery<Driver> page = em.createQuery(
                "SELECT d FROM Driver d" + filter.where + " ORDER BY " + sort + (search.descending() ? " DESC" : "")
                        + ", d.id",
                Driver.class);
        filter.parameters.forEach(page::setParameter);
        return page.setFirstResult(search.first()).setMaxResults(search.size()).getResultList();
    }

    public long countDrivers(DriverSearch search, Set<Long> hidden) {
        DriverFilter filter = new DriverFilter(search, hidden);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM Driver d" + filter.where, Long.class);
        filter.parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** The renewal rule's one row, managed (a change to it is written at commit). */
    public RenewalRuleSettings ruleSettings() {
        return em.find(RenewalRuleSettings.class, RenewalRuleSettings.ID);
    }

    /** The checklist for the renewal of this licence that expires on {@code licenceExpiry}, if one is recorded. */
    public Optional<RenewalChecklist> checklist(String licenceNumber, LocalDate licenceExpiry) {
        return em.createNamedQuery("RenewalChecklist.forRenewal", RenewalChecklist.class)
                .setParameter("licenceNumber", licenceNumber)
                .setParameter("licenceExpiry", licenceExpiry)
                .getResultStream()
                .findFirst();
    }

    public void add(RenewalChecklist checklist) {
        em.persist(checklist);
    }

    /** Writes pending changes now, so that their version and id are known before the change history is written. */
    public void flush() {
        em.flush();
    }

    /** The drivers' ids by licence number, in one query however many licences. */
    public Map<String, Long> driverIds(List<String> licenceNumbers) {
        if (licenceNumbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select d.licenceNumber, d.id from Driver d where d.licenceNumber in :numbers", Object[].class)
                .setParameter("numbers", licenceNumbers)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    /** One page of the log, newest first; {@code licencePrefix} (optional) matches the start of the licence number. */
    public List<CheckLogEntry> checkLog(String licencePrefix, int first, int size) {
        return em.createNamedQuery("CheckLogEntry.newestFirst", CheckLogEntry.class)
                .setParameter("licence", logPrefix(licencePrefix))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long countCheckLog(String licencePrefix) {
        return em.createNamedQuery("CheckLogEntry.count", Long.class)
                .setParameter("licence", logPrefix(licencePrefix))
                .getSingleResult();
    }

    private static String logPrefix(String licencePrefix) {
        return LikePattern.startsWith(
                licencePrefix == null ? "" : licencePrefix.strip().toUpperCase(Locale.ROOT));
    }

    /** The driver records naming this core person (one per licence they have held), oldest first. */
    public List<Driver> driversOf(long personId) {
        return em.createQuery("SELECT d FROM Driver d WHERE d.personId = :personId ORDER BY d.id", Driver.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    /** Every check logged for this licence number, oldest first. */
    public List<CheckLogEntry> checksOf(String licenceNumber) {
        return em.createQuery(
                        "SELECT c FROM CheckLogEntry c WHERE c.licenceNumber = :licence ORDER BY c.checkedAt",
                        CheckLogEntry.class)
                .setParameter("licence", licenceNumber)
                .getResultList();
    }

    /** Every renewal checklist for this licence number, by the expiry it renewed. */
    public List<RenewalChecklist> checklistsOf(String licenceNumber) {
        return em.createQuery(
                        "SELECT r FROM RenewalChecklist r WHERE r.licenceNumber = :licence ORDER BY r.licenceExpiry",
                        RenewalChecklist.class)
                .setParameter("licence", licenceNumber)
                .getResultList();
    }

    /** Overwrites a driver's identifying details in one statement (the managed copy, if any, is not refreshed). */
    public void overwriteDriver(
            long driverId, String surname, String forenames, LocalDate dateOfBirth, String licenceNumber) {
        em.createQuery("UPDATE Driver d SET d.surname = :surname, d.forenames = :forenames,"
                        + " d.dateOfBirth = :born, d.licenceNumber = :licence WHERE d.id = :id")
                .setParameter("surname", surname)
                .setParameter("forenames", forenames)
                .setParameter("born", dateOfBirth)
                .setParameter("licence", licenceNumber)
                .setParameter("id", driverId)
                .executeUpdate();
    }

    /** The check log's and the checklists' rows for licence {@code from} name licence {@code to} instead. */
    public void renameLicenceInLogAndChecklists(String from, String to) {
        em.createQuery("UPDATE CheckLogEntry c SET c.licenceNumber = :to WHERE c.licenceNumber = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
        em.createQuery("UPDATE RenewalChecklist r SET r.licenceNumber = :to WHERE r.licenceNumber = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
    }

    /** A logged check as the retention schedule sees it. */
    public record LoggedCheck(long id, Instant checkedAt, String licenceNumber) {}

    /**
     * Up to {@code limit} checks logged before {@code before}, oldest first, leaving out those whose licence number
     * starts with one of the two prefixes (already anonymised).
     */
    public List<LoggedCheck> checksLoggedBefore(Instant before, String skipPrefix, String alsoSkipPrefix, int limit) {
        return em
                .createQuery(
                        "SELECT c.id, c.checkedAt, c.licenceNumber FROM CheckLogEntry c WHERE c.checkedAt < :before"
                                + " AND c.licenceNumber NOT LIKE :skip AND c.licenceNumber NOT LIKE :alsoSkip"
                                + " ORDER BY c.checkedAt, c.id",
                        Object[].class)
                .setParameter("before", before)
                .setParameter("skip", skipPrefix + "%")
                .setParameter("alsoSkip", alsoSkipPrefix + "%")
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new LoggedCheck((Long) row[0], (Instant) row[1], (String) row[2]))
                .toList();
    }

    /** Sets one logged check's licence number; answers how many rows changed (0 if the check is gone). */
    public int renameLicenceOfCheck(long checkId, String licenceNumber) {
        return em.createQuery("UPDATE CheckLogEntry c SET c.licenceNumber = :licence WHERE c.id = :id")
                .setParameter("licence", licenceNumber)
                .setParameter("id", checkId)
                .executeUpdate();
    }

    /**
     * Drivers working for operator {@code fromOperatorId} now work for {@code toOperatorId}. One statement, so the
     * shared cache's drivers are dropped to be read again.
     */
    public void moveDrivers(long fromOperatorId, long toOperatorId) {
        repointDrivers("operator_id", fromOperatorId, toOperatorId);
    }

    /**
     * The drivers who were person {@code fromPersonId} are now person {@code toPersonId} (two people merged). One
     * statement, so the shared cache's drivers are dropped to be read again.
     */
    public void moveDriversToPerson(long fromPersonId, long toPersonId) {
        repointDrivers("person_id", fromPersonId, toPersonId);
    }

    /** One statement for every driver naming {@code from} in the column; the shared cache's drivers then go stale. */
    private void repointDrivers(String column, long from, long to) {
        em.createNativeQuery("UPDATE taxi_driver SET " + column + " = ?1 WHERE " + column + " = ?2")
                .setParameter(1, to)
                .setParameter(2, from)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Driver.class);
    }

    /** The search's filters as a JPQL condition and its parameters. */
    private static final class DriverFilter {

        private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        private final Map<String, Object> parameters = new HashMap<>();

        DriverFilter(DriverSearch search, Set<Long> hidden) {
            if (!hidden.isEmpty()) {
                where.append(" AND d.personId NOT IN :hidden");
                parameters.put("hidden", List.copyOf(hidden));
            }
            if (search.q() != null && !search.q().isBlank()) {
                where.append(" AND (d.licenceNumber LIKE :licence" + LikePattern.ESCAPE_CLAUSE
                        + " OR UPPER(d.surname) LIKE :surname" + LikePattern.ESCAPE_CLAUSE + ")");
                String q = LikePattern.startsWith(search.q().strip().toUpperCase(Locale.ROOT));
                parameters.put("licence", q);
                parameters.put("surname", q);
            }
            if (search.operatorId() != null) {
                where.append(" AND d.operatorId = :operatorId");
                parameters.put("operatorId", search.operatorId());
            }
            if (search.status() != null) {
                where.append(" AND d.status = :status");
                parameters.put("status", search.status());
            }
        }
    }
}
