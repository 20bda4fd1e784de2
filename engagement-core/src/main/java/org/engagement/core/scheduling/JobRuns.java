package org.engagement.core.scheduling;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Which server does a scheduled job's run of a given day, kept in the shared database so that every server of a
 * cluster agrees (table {@code job_run}, one row per job and day). A server claims the day's run for a lease; while
 * the lease lasts no other server can claim it; once the run is finished nobody can. A server that dies mid-run leaves
 * an unfinished run whose lease runs out, and the next server to try claims it. Each claim and finish is one statement
 * committed on its own (plain JDBC in auto-commit), so the claim is visible to the others at once and survives the
 * job's own transaction rolling back: a caller's transaction is suspended meanwhile (a container would otherwise enlist
 * the connection in it, and refuse to commit a connection in auto-commit).
 *
 * <p>The holder renews its lease while the run goes on ({@link #renew}), so the lease need only outlast the longest
 * pause of a live server (a stalled database or garbage collection), not the longest run: a run whose lease ran out
 * while its server still ran it could be claimed and done a second time by another server.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JobRuns {

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    protected JobRuns() {}

    /** Outside a container (tests). */
    public JobRuns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Claims the day's run of the job for the holder until {@code now + lease}: true when the run is unfinished and
     * was unclaimed, claimed by the same holder, or claimed by a holder whose lease has run out.
     */
    public boolean claim(String job, LocalDate day, String holder, Instant now, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return exists(c, job, day)
                    ? takeOver(c, job, day, holder, now, lease)
                    : firstClaim(c, job, day, holder, now, lease);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the run of " + job + " on " + day, e);
        }
    }

    /**
     * Takes over the day's run only if it was claimed and not finished, and its holder's lease has run out (or it is
     * the same holder): for a server that was not running when the run fell due, which never starts a run itself.
     */
    public boolean takeOverAbandoned(String job, LocalDate day, String holder, Instant now, Duration lease) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return takeOver(c, job, day, holder, now, lease);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take over the run of " + job + " on " + day, e);
        }
    }

    /**
     * Extends the holder's lease on the day's unfinished run to {@code now + lease}, while its server is alive and still
     * running it; false when the holder no longer holds it (its lease ran out and another server took the run over).
     */
    public boolean renew(String job, LocalDate day, String holder, Instant now, Duration lease) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update job_run set lease_until = ?"
                        + " where job = ? and run_day = ? and holder = ? and finished_at is null")) {
            c.setAutoCommit(true);
            update.setTimestamp(1, utc(now.plus(lease)));
            update.setString(2, job);
            update.setDate(3, java.sql.Date.valueOf(day));
            update.setString(4, holder);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not renew the claim on the run of " + job + " on " + day, e);
        }
    }

    /** Marks the day's run done, if the holder still holds it; false when its lease ran out and another took it. */
    public boolean finished(String job, LocalDate day, String holder, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update job_run set finished_at = ?"
                        + " where job = ? and run_day = ? and holder = ? and finished_at is null")) {
            c.setAutoCommit(true);
            update.setTimestamp(1, utc(at));
            update.setString(2, job);
            update.setDate(3, java.sql.Date.valueOf(day));
            update.setString(4, holder);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the run of " + job + " on " + day + " as done", e);
        }
    }

    /** How many times the day's run was claimed (1 when one server did it; more after a take-over), or 0. */
    public int claims(String job, LocalDate day) {
        try (Connection c = dataSource.getConnection()) {
            return claims(c, job, day);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the run of " + job + " on " + day, e);
        }
    }

    private static boolean exists(Connection c, String job, LocalDate day) throws SQLException {
        return claims(c, job, day) > 0;
    }

    private static int claims(Connection c, String job, LocalDate day) throws SQLException {
        try (PreparedStatement select =
                c.prepareStatement("select claims from job_run where job = ? and run_day = ?")) {
            select.setString(1, job);
            select.setDate(2, java.sql.Date.valueOf(day));
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        }
    }

    private static boolean takeOver(Connection c, String job, LocalDate day, String holder, Instant now, Duration lease)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement("update job_run"
                + " set claims = claims + case when holder = ? then 0 else 1 end, holder = ?, lease_until = ?"
                + " where job = ? and run_day = ? and finished_at is null and (holder = ? or lease_until < ?)")) {
            update.setString(1, holder);
            update.setString(2, holder);
            update.setTimestamp(3, utc(now.plus(lease)));
            update.setString(4, job);
            update.setDate(5, java.sql.Date.valueOf(day));
            update.setString(6, holder);
            update.setTimestamp(7, utc(now));
            return update.executeUpdate() == 1;
        }
    }

    /** Inserts the day's row; false when it exists already (another server claimed or finished the run). */
    private static boolean firstClaim(
            Connection c, String job, LocalDate day, String holder, Instant now, Duration lease) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into job_run (job, run_day, holder, lease_until, claims) values (?, ?, ?, ?, 1)")) {
            insert.setString(1, job);
            insert.setDate(2, java.sql.Date.valueOf(day));
            insert.setString(3, holder);
            insert.setTimestamp(4, utc(now.plus(lease)));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** SQLState class 23 (integrity constraint violation): the same on Derby (23505) and PostgreSQL (23505). */
    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
