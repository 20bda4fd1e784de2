package org.engagement.plugins.taxi.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.engagement.core.shared.BatchedStatements;
import org.engagement.plugins.taxi.domain.RenewalRule;

/**
 * The renewal check's precomputed row, {@code taxi_qualifying_training}: for each driver with any qualifying training,
 * the one record the rule decides on (the latest completed of a qualifying course) and until when it counts. The check
 * then reads the driver, this row and that record by their keys, however many records the driver's person has.
 *
 * <p>The row depends only on the person's training records and the rule, so it is brought up to date from the records
 * when training is recorded (the register's training import, a session's attendance through the core's
 * {@code PeopleTrained}) and rebuilt whole when the rule changes or the table is new. A driver imported or changed keeps their person (a new driver's
 * person is created by the import, with no training yet), and an erasure changes no completion date or course, so
 * neither needs a refresh; the row holds no personal data of its own (certificates are read from the record).
 */
@ApplicationScoped
public class QualifyingTrainingStore {

    /** Ids per IN list: well inside every database's limit on parameters. */
    private static final int CHUNK = 1000;

    /** Up to this many drivers, their rows are read by key; more, by one read of the range of their ids. */
    static final int FEW = 50;

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    public QualifyingTrainingStore() {}

    /** Outside a container (tests). */
    public QualifyingTrainingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every driver's row again, for a new rule (or a table not yet filled). */
    public void rebuild(RenewalRule rule) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM taxi_qualifying_training");
            }
            insert(c, latest(c, rule, "", List.of()), rule);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rebuild the drivers' qualifying training: " + e.getMessage(), e);
        }
    }

    /** A training record just written for a driver's person, as its writer knows it. */
    public record Recorded(long driverId, long recordId, String courseCode, LocalDate completedOn) {}

    /**
     * Brings the rows of these drivers up to date with records just written, from the records themselves: they are
     * not committed yet, and in the container another connection of the same transaction may not read them (it would
     * wait for their locks). Records are only ever added, so a driver's row is the later of their row and the latest
     * new record of a qualifying course; only the module's own table is read.
     */
    public void recorded(Collection<Recorded> records, RenewalRule rule) {
        Map<Long, Latest> fresh = new HashMap<>();
        for (Recorded r : records) {
            if (rule.qualifies(r.courseCode())) {
                fresh.merge(r.driverId(), new Latest(r.driverId(), r.recordId(), r.completedOn()), Latest::later);
            }
        }
        Map<Long, Latest> replacing = new HashMap<>();
        Map<Long, Latest> adding = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            Map<Long, Latest> rows =
                    fresh.size() <= FEW ? rowsByKey(c, fresh.keySet()) : rowsInRange(c, fresh.keySet());
            for (Latest latest : fresh.values()) {
                Latest row = rows.get(latest.driverId());
                if (row == null) {
                    adding.put(latest.driverId(), latest);
                } else if (latest.later(row) == latest) {
                    replacing.put(latest.driverId(), latest);
                }
            }
            update(c, replacing, rule);
            insert(c, adding, rule);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the drivers' qualifying training: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a few drivers, one lookup by key each. Not an IN list: Derby answered a chunk's "driver_id IN (...)"
     * by scanning the whole table each time, which made a 300,000-record training import run for minutes.
     */
    private static Map<Long, Latest> rowsByKey(Connection c, Set<Long> drivers) throws SQLException {
        Map<Long, Latest> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT training_record_id, completed_on FROM taxi_qualifying_training WHERE driver_id = ?")) {
            for (long driver : drivers) {
                s.setLong(1, driver);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        rows.put(
                                driver,
                                new Latest(driver, rs.getLong(1), rs.getDate(2).toLocalDate()));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The rows of many drivers, in one read of the range of their ids: a lookup per driver costs a round trip to a
     * database server (77-120 µs each on PostgreSQL on loopback, a third of a 100,000-row training import), where
     * reading 100,000 rows at once takes 0.1 s.
     */
    private static Map<Long, Latest> rowsInRange(Connection c, Set<Long> drivers) throws SQLException {
        Map<Long, Latest> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT driver_id, training_record_id, completed_on"
                + " FROM taxi_qualifying_training WHERE driver_id BETWEEN ? AND ?")) {
            s.setLong(1, Collections.min(drivers));
            s.setLong(2, Collections.max(drivers));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long driver = rs.getLong(1);
                    if (drivers.contains(driver)) {
                        rows.put(
                                driver,
                                new Latest(driver, rs.getLong(2), rs.getDate(3).toLocalDate()));
                    }
                }
            }
        }
        return rows;
    }

    /** Replaces drivers' rows one by one, by key (not a DELETE of an IN list, for the reason above). */
    private static void update(Connection c, Map<Long, Latest> rows, RenewalRule rule) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE taxi_qualifying_training"
                + " SET training_record_id = ?, completed_on = ?, valid_until = ? WHERE driver_id = ?")) {
            BatchedStatements batches = new BatchedStatements(update);
            for (Latest row : rows.values()) {
                update.setLong(1, row.recordId());
                update.setDate(2, Date.valueOf(row.completedOn()));
                update.setDate(3, Date.valueOf(rule.validUntil(row.completedOn())));
                update.setLong(4, row.driverId());
                update.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        }
    }

    /** The drivers who are these people, by person id (the module's own table only). */
    public Map<Long, Long> driversOfPeople(Collection<Long> personIds) {
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(personIds));
        Map<Long, Long> drivers = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT person_id, id FROM taxi_driver WHERE person_id IN (" + marks(chunk.size()) + ")")) {
                    setIds(s, chunk);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            drivers.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the drivers of these people: " + e.getMessage(), e);
        }
        return drivers;
    }

    private static void setIds(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            s.setLong(i + 1, ids.get(i));
        }
    }

    /**
     * Marks the table as built for the rule in force and says whether this caller must build it: true once, for the
     * first caller after the table was created (the row lock makes a second server wait, then find it marked).
     */
    public boolean claimFirstBuild() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            return s.executeUpdate("UPDATE taxi_renewal_rule SET qualifying_training_built = 1"
                            + " WHERE qualifying_training_built = 0")
                    > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the qualifying training's state: " + e.getMessage(), e);
        }
    }

    /** Each driver's latest record of a qualifying course, among the drivers the condition selects. */
    private static Map<Long, Latest> latest(Connection c, RenewalRule rule, String drivers, List<Long> ids)
            throws SQLException {
        List<Long> courses = courseIds(c, rule);
        Map<Long, Latest> latest = new HashMap<>();
        if (courses.isEmpty()) {
            return latest;
        }
        // Courses by id, not by joining the course view: Derby then starts from the drivers and the records' index.
        try (PreparedStatement s = c.prepareStatement("SELECT d.id, r.id, r.completed_on FROM taxi_driver d"
                + " JOIN published_training_record r ON r.person_id = d.person_id WHERE r.course_id IN ("
                + marks(courses.size()) + ")" + drivers)) {
            int p = 1;
            for (long course : courses) {
                s.setLong(p++, course);
            }
            for (long id : ids) {
                s.setLong(p++, id);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Latest found = new Latest(
                            rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate());
                    latest.merge(found.driverId(), found, Latest::later);
                }
            }
        }
        return latest;
    }

    private static List<Long> courseIds(Connection c, RenewalRule rule) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> codes = List.copyOf(rule.qualifyingCourseCodes());
        try (PreparedStatement s = c.prepareStatement(
                "SELECT id FROM published_training_course WHERE code IN (" + marks(codes.size()) + ")")) {
            for (int i = 0; i < codes.size(); i++) {
                s.setString(i + 1, codes.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void insert(Connection c, Map<Long, Latest> rows, RenewalRule rule) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO taxi_qualifying_training"
                + " (driver_id, training_record_id, completed_on, valid_until) VALUES (?, ?, ?, ?)")) {
            BatchedStatements batches = new BatchedStatements(insert);
            for (Latest row : rows.values()) {
                insert.setLong(1, row.driverId());
                insert.setLong(2, row.recordId());
                insert.setDate(3, Date.valueOf(row.completedOn()));
                insert.setDate(4, Date.valueOf(rule.validUntil(row.completedOn())));
                insert.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        }
    }

    /** A driver's qualifying record; of two completed the same day, the later recorded (a steady choice). */
    private record Latest(long driverId, long recordId, LocalDate completedOn) {

        Latest later(Latest other) {
            if (other == null) {
                return this;
            }
            int byDate = completedOn.compareTo(other.completedOn);
            return byDate > 0 || (byDate == 0 && recordId > other.recordId) ? this : other;
        }
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
