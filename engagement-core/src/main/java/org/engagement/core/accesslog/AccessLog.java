package org.engagement.core.accesslog;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.engagement.core.access.RoleSets;
import org.engagement.core.contact.MergedPersonIds;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.security.RequestOrigin;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.WriteBehind;
import org.engagement.core.spi.RecordViews;
import org.engagement.core.user.Role;

/**
 * Writes and reads the access log. A view is written in the caller's transaction if there is one (an export recorded
 * with the request it answers). A view made without one (a page or a renewal check that only reads) is queued and
 * written with the others of the same moment, in a transaction of their own, by {@link #writeQueued} (a timer calls
 * it every {@value #WRITE_EVERY_MILLIS} ms): every entry takes the chain's one head lock (see HashChain), so a
 * transaction per view queued every request behind a database log sync (a renewal check's p99 went from 15 ms to
 * 240 ms). A viewer never writes the queue itself unless the timer has fallen far behind ({@value #FAR_BEHIND} views
 * waiting): a viewer that wrote a batch of {@value #BATCH} took 100 ms or more, and every request that viewed
 * meanwhile waited for it (every second, at 2,000 renewal checks a second: a p99 of 150 ms). Readers of the log
 * write what is queued first, so they see every view made before they asked; a normal shutdown writes the queue. What
 * is not promised: if the process dies abruptly (kill -9, power loss), the views of its last moment are lost, though
 * the pages were shown (as with the renewal-check log). Only the data protection officer reads it.
 */
@ApplicationScoped
@Transactional
public class AccessLog implements RecordViews {

    /** An export of the access log itself: logged like any export holding personal data. */
    public static final String ACCESS_LOG_EXPORT = "Access log export";

    /** The most rows one CSV export holds; narrow the dates or the user for more. */
    public static final int MAX_EXPORTED = 100_000;

    private static final int EXPORT_PAGE = 1000;

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private Actor actor;

    @Inject
    private RequestOrigin origin;

    private Clock clock = Clock.systemUTC();

    /** Null outside a container (a plain library writes in the caller's transaction). */
    @Inject
    private AccessLogWrites writes;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /** The most entries written in one transaction. */
    static final int BATCH = 1000;

    /** How often the container's timer is meant to write the queue. */
    public static final long WRITE_EVERY_MILLIS = 200;

    /**
     * The queue's length at which a viewer writes it rather than wait for the timer: seconds of the busiest load behind,
     * so only a stalled timer makes requests pay, and the queue stays bounded (a few megabytes).
     */
    static final int FAR_BEHIND = 20 * BATCH;

    /** Views made without a transaction, not yet written. */
    private final WriteBehind<AccessLogEntry> queued = new WriteBehind<>(BATCH, FAR_BEHIND, this::writeBatch);

    protected AccessLog() {}

    /** For use as a plain library. */
    public AccessLog(EntityManager em, Actor actor, RequestOrigin origin, Clock clock) {
        this.em = em;
        this.actor = actor;
        this.origin = origin;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void viewed(String recordKind, long recordId, Long personId) {
        write(recordKind, recordId, personId, null);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void exported(String what, Long personId, String detail) {
        write(what, null, personId, detail);
    }

    private void write(String kind, Long recordId, Long personId, String detail) {
        AccessLogEntry entry = new AccessLogEntry(
                clock.instant(), actor.username(), roles(), kind, recordId, personId, detail, origin.clientAddress());
        if (writes == null || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            new HashChain(em).persistLinked(HashChain.ACCESS_LOG, List.of(entry));
        } else {
            if (queued.add(entry)) {
                writeQueued(); // the timer is stalled: the viewer pays rather than the queue growing without bound
            }
        }
    }

    /** Writes the queued views, a batch per transaction of its own, in the order they were made (see WriteBehind). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void writeQueued() {
        queued.writeAll();
    }

    private void writeBatch(List<AccessLogEntry> batch) {
        writes.writeAll(batch);
    }

    @PreDestroy
    void writeQueuedOnShutdown() {
        if (writes != null) {
            writeQueued();
        }
    }

    private String roles() {
        return actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" "));
    }

    /** One page, newest first, filtered in the database; the data protection officer's alone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<AccessLogEntry> page(AccessLogQuery query) {
        requireOfficer();
        writeQueuedFirst();
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new InvalidInputException("to", "The end date must be on or after the start date.");
        }
        String where = where(query);
        TypedQuery<AccessLogEntry> rows = em.createQuery(
                "select e from AccessLogEntry e" + where + " order by e.at desc, e.id desc", AccessLogEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AccessLogEntry e" + where, Long.class);
        bind(rows, query);
        bind(count, query);
        return new PageOf<>(
                rows.setFirstResult(query.first()).setMaxResults(query.max()).getResultList(), count.getSingleResult());
    }

    /**
     * Every entry the query matches (its paging ignored), newest first, as CSV with a header row; at most
     * {@link #MAX_EXPORTED} rows, read from the database a page at a time. The export is itself logged.
     */
    public byte[] csv(AccessLogQuery query) {
        requireOfficer();
        writeQueuedFirst();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("When (UTC)", "User", "Roles", "What", "Record", "Person", "Detail", "From");
            int written = 0;
            List<AccessLogEntry> page;
            do {
                page = page(new AccessLogQuery(
                                query.personId(),
                                query.username(),
                                query.from(),
                                query.to(),
                                written,
                                Math.min(EXPORT_PAGE, MAX_EXPORTED - written)))
                        .items();
                for (AccessLogEntry e : page) {
                    csv.printRecord(
                            e.getAt(),
                            e.getUsername(),
                            e.getRoles(),
                            e.getRecordKind(),
                            e.getRecordId(),
                            e.getPersonId(),
                            e.getDetail(),
                            e.getClientAddress());
                }
                written += page.size();
            } while (page.size() == EXPORT_PAGE && written < MAX_EXPORTED);
            exported(ACCESS_LOG_EXPORT, query.personId(), "CSV, " + written + " rows");
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException(cannotHappen);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String where(AccessLogQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.personId() != null) {
            // A person merged into this one keeps their entries under their old id (the chain is never rewritten).
            where.append(" and e.personId in :people");
        }
        if (query.username() != null) {
            where.append(" and e.username = :username");
        }
        if (query.from() != null) {
            where.append(" and e.at >= :from");
        }
        if (query.to() != null) {
            where.append(" and e.at < :to");
        }
        return where.toString();
    }

    private void bind(TypedQuery<?> jpql, AccessLogQuery query) {
        if (query.personId() != null) {
            jpql.setParameter("people", MergedPersonIds.of(em, query.personId()));
        }
        if (query.username() != null) {
            jpql.setParameter("username", query.username());
        }
        if (query.from() != null) {
            jpql.setParameter("from", startOf(query.from()));
        }
        if (query.to() != null) {
            jpql.setParameter("to", startOf(query.to().plusDays(1)));
        }
    }

    private static java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(Dates.UK).toInstant();
    }

    /** Before reading: every view made so far is in the log (outside a container nothing is ever queued). */
    void writeQueuedFirst() {
        if (writes != null) {
            writeQueued();
        }
    }

    private void requireOfficer() {
        if (!RoleSets.holds(actor, RoleSets.DATA_PROTECTION_OFFICERS)) {
            throw new AccessDeniedException("Only a data protection officer can read the access log.");
        }
    }
}
