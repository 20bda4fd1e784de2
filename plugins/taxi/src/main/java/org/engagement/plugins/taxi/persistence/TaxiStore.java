package org.engagement.plugins.taxi.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.shared.BatchedStatements;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.SequenceIds;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.plugins.taxi.domain.BulkCheckRow;
import org.engagement.plugins.taxi.domain.CoverageCount;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.TrainingEvidence;

/**
 * The module's bulk and hot paths in plain JDBC on the application's data source, inside the caller's JTA
 * transaction: 100,000-row imports in batches, and the one query the renewal check needs. It writes only the module's
 * own tables; the drivers' core people and training records are written through the core's {@link RegisterRecords},
 * and read through the core's published views ({@code published_*}). Ids come from the same sequences as
 * EclipseLink's ({@link SequenceIds}), so both can write the tables.
 */
@ApplicationScoped
public class TaxiStore {

    /** Where the drivers' people and training come from, in the change history. */
    private static final String SOURCE = "the taxi licence register";

    @Resource(lookup = "java:app/jdbc/engagement")
    private DataSource dataSource;

    @Inject
    private RegisterRecords core;

    public TaxiStore() {}

    /** Outside a container (tests). */
    public TaxiStore(DataSource dataSource, RegisterRecords core) {
        this.dataSource = dataSource;
        this.core = core;
    }

    /** A driver on the register as it stands, to tell changed lines of an import from unchanged ones. */
    public record KnownDriver(
            long id,
            long personId,
            LicenceType type,
            String surname,
            String forenames,
            LocalDate dateOfBirth,
            LocalDate licenceExpiry,
            LicenceStatus status,
            Long operatorId) {

        public boolean sameAs(DriverRow row, Long rowOperatorId) {
            return type == row.licenceType()
                    && surname.equals(row.surname())
                    && forenames.equals(row.forenames())
                    && dateOfBirth.equals(row.dateOfBirth())
                    && licenceExpiry.equals(row.licenceExpiry())
                    && status == row.status()
                    && java.util.Objects.equals(operatorId, rowOperatorId);
        }
    }

    public record TrainingKey(long personId, String courseCode, LocalDate completedOn) {}

    public Map<String, KnownDriver> driversByLicence() {
        Map<String, KnownDriver> drivers = new HashMap<>();
        query(
                "SELECT licence_number, id, person_id, licence_type, surname, forenames, date_of_birth, licence_expiry, status,"
                        + " operator_id FROM taxi_driver",
                List.of(),
                rs -> drivers.put(
                        rs.getString(1),
                        new KnownDriver(
                                rs.getLong(2),
                                rs.getLong(3),
                                LicenceType.valueOf(rs.getString(4)),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getDate(7).toLocalDate(),
                                rs.getDate(8).toLocalDate(),
                                LicenceStatus.valueOf(rs.getString(9)),
                                rs.getObject(10) == null ? null : rs.getLong(10))));
        return drivers;
    }

