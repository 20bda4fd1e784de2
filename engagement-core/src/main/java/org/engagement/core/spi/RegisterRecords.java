package org.engagement.core.spi;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.BatchedStatements;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.SequenceIds;
import org.engagement.core.training.Course;

/**
 * The core's people and training records written in bulk, for a module that loads a register of its own (a licensing
 * authority's 100,000 drivers and their training): one JDBC batch per thousand rows, inside the caller's transaction,
 * instead of a hundred thousand entity saves. The core applies its own rules (a person's lawful basis, a record's
 * valid-until date from its course) and writes the change history: one summary entry per call, saying how many
 * records it wrote and the range of their ids, by whom and when; each row carries its own updated by and at.
 *
 * <p>What a module reads of these records goes through the views in {@link PublishedViews}.
 */
@ApplicationScoped
public class RegisterRecords {

    /** The change history's record type of a summary entry for people written in bulk. */
    public static final String PEOPLE_RECORD = "PersonBatch";
    /** The change history's record type of a summary entry for training records written in bulk. */
    public static final String TRAINING_RECORD = "TrainingRecordBatch";
    /** The source of a training record written in bulk, as the training pages show it. */
    public static final String IMPORTED = "IMPORT";

    /** The change history's record type of a course (as the training feature writes it). */
    private static final String COURSE_RECORD = "Course";
    /** How a course a module adds is delivered, until an administrator says otherwise. */
    private static final String MODULE_COURSE_DELIVERY = "FACE_TO_FACE";

    private static final int NAME_LENGTH = 200;
    private static final int NOTES_LENGTH = 2000;

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected RegisterRecords() {}

    /** Outside a container (a module's persistence tests). */
    public RegisterRecords(DataSource dataSource, ChangeLog changeLog, Actor actor) {
        this.dataSource = dataSource;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /** A person to create: their name, why the partnership may hold it, and a note of where they came from. */
    public record NewPerson(String name, LawfulBasis lawfulBasis, String notes) {

        public NewPerson {
            Objects.requireNonNull(lawfulBasis, "lawfulBasis");
            if (name == null || name.isBlank()) {
                throw new InvalidInputException("name", "Enter the person's name.");
            }
        }
    }

    /** A person's new name. */
    public record Rename(long personId, String name) {}

    /** A course a person completed, by the course's code; the core works out until when it counts. */
    public record NewTraining(long personId, String courseCode, LocalDate completedOn, String certificateNumber) {}

    /**
     * Creates the people, in order, and returns their new ids in the same order.
     *
     * @param source what the people came from, for the change history, e.g. "the taxi licence register"
     */
    public List<Long> createPeople(List<NewPerson> people, String source) {
        List<Long> ids = new ArrayList<>(people.size());
        if (people.isEmpty()) {
            return ids;
        }
        Timestamp now = now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO person (id, version, name, lawful_basis,"
                        + " consent_notes, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?)")) {
            SequenceIds personIds = new SequenceIds(c, "person_seq").reserve(people.size());
            BatchedStatements batch = new BatchedStatements(insert);
            for (NewPerson person : people) {
                long id = personIds.next();
                insert.setLong(1, id);
                insert.setString(2, truncate(person.name().strip(), NAME_LENGTH));
                insert.setString(3, person.lawfulBasis().name());
                insert.setString(4, person.notes() == null ? null : truncate(person.notes(), NOTES_LENGTH));
                insert.setTimestamp(5, now);
                insert.setString(6, actor.username());
                insert.addBatch();
                batch.rowAdded();
                ids.add(id);
            }
            batch.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the people: " + e.getMessage(), e);
        }
        summarise(PEOPLE_RECORD, ids, "people created from " + source);
        return ids;
    }

