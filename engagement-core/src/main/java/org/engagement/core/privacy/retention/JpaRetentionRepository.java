package org.engagement.core.privacy.retention;

import static org.engagement.core.privacy.retention.CoreRetention.ACCESS_LOG;
import static org.engagement.core.privacy.retention.CoreRetention.AGREEMENT_DOCUMENT;
import static org.engagement.core.privacy.retention.CoreRetention.AUDIT;
import static org.engagement.core.privacy.retention.CoreRetention.CHANGE_HISTORY;
import static org.engagement.core.privacy.retention.CoreRetention.ENGAGEMENT;
import static org.engagement.core.privacy.retention.CoreRetention.FOLLOW_UP;
import static org.engagement.core.privacy.retention.CoreRetention.HISTORY_VALUE_REMOVED;
import static org.engagement.core.privacy.retention.CoreRetention.REMOVED;
import static org.engagement.core.privacy.retention.CoreRetention.SECURITY_LOG;
import static org.engagement.core.privacy.retention.CoreRetention.TRAINING_RECORD;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.safeguarding.AuditService;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.RetainedRecord;
import org.engagement.core.training.AttendanceService;

/**
 * The retention schedule's reads and writes, in JPQL and plain SQL on the tables' keys (the same on every database):
 * the officer's rows and the runs, what of each core kind comes due, and the statements that anonymise or delete it.
 */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaRetentionRepository() {}

    public JpaRetentionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<RetentionRule> rules() {
        return em.createNamedQuery("RetentionRule.findAll", RetentionRule.class).getResultList();
    }

    @Override
    public void add(RetentionRule rule) {
        em.persist(rule);
    }

    @Override
    public void add(RetentionRun run) {
        em.persist(run);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<RetentionRun> latestRuns(int count) {
        return em.createNamedQuery("RetentionRun.latest", RetentionRun.class)
                .setMaxResults(count)
                .getResultList();
    }

    @Override
    public HashChain.Checkpoint checkpoint(String chain) {
        return new HashChain(em).checkpoint(chain);
    }

    @Override
    public ChainCheck checkHistory() {
        em.flush();
        return new HashChain(em).check(HashChain.CHANGE_LOG);
    }

    @Override
    public void resealHistory() {
        new HashChain(em).reseal(HashChain.CHANGE_LOG);
    }

    @Override
    public List<RetainedRecord> due(String kind, LocalDate countsFromOnOrBefore, int limit) {
        return switch (kind) {
            case ENGAGEMENT ->
                records(
                        "select e.id, e.date, concat(concat(e.organisation.name, ': '), e.summary) from Engagement e"
                                + " where e.date <= :day and e.summary <> :removed order by e.date, e.id",
                        countsFromOnOrBefore,
                        limit);
            case FOLLOW_UP ->
                records(
                        "select f.id, f.due, concat(concat(f.engagement.organisation.name, ': '), f.action) from FollowUp f"
                                + " where f.due <= :day and f.action <> :removed order by f.due, f.id",
                        countsFromOnOrBefore,
                        limit);
            case TRAINING_RECORD ->
                records(
                        "select t.id, coalesce(t.validUntil, t.completedOn), concat(concat(t.person.name, ': '),"
                                + " t.course.title) from TrainingRecord t where t.certificateNumber is not null"
                                + " and coalesce(t.validUntil, t.completedOn) <= :day"
                                + " order by t.completedOn, t.id",
                        countsFromOnOrBefore,
                        limit);
            case AUDIT ->
                records(
                        "select a.id, a.date, concat(concat(a.organisation.name, ': audit by '), a.auditor) from Audit a"
                                + " where a.date <= :day and a.auditor <> :removed order by a.date, a.id",
                        countsFromOnOrBefore,
                        limit);
            case AGREEMENT_DOCUMENT ->
                records(
                        "select d.id, s.endDate, concat(concat(s.title, ': '), d.filename) from AgreementDocument d,"
                                + " InformationSharingAgreement s where d.agreementId = s.id and s.endDate <= :day"
                                + " order by s.endDate, d.id",
                        countsFromOnOrBefore,
                        limit);
            case CHANGE_HISTORY ->
                moments(
                        "select c.id, c.at, concat(concat(c.recordType, ': '), c.summary) from ChangeLogEntry c"
                                + " where c.at < :before order by c.at, c.id",
                        countsFromOnOrBefore,
                        limit);
            case SECURITY_LOG ->
                moments(
                        "select s.id, s.occurredAt, concat(concat(s.username, ': '), s.detail) from SecurityEvent s"
                                + " where s.occurredAt < :before order by s.occurredAt, s.id",
                        countsFromOnOrBefore,
                        limit);
            case ACCESS_LOG ->
                moments(
                        "select a.id, a.at, concat(concat(a.username, ': '), a.recordKind) from AccessLogEntry a"
                                + " where a.at < :before order by a.at, a.id",
                        countsFromOnOrBefore,
                        limit);
            default -> List.of();
        };
    }

    @Override
    public List<RetainedRecord> peopleWithNoActiveRole(LocalDate day) {
        List<RetainedRecord> found = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select a.person.id, max(a.endedOn), a.person.name from Affiliation a"
                                + " where a.person.erasedAt is null and a.person.restrictedAt is null"
                                + " group by a.person.id, a.person.name"
                                + " having count(a.endedOn) = count(a) and max(a.endedOn) <= :day",
                        Object[].class)
                .setParameter("day", day)
                .getResultList()) {
            found.add(new RetainedRecord((Long) row[0], (LocalDate) row[1], (String) row[2]));
        }
        for (Object[] row : em.createQuery(
                        "select p.id, p.updatedAt, p.name from Person p where p.erasedAt is null"
                                + " and p.restrictedAt is null and p.updatedAt < :before"
                                + " and not exists (select a from Affiliation a where a.person = p)",
                        Object[].class)
                .setParameter("before", startOfDayAfter(day))
                .getResultList()) {
            found.add(new RetainedRecord((Long) row[0], dateOf((Instant) row[1]), (String) row[2]));
        }
        return found;
    }

    private List<RetainedRecord> records(String query, LocalDate day, int limit) {
        TypedQuery<Object[]> found = em.createQuery(query, Object[].class).setParameter("day", day);
        if (query.contains(":removed")) {
            found.setParameter("removed", REMOVED);
        }
        return found.setMaxResults(limit).getResultList().stream()
                .map(row -> new RetainedRecord((Long) row[0], localDate(row[1]), String.valueOf(row[2])))
                .toList();
    }

    private List<RetainedRecord> moments(String query, LocalDate day, int limit) {
        return em
                .createQuery(query, Object[].class)
                .setParameter("before", startOfDayAfter(day))
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(row -> new RetainedRecord((Long) row[0], dateOf((Instant) row[1]), String.valueOf(row[2])))
                .toList();
    }

    /** The first moment after the UK day: what happened before it happened on or before the day. */
    private static Instant startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(Dates.UK).toInstant();
    }

    @Override
    public int apply(String kind, List<Long> ids) {
        em.flush();
        int done = switch (kind) {
            case ENGAGEMENT ->
                anonymise(
                        "UPDATE engagement SET summary = ?, outcome = NULL WHERE id IN ",
                        List.of(REMOVED),
                        EngagementService.RECORD_TYPE,
                        ids);
            case FOLLOW_UP -> execute("UPDATE follow_up SET action = ? WHERE id IN ", List.of(REMOVED), ids);
            case TRAINING_RECORD ->
                anonymise(
                        "UPDATE training_record SET certificate_number = NULL WHERE id IN ",
                        List.of(),
                        AttendanceService.RECORD,
                        ids);
            case AUDIT -> anonymiseAudits(ids);
            case AGREEMENT_DOCUMENT -> execute("DELETE FROM agreement_document WHERE id IN ", List.of(), ids);
            case CHANGE_HISTORY -> deleteChained(HashChain.CHANGE_LOG, ids);
            case ACCESS_LOG -> deleteChained(HashChain.ACCESS_LOG, ids);
            case SECURITY_LOG -> execute("DELETE FROM security_event WHERE id IN ", List.of(), ids);
            default -> 0;
        };
        // What this unit read before the SQL above is stale now; what it wrote (an anonymisation's history entry, its
        // place in the hash chain already taken) is written first, or clearing would lose it and break the chain.
        em.flush();
        em.clear();
        return done;
    }

    private int anonymiseAudits(List<Long> ids) {
        // One statement per column: Derby refuses a CASE whose only typed branch is a parameter.
        execute(
                "UPDATE audit_finding SET evidence = ? WHERE evidence IS NOT NULL AND audit_id IN ",
                List.of(REMOVED),
                ids);
        execute(
                "UPDATE audit_finding SET action_text = ? WHERE action_text IS NOT NULL AND audit_id IN ",
                List.of(REMOVED),
                ids);
        execute("UPDATE audit_finding SET action_owner = NULL WHERE audit_id IN ", List.of(), ids);
        return anonymise("UPDATE audit SET auditor = ? WHERE id IN ", List.of(REMOVED), AuditService.AUDIT, ids);
    }

    /**
     * Runs the update, then removes the values in those records' own change history, or the history would keep what
     * the record lost. Returns how many records the update changed.
     */
    private int anonymise(String update, List<Object> values, String recordType, List<Long> ids) {
        int changed = execute(update, values, ids);
        for (String value : List.of("before_value", "after_value")) {
            execute(
                    "UPDATE change_log_field SET " + value + " = ? WHERE " + value + " IS NOT NULL"
                            + " AND entry_id IN (SELECT id FROM change_log WHERE record_type = ? AND record_id IN ",
                    List.of(HISTORY_VALUE_REMOVED, recordType),
                    ids,
                    ")");
        }
        return changed;
    }

    /**
     * Deletes a chained log's entries (the change history's or the access log's): those older than the hash chain
     * outright, and the chained ones by pruning the chain's oldest places: only an unbroken run from the oldest place
     * left, so the check can start from the checkpoint the pruning records. A due entry behind a newer one (two servers'
     * clocks a moment apart) waits for a later run.
     */
    private int deleteChained(String chainName, List<Long> ids) {
        HashChain chain = new HashChain(em);
        Set<Long> duePlaces = new HashSet<>();
        for (Object place : query(
                        "SELECT chain_position FROM " + chainName + " WHERE chain_position IS NOT NULL AND id IN ",
                        List.of(),
                        ids,
                        "")
                .getResultList()) {
            duePlaces.add(((Number) place).longValue());
        }
        long through = chain.checkpoint(chainName).through();
        while (duePlaces.contains(through + 1)) {
            through++;
        }
        int pruned = chain.pruneThrough(chainName, through);
        String olderThanTheChain = " AND chain_position IS NULL";
        if (HashChain.CHANGE_LOG.equals(chainName)) {
            execute(
                    "DELETE FROM change_log_field WHERE entry_id IN (SELECT id FROM change_log"
                            + " WHERE chain_position IS NULL AND id IN ",
                    List.of(),
                    ids,
                    ")");
        }
        int older = execute("DELETE FROM " + chainName + " WHERE id IN ", List.of(), ids, olderThanTheChain);
        if (older > 0 && HashChain.ACCESS_LOG.equals(chainName)) {
            // The genesis sealed the deleted entries: seal what is left (the run re-seals the change history itself).
            chain.reseal(chainName);
        }
        return pruned + older;
    }

    private int execute(String sql, List<Object> values, List<Long> ids) {
        return execute(sql, values, ids, "");
    }

    /** Runs {@code sql + (?, ?, ...) + tail}, binding the values first and then the ids: the same on every database. */
    private int execute(String sql, List<Object> values, List<Long> ids, String tail) {
        return query(sql, values, ids, tail).executeUpdate();
    }

    private Query query(String sql, List<Object> values, List<Long> ids, String tail) {
        Query query =
                em.createNativeQuery(sql + "(" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")" + tail);
        int position = 1;
        for (Object value : values) {
            query.setParameter(position++, value);
        }
        for (Long id : ids) {
            query.setParameter(position++, id);
        }
        return query;
    }

    /** A date as the query gave it: an attribute comes back a LocalDate, a function of one (coalesce) a SQL date. */
    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, Dates.UK);
    }
}