    /** Organisations of the type, keyed by lower-cased name with spaces collapsed. */
    public Map<String, Long> organisationsOfType(String typeCode) {
        Map<String, Long> byName = new HashMap<>();
        query(
                "SELECT name, id FROM published_organisation WHERE type_code = ?",
                List.of(typeCode),
                rs -> byName.putIfAbsent(nameKey(rs.getString(1)), rs.getLong(2)));
        return byName;
    }

    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public Map<Long, String> organisationNamesOfType(String typeCode) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        query(
                "SELECT id, name FROM published_organisation WHERE type_code = ? ORDER BY name",
                List.of(typeCode),
                rs -> names.put(rs.getLong(1), rs.getString(2)));
        return names;
    }

    /** The codes of the courses in the core's catalogue. */
    public Set<String> courseCodes() {
        Set<String> codes = new HashSet<>();
        query("SELECT code FROM published_training_course", List.of(), rs -> codes.add(rs.getString(1)));
        return codes;
    }

    /** Every record of these courses on file, as person, course and completion date. */
    public Set<TrainingKey> trainingOfCourses(Set<String> courseCodes) {
        Set<TrainingKey> keys = new HashSet<>();
        if (courseCodes.isEmpty()) {
            return keys;
        }
        query(
                "SELECT r.person_id, c.code, r.completed_on FROM published_training_record r"
                        + " JOIN published_training_course c ON c.id = r.course_id WHERE c.code IN ("
                        + marks(courseCodes.size()) + ")",
                new ArrayList<>(courseCodes),
                rs -> keys.add(new TrainingKey(
                        rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate())));
        return keys;
    }

    /**
     * A driver, their records of the qualifying courses with who put each on file, and whether the driver's processing
     * is restricted (the check then shows them to a data protection officer only).
     */
    public record CheckSubject(Driver driver, List<TrainingEvidence> training, boolean restricted) {}

    /**
     * Everything a renewal check needs, in two reads by key on one connection: the driver by licence number with the
     * id of their precomputed qualifying record ({@link QualifyingTrainingStore}) and whether their person is
     * restricted; then that record with its course and who imported it. The check is the hot path of a licensing
     * counter and of council systems calling the API, so its cost does not grow with a driver's history; on PostgreSQL
     * each statement is a round trip, so they are few. Not one statement: one outer join of all of them was read by
     * Derby's optimiser with table scans (1 to 5 s a check at 100,000 drivers, found by bench/run); each of these joins
     * a key to a key, which has only one plan. {@code courseCodes} still filters the record, should the rule have
     * changed since it was precomputed.
     */
    public java.util.Optional<CheckSubject> checkSubject(String licenceNumber, Set<String> courseCodes) {
        try (Connection c = dataSource.getConnection()) {
            KeyReads reads = new KeyReads(c);
            return reads.one(
                            "SELECT d.id, d.version, d.licence_number, d.licence_type, d.surname, d.forenames,"
                                    + " d.date_of_birth, d.licence_expiry, d.status, d.operator_id, d.person_id,"
                                    + " d.updated_at, d.updated_by, q.training_record_id, r.person_id FROM taxi_driver d"
                                    + " LEFT OUTER JOIN taxi_qualifying_training q ON q.driver_id = d.id"
                                    + " LEFT OUTER JOIN " + RestrictedPeople.VIEW + " r ON r.person_id = d.person_id"
                                    + " WHERE d.licence_number = ?",
                            licenceNumber,
                            rs -> new FoundDriver(
                                    driver(rs),
                                    rs.getObject(14) == null ? null : rs.getLong(14),
                                    rs.getObject(15) != null))
                    .map(found -> new CheckSubject(
                            found.driver(),
                            qualifyingEvidence(reads, found.qualifyingRecordId(), courseCodes),
                            found.restricted()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read from the database: " + e.getMessage(), e);
        }
    }

    /** A driver read for a check: their precomputed qualifying record's id (null: none), and whether restricted. */
    private record FoundDriver(Driver driver, Long qualifyingRecordId, boolean restricted) {}

    /** The qualifying record as evidence, if there is one and its course is still one the rule accepts. */
    private static List<TrainingEvidence> qualifyingEvidence(KeyReads reads, Long recordId, Set<String> courseCodes) {
        if (recordId == null) {
            return List.of();
        }
        return reads.one(
                        "SELECT c.code, c.title, r.completed_on, r.certificate_number, r.source, i.imported_by,"
                                + " i.imported_at FROM published_training_record r"
                                + " JOIN published_training_course c ON c.id = r.course_id"
                                + " LEFT OUTER JOIN taxi_imported_record i ON i.training_record_id = r.id"
                                + " WHERE r.id = ?",
                        recordId,
                        rs -> new TrainingEvidence(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getDate(3).toLocalDate(),
                                rs.getString(4),
                                recordedBy(rs.getString(6), rs.getTimestamp(7), rs.getString(5))))
                .filter(evidence -> courseCodes.contains(evidence.courseCode()))
                .map(List::of)
                .orElse(List.of());
    }

    private static String recordedBy(String importedBy, Timestamp importedAt, String source) {
        if (importedBy != null) {
            return "Imported by " + importedBy + " on "
                    + Dates.describe(importedAt.toLocalDateTime().toLocalDate());
        }
        return "SESSION".equals(source) ? "Attendance at a training session recorded here" : "Source: " + source;
    }

    private static Driver driver(ResultSet rs) throws SQLException {
        return new Driver(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                LicenceType.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getDate(7).toLocalDate(),
                rs.getDate(8).toLocalDate(),
                LicenceStatus.valueOf(rs.getString(9)),
                rs.getObject(10) == null ? null : rs.getLong(10),
                rs.getLong(11),
                rs.getTimestamp(12).toLocalDateTime().toInstant(ZoneOffset.UTC),
                rs.getString(13));
    }

    /**
     * The bulk check's rows in one statement; the thresholds table carries each renewal date's earliest valid completion.
     * {@code shown} is a condition on the drivers ({@code d}) the reader may be shown (see {@link RestrictedPeople}).
     */
    public List<BulkCheckRow> bulkCheck(BulkWindow w, RenewalRule rule, String shown, int first, int size) {
        List<Object> parameters = new ArrayList<>();
        String sql = "SELECT x.licence_number, x.forenames, x.surname, x.licence_type, x.status, x.licence_expiry,"
                + " x.operator_id, x.latest, " + refusedCase() + " AS refused" + bulkFrom(w, rule, shown, parameters)
                + " ORDER BY refused DESC, x.licence_expiry, x.licence_number OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        parameters.add(first);
        parameters.add(size);
        List<BulkCheckRow> rows = new ArrayList<>();
        query(sql, parameters, rs -> {
            LicenceStatus status = LicenceStatus.valueOf(rs.getString(5));
            LocalDate expiry = rs.getDate(6).toLocalDate();
            LocalDate latest = rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate();
            Long operatorId = rs.getObject(7) == null ? null : rs.getLong(7);
            rows.add(new BulkCheckRow(
                    rs.getString(1),
                    rs.getString(2) + " " + rs.getString(3),
                    LicenceType.valueOf(rs.getString(4)),
                    status,
                    expiry,
                    operatorId,
                    latest,
                    rule.decide(
                            status,
                            expiry,
                            latest == null
                                    ? List.of()
                                    : List.of(new TrainingEvidence(
                                            rule.qualifyingCourseCodes()
                                                    .iterator()
                                                    .next(),
                                            null,
                                            latest,
                                            null,
                                            null)))));
        });
        return rows;
    }

    /** How many drivers the bulk check covers, and how many of them are not eligible. */
    public long[] bulkCheckCounts(BulkWindow w, RenewalRule rule, String shown) {
        List<Object> parameters = new ArrayList<>();
        long[] counts = new long[2];
        query("SELECT COUNT(*), SUM(" + refusedCase() + ")" + bulkFrom(w, rule, shown, parameters), parameters, rs -> {
            counts[0] = rs.getLong(1);
            counts[1] = rs.getLong(2);
        });
        return counts;
    }

    /**
     * The renewal dates a bulk check covers (sorted; every day of a window, or the listed licences' expiry dates)
     * and, optionally, the only licences it covers.
     */
    public record BulkWindow(List<LocalDate> renewalDates, List<String> licenceNumbers, boolean trainingShortOnly) {

        public LocalDate from() {
            return renewalDates.get(0);
        }

        public LocalDate to() {
            return renewalDates.get(renewalDates.size() - 1);
        }
    }

    private static String refusedCase() {
        return "CASE WHEN x.status IN ('REVOKED', 'SUSPENDED') OR x.latest IS NULL OR x.latest < t.earliest THEN 1 ELSE 0 END";
    }

    private static String bulkFrom(BulkWindow w, RenewalRule rule, String shown, List<Object> parameters) {
        StringBuilder sql = new StringBuilder(" FROM (SELECT d.licence_number, d.forenames, d.surname, d.licence_type,"
                + " d.status, d.licence_expiry, d.operator_id, (SELECT MAX(r.completed_on) FROM published_training_record r"
                + " JOIN published_training_course c ON c.id = r.course_id WHERE r.person_id = d.person_id AND ");
        sql.append(courseCondition(rule, parameters))
                .append(") AS latest FROM taxi_driver d WHERE ")
                .append(shown)
                .append(" AND d.licence_expiry BETWEEN ? AND ?");
        parameters.add(Date.valueOf(w.from()));
        parameters.add(Date.valueOf(w.to()));
        if (w.licenceNumbers() != null && !w.licenceNumbers().isEmpty()) {
            sql.append(" AND d.licence_number IN (")
                    .append(marks(w.licenceNumbers().size()))
                    .append(")");
            parameters.addAll(w.licenceNumbers());
        }
        if (w.trainingShortOnly()) {
            sql.append(" AND d.status = 'ACTIVE'");
        }
        sql.append(") x JOIN (VALUES ");
        List<String> values = new ArrayList<>();
        for (LocalDate day : w.renewalDates()) {
            values.add("(CAST(? AS DATE), CAST(? AS DATE))");
            parameters.add(Date.valueOf(day));
            parameters.add(Date.valueOf(rule.earliestQualifyingCompletion(day)));
        }
        sql.append(String.join(", ", values))
                .append(") AS t (renewal_on, earliest) ON t.renewal_on = x.licence_expiry");
        if (w.trainingShortOnly()) {
            sql.append(" WHERE x.latest IS NULL OR x.latest < t.earliest");
        }
        return sql.toString();
    }

    private static String courseCondition(RenewalRule rule, List<Object> parameters) {
        if (rule.qualifyingCourseCodes().isEmpty()) {
            return "1 = 0";
        }
        parameters.addAll(rule.qualifyingCourseCodes());
        return "c.code IN (" + marks(rule.qualifyingCourseCodes().size()) + ")";
    }

    /** The listed licences' expiry dates, each once, in order. */
    public List<LocalDate> expiryDates(List<String> licenceNumbers) {
        List<LocalDate> dates = new ArrayList<>();
        query(
                "SELECT DISTINCT licence_expiry FROM taxi_driver WHERE licence_number IN ("
                        + marks(licenceNumbers.size()) + ") ORDER BY licence_expiry",
                licenceNumbers,
                rs -> dates.add(rs.getDate(1).toLocalDate()));
        return dates;
    }

    public Set<String> knownLicences(List<String> licenceNumbers) {
        Set<String> known = new HashSet<>();
        query(
                "SELECT licence_number FROM taxi_driver WHERE licence_number IN (" + marks(licenceNumbers.size()) + ")",
                licenceNumbers,
                rs -> known.add(rs.getString(1)));
        return known;
    }

    /**
     * Drivers active at the end of {@code on}, by operator and licence type, counting those with qualifying training
     * valid on that day: one grouped query, whatever the size of the register. A driver counts from the day they
     * joined the register; their status on the day is the one before their first change of status after it (or
     * the current one if none). Operator and licence type are taken as they are now.
     */
    public List<CoverageCount> coverage(RenewalRule rule, LocalDate on) {
        List<Object> parameters = new ArrayList<>();
        String courses = courseCondition(rule, parameters);
        Date day = Date.valueOf(on);
        parameters.add(Date.valueOf(rule.earliestQualifyingCompletion(on)));
        parameters.addAll(List.of(day, day, day));
        List<CoverageCount> counts = new ArrayList<>();
        query(
                "SELECT d.operator_id, d.licence_type, COUNT(*), COUNT(v.person_id) FROM taxi_driver d"
                        + " LEFT JOIN (SELECT DISTINCT r.person_id FROM published_training_record r"
                        + " JOIN published_training_course c ON c.id = r.course_id"
                        + " WHERE " + courses + " AND r.completed_on BETWEEN ? AND ?) v ON v.person_id = d.person_id"
                        + " LEFT JOIN (SELECT h.driver_id, h.from_status FROM taxi_driver_status_change h JOIN (SELECT driver_id,"
                        + " MIN(changed_on) AS first_on FROM taxi_driver_status_change WHERE changed_on > ? GROUP BY driver_id) f"
                        + " ON f.driver_id = h.driver_id AND f.first_on = h.changed_on) s ON s.driver_id = d.id"
                        // Not COALESCE(s.from_status, d.status): Derby 10.16 drops the null-extended rows with it.
                        + " WHERE d.registered_on <= ? AND (s.from_status = 'ACTIVE' OR s.driver_id IS NULL AND d.status = 'ACTIVE')"
                        + " GROUP BY d.operator_id, d.licence_type",
                parameters,
                rs -> counts.add(new CoverageCount(
                        rs.getObject(1) == null ? null : rs.getLong(1),
                        LicenceType.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getLong(4))));
        return counts;
    }

    /**
     * Creates a core person (lawful basis: public task, the licensing function) through the core, and a driver for
     * each row.
     */
    public void insertDrivers(List<DriverRow> rows, Map<String, Long> operatorIds, String by, LocalDate today) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> personIds = core.createPeople(
                rows.stream()
                        .map(row -> new RegisterRecords.NewPerson(
                                row.personName(),
                                LawfulBasis.PUBLIC_TASK,
                                "Licensed driver " + row.licenceNumber() + " (licence register)"))
                        .toList(),
                SOURCE);
        Timestamp now = now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement driver = c.prepareStatement(
                        "INSERT INTO taxi_driver (id, version, licence_number,"
                                + " licence_type, surname, forenames, date_of_birth, licence_expiry, status, operator_id, person_id,"
                                + " updated_at, updated_by, registered_on) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            SequenceIds driverIds = new SequenceIds(c, "taxi_driver_seq").reserve(rows.size());
            BatchedStatements batches = new BatchedStatements(driver);
            for (int i = 0; i < rows.size(); i++) {
                DriverRow row = rows.get(i);
                driver.setLong(1, driverIds.next());
                setDriverFields(driver, 2, row, operatorIds);
                driver.setLong(10, personIds.get(i));
                driver.setTimestamp(11, now);
                driver.setString(12, by);
                driver.setDate(13, Date.valueOf(today));
                driver.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the driver register: " + e.getMessage(), e);
        }
    }

    /**
     * Updates the changed drivers; a change of status is also kept, dated, so coverage can be computed as it was.
     * Two changes on one day keep the status the day started with.
     */
    public void updateDrivers(
            List<DriverRow> rows,
            Map<String, KnownDriver> known,
            Map<String, Long> operatorIds,
            String by,
            LocalDate today) {
        if (rows.isEmpty()) {
            return;
        }
        Timestamp now = now();
        Set<Long> changedToday = new HashSet<>();
        query(
                "SELECT driver_id FROM taxi_driver_status_change WHERE changed_on = ?",
                List.of(Date.valueOf(today)),
                rs -> changedToday.add(rs.getLong(1)));
        core.renamePeople(
                rows.stream()
                        .map(row -> new RegisterRecords.Rename(
                                known.get(row.licenceNumber()).personId(), row.personName()))
                        .toList(),
                SOURCE);
        try (Connection c = dataSource.getConnection();
                PreparedStatement driver =
                        c.prepareStatement("UPDATE taxi_driver SET licence_number = ?, licence_type = ?,"
                                + " surname = ?, forenames = ?, date_of_birth = ?, licence_expiry = ?, status = ?, operator_id = ?,"
                                + " version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?");
                PreparedStatement statusChange = c.prepareStatement("INSERT INTO taxi_driver_status_change (driver_id,"
                        + " changed_on, from_status, to_status, changed_by) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement sameDayChange =
                        c.prepareStatement("UPDATE taxi_driver_status_change SET to_status = ?,"
                                + " changed_by = ? WHERE driver_id = ? AND changed_on = ?")) {
            BatchedStatements batches = new BatchedStatements(driver, statusChange, sameDayChange);
            for (DriverRow row : rows) {
                KnownDriver existing = known.get(row.licenceNumber());
                setDriverFields(driver, 1, row, operatorIds);
                driver.setTimestamp(9, now);
                driver.setString(10, by);
                driver.setLong(11, existing.id());
                driver.addBatch();
                if (existing.status() != row.status()) {
                    if (changedToday.contains(existing.id())) {
                        addSameDayChange(sameDayChange, existing, row, by, today);
                    } else {
                        addStatusChange(statusChange, existing, row, by, today);
                    }
                }
                batches.rowAdded();
            }
            batches.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the driver register: " + e.getMessage(), e);
        }
    }

    private static void addStatusChange(
            PreparedStatement insert, KnownDriver existing, DriverRow row, String by, LocalDate today)
            throws SQLException {
        insert.setLong(1, existing.id());
        insert.setDate(2, Date.valueOf(today));
        insert.setString(3, existing.status().name());
        insert.setString(4, row.status().name());
        insert.setString(5, by);
        insert.addBatch();
    }

    private static void addSameDayChange(
            PreparedStatement update, KnownDriver existing, DriverRow row, String by, LocalDate today)
            throws SQLException {
        update.setString(1, row.status().name());
        update.setString(2, by);
        update.setLong(3, existing.id());
        update.setDate(4, Date.valueOf(today));
        update.addBatch();
    }

    /** Sets the eight register columns from {@code first}: licence number to operator ({@code operatorIds} by name as written). */
    private static void setDriverFields(PreparedStatement s, int first, DriverRow row, Map<String, Long> operatorIds)
            throws SQLException {
        s.setString(first, row.licenceNumber());
        s.setString(first + 1, row.licenceType().name());
        s.setString(first + 2, row.surname());
        s.setString(first + 3, row.forenames());
        s.setDate(first + 4, Date.valueOf(row.dateOfBirth()));
        s.setDate(first + 5, Date.valueOf(row.licenceExpiry()));
        s.setString(first + 6, row.status().name());
        Long operatorId = row.operatorName() == null ? null : operatorIds.get(row.operatorName());
        if (operatorId == null) {
            s.setNull(first + 7, java.sql.Types.BIGINT);
        } else {
            s.setLong(first + 7, operatorId);
        }
    }

    /**
     * Core training records (source IMPORT), written through the core, which works out each one's valid until date
     * from its course; beside them, who imported each.
     */
    /** Records the training through the core, and marks it as imported; returns the records' ids in the same order. */
    public List<Long> insertTraining(List<RegisterRecords.NewTraining> records, String by) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<Long> ids = core.recordTraining(records, SOURCE);
        Timestamp now = now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement imported = c.prepareStatement(
                        "INSERT INTO taxi_imported_record (training_record_id, imported_by, imported_at) VALUES (?, ?, ?)")) {
            BatchedStatements batches = new BatchedStatements(imported);
            for (long id : ids) {
                imported.setLong(1, id);
                imported.setString(2, by);
                imported.setTimestamp(3, now);
                imported.addBatch();
                batches.rowAdded();
            }
            batches.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the training records: " + e.getMessage(), e);
        }
        return ids;
    }

    private static Timestamp now() {
        // The same representation as the core's UtcInstantConverter.
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Reads of one row by its key, all on one connection: a check makes two, and taking a connection from the pool
     * for each cost more than the read.
     */
    private record KeyReads(Connection connection) {

        <T> java.util.Optional<T> one(String sql, Object key, RowMapper<T> mapper) {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setObject(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(mapper.map(rs)) : java.util.Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read from the database: " + e.getMessage(), e);
            }
        }
    }

    private void query(String sql, List<?> parameters, RowReader reader) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read from the database: " + e.getMessage(), e);
        }
    }
}