    /** Gives each person their new name (a new version, updated by the actor now). */
    public void renamePeople(List<Rename> renames, String source) {
        if (renames.isEmpty()) {
            return;
        }
        Timestamp now = now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE person SET name = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?")) {
            BatchedStatements batch = new BatchedStatements(update);
            for (Rename rename : renames) {
                update.setString(1, truncate(rename.name().strip(), NAME_LENGTH));
                update.setTimestamp(2, now);
                update.setString(3, actor.username());
                update.setLong(4, rename.personId());
                update.addBatch();
                batch.rowAdded();
            }
            batch.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the people's names: " + e.getMessage(), e);
        }
        summarise(PEOPLE_RECORD, renames.stream().map(Rename::personId).toList(), "people renamed from " + source);
    }

    /**
     * Records the training, in order, and returns the new records' ids in the same order. Each record counts until
     * its course's validity runs out (the core's one rule, {@link Course#validUntil(LocalDate, Integer)}).
     *
     * @throws InvalidInputException if a course code is not in the catalogue
     */
    public List<Long> recordTraining(List<NewTraining> records, String source) {
        List<Long> ids = new ArrayList<>(records.size());
        if (records.isEmpty()) {
            return ids;
        }
        Timestamp now = now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO training_record (id, person_id, course_id,"
                        + " completed_on, certificate_number, valid_until, source) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Map<String, long[]> courses = courses(c);
            SequenceIds recordIds = new SequenceIds(c, "training_record_seq").reserve(records.size());
            BatchedStatements batch = new BatchedStatements(insert);
            for (NewTraining record : records) {
                long[] course = courses.get(record.courseCode());
                if (course == null) {
                    throw new InvalidInputException(
                            "course", "There is no course with the code " + record.courseCode() + ".");
                }
                long id = recordIds.next();
                LocalDate validUntil = Course.validUntil(record.completedOn(), course[1] < 0 ? null : (int) course[1]);
                insert.setLong(1, id);
                insert.setLong(2, record.personId());
                insert.setLong(3, course[0]);
                insert.setDate(4, Date.valueOf(record.completedOn()));
                insert.setString(5, record.certificateNumber());
                if (validUntil == null) {
                    insert.setNull(6, Types.DATE);
                } else {
                    insert.setDate(6, Date.valueOf(validUntil));
                }
                insert.setString(7, IMPORTED);
                insert.addBatch();
                batch.rowAdded();
                ids.add(id);
            }
            batch.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save the training records: " + e.getMessage(), e);
        }
        summarise(TRAINING_RECORD, ids, "training records imported from " + source);
        return ids;
    }

    /**
     * A course a module needs in the catalogue (a licensing authority's qualifying course), delivered face to face at
     * the given level; {@code validityMonths} null: never expires.
     */
    public record ModuleCourse(String code, String title, String levelCode, Integer validityMonths) {

        public ModuleCourse {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(levelCode, "levelCode");
        }
    }

    /**
     * Adds the course to the catalogue unless a course with its code is there (an administrator may since have changed
     * its title or validity: theirs stands), with a change-history entry; for a module's start-up, instead of its
     * changelog writing the core's table. Returns whether it was added.
     */
    public boolean ensureCourse(ModuleCourse course) {
        try (Connection c = dataSource.getConnection()) {
            if (courses(c).containsKey(course.code())) {
                return false;
            }
            long id = new SequenceIds(c, "training_course_seq").next();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO training_course (id, version, code, title,"
                            + " level_code, delivery, validity_months, updated_at, updated_by) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, id);
                insert.setString(2, course.code());
                insert.setString(3, course.title());
                insert.setString(4, course.levelCode());
                insert.setString(5, MODULE_COURSE_DELIVERY);
                if (course.validityMonths() == null) {
                    insert.setNull(6, Types.INTEGER);
                } else {
                    insert.setInt(6, course.validityMonths());
                }
                insert.setTimestamp(7, now());
                insert.setString(8, actor.username());
                insert.executeUpdate();
            }
            changeLog.created(
                    COURSE_RECORD,
                    id,
                    "Course " + course.code() + " added for a sector module",
                    Map.of(
                            "code",
                            course.code(),
                            "title",
                            course.title(),
                            "level",
                            course.levelCode(),
                            "validityMonths",
                            course.validityMonths() == null
                                    ? ""
                                    : course.validityMonths().toString()));
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not add the course " + course.code() + ": " + e.getMessage(), e);
        }
    }

    /** Each course's id and validity in months (-1: never expires), by code. */
    private static Map<String, long[]> courses(Connection c) throws SQLException {
        Map<String, long[]> courses = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT code, id, validity_months FROM training_course");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                long id = rs.getLong(2);
                int months = rs.getInt(3);
                long validity = rs.wasNull() ? -1 : months;
                courses.put(code, new long[] {id, validity});
            }
        }
        return courses;
    }

    /** One change-history entry for a batch: how many, which ids, from where (who and when are the entry's own). */
    private void summarise(String recordType, List<Long> ids, String what) {
        long first = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        long last = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
        changeLog.created(
                recordType,
                first,
                ids.size() + " " + what,
                Map.of("count", Integer.toString(ids.size()), "ids", first + " to " + last));
    }

    private static Timestamp now() {
        // The same representation as the core's UtcInstantConverter.
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
