package org.engagement.plugins.taxi.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.engagement.core.shared.SequenceIds;
import org.engagement.core.shared.WriteBehind;
import org.engagement.plugins.taxi.domain.CheckLogEntry;

/**
 * Writes the log of renewal checks off the request path. A check used to insert its log row in its own
 * transaction, so every check paid for a sequence allocation, an insert and a Derby log sync; here checks are
 * queued and one writer commits them in batches every {@link #PERIOD_MILLIS} ms (or as soon as
 * {@link #BATCH} are waiting).
 *
 * <p>What is promised: every check is logged. Readers of the log drain the queue first, so they always see every
 * check made before they asked; the queue is drained on normal shutdown (undeploy, SIGTERM); a queue 20 batches
 * behind makes the checking request wait for the writer rather than drop anything or grow without bound. What is not: if the JVM dies abruptly
 * (kill -9, power loss), the checks of the last ~{@link #PERIOD_MILLIS} ms not yet committed are lost, although
 * their answers were sent. That window is the price of not syncing the database log once per check.
 *
 * <p>The writer runs on a thread of its own, not on a container executor. It needs nothing from the container but
 * the data source it already holds, and a container executor would run each task in a copy of the submitting
 * request's invocation: Payara's copy shares the request's table of non-transactional EntityManagers (and empties
 * it), and when the task ends Payara closes every EntityManager in that table. A reader that flushed the log and
 * then queried it raced that close and now and then met "a closed EntityManager" (a 500 on the check log page);
 * the periodic task, scheduled from whichever request first used the writer, did the same to that request.
 */
@ApplicationScoped
public class CheckLogWriter {

    static final int BATCH = 500;
    static final long PERIOD_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(CheckLogWriter.class.getName());

    /** Checks not yet written; at 20 batches waiting the checking request waits for the writer. */
    private final WriteBehind<CheckLogEntry> queue = new WriteBehind<>(BATCH, 20 * BATCH, this::write);

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    /** The writer's own thread; null outside a container, where the caller drains. */
    private ScheduledExecutorService writer;

    /** Ids outlive a batch: a block of 50 serves many small batches. Only the writer (one at a time) uses it. */
    private SequenceIds ids;

    public CheckLogWriter() {}

    /** Outside a container (tests): the caller drains with {@link #drain()}. */
    CheckLogWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void start() {
        writer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "taxi-check-log-writer");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::drainLogged, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Queues the entry; when the queue is far behind the caller waits for the writer, so it stays bounded. */
    public void record(CheckLogEntry entry) {
        if (queue.add(entry)) {
            flush();
        } else if (queue.batchWaiting() && writer != null) {
            writer.execute(this::drainLogged);
        }
    }

    /** Makes every check queued so far visible to readers, on the writer's thread (never in the caller's transaction). */
    public void flush() {
        if (writer == null) {
            drain();
            return;
        }
        try {
            writer.submit(this::drain).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "Could not write the log of renewal checks: " + e.getCause().getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain(); // normal shutdown: nothing queued is lost
    }

    private void drainLogged() {
        try {
            drain();
        } catch (RuntimeException e) {
            // The entries stay queued and the next run tries again.
            LOG.log(Level.WARNING, "Could not write the log of renewal checks; will retry", e);
        }
    }

    /** Writes everything queued, a batch per transaction, in the order checked (see WriteBehind). */
    void drain() {
        queue.writeAll();
    }

    private void write(List<CheckLogEntry> batch) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO taxi_check_log (id, checked_at, checked_by,"
                    + " licence_number, renewal_date, eligible, reasons, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ids = ids == null ? new SequenceIds(c, "taxi_check_log_seq") : ids.using(c);
                for (CheckLogEntry e : batch) {
                    insert.setLong(1, ids.next());
                    // The same representation as the core's UtcInstantConverter.
                    insert.setTimestamp(
                            2,
                            Timestamp.valueOf(
                                    e.getCheckedAt().atOffset(ZoneOffset.UTC).toLocalDateTime()));
                    insert.setString(3, e.getCheckedBy());
                    insert.setString(4, e.getLicenceNumber());
                    insert.setDate(5, Date.valueOf(e.getRenewalDate()));
                    insert.setBoolean(6, e.isEligible());
                    insert.setString(7, e.getReasons());
                    insert.setString(8, e.getChannel());
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the log of renewal checks: " + e.getMessage(), e);
        }
    }
}
