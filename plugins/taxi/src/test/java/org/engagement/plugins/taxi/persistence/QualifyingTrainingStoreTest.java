package org.engagement.plugins.taxi.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.TrainingEvidence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The renewal check's precomputed row ({@code taxi_qualifying_training}) gives the same answer as deciding on every
 * record of the driver's person, as the check did before, on a seeded random register; and it follows training
 * recorded later and a change of rule. The old computation is run here, beside the new one, rather than its answers
 * written down.
 */
class QualifyingTrainingStoreTest {

    private static final Actor LEAD = new FixedActor("lead", Set.of(Role.ADMIN));
    private static final RenewalRule CSE = new RenewalRule(Set.of("TAXI-CSE"), 36, null);
    private static final RenewalRule ALTERNATIVE = new RenewalRule(Set.of("TAXI-CSE", "TAXI-ALT"), 24, 30);
    private static final List<String> COURSES = List.of("TAXI-CSE", "TAXI-ALT", "FIRST-AID");
    private static final int DRIVERS = 120;

    private TestDatabase db;
    private DataSource dataSource;
    private EntityManager changeLogEm;
    private TaxiStore store;
    private QualifyingTrainingStore qualifying;
    private final Random random = new Random(20261205);

    @BeforeEach
    void migrate() throws SQLException {
        db = new TestDatabase(new TaxiModule().changelog().orElseThrow());
        dataSource = db.dataSource();
        changeLogEm = db.createEntityManager();
        changeLogEm.getTransaction().begin();
        RegisterRecords records = new RegisterRecords(dataSource, new ChangeLog(changeLogEm, LEAD), LEAD);
        records.ensureCourse(TaxiModule.DRIVER_COURSE);
        store = new TaxiStore(dataSource, records);
        qualifying = new QualifyingTrainingStore(dataSource);
        addCourse(900_001, "TAXI-ALT");
        addCourse(900_002, "FIRST-AID");
    }

    @AfterEach
    void closeDatabase() {
        changeLogEm.getTransaction().commit();
        changeLogEm.close();
        db.close();
    }

    @Test
    void theCheckDecidesAsEveryRecordOfThePersonDidOnASeededRegister() throws SQLException {
        seedRegister();
        qualifying.rebuild(CSE);

        assertSameDecisions(CSE);
    }

    @Test
    void theRowFollowsTrainingRecordedLaterFromTheRecordsThemselves() throws SQLException {
        assertTheRowsFollowTrainingOfEvery(3); // a few drivers: their rows are read by key
    }

    @Test
    void theRowsFollowTrainingOfManyDriversAtOnceOlderRecordsLeavingThemAlone() throws SQLException {
        assertTheRowsFollowTrainingOfEvery(1); // more drivers than a few: their rows are read in one go
    }

    private void assertTheRowsFollowTrainingOfEvery(int step) throws SQLException {
        seedRegister();
        qualifying.rebuild(CSE);
        Map<String, TaxiStore.KnownDriver> drivers = store.driversByLicence();

        List<RegisterRecords.NewTraining> later = new ArrayList<>();
        List<Long> laterDrivers = new ArrayList<>();
        for (int i = 0; i < DRIVERS; i += step) {
            TaxiStore.KnownDriver driver = drivers.get(licence(i));
            String course = i % 2 == 0 ? "TAXI-CSE" : "FIRST-AID";
            // Now and then a qualifying record older than any on file: it must not replace the row.
            LocalDate completedOn = i % 5 == 1 ? LocalDate.of(2018, 1, 1) : LocalDate.of(2026, 11, 1);
            later.add(new RegisterRecords.NewTraining(
                    driver.personId(), i % 5 == 1 ? "TAXI-CSE" : course, completedOn, null));
            laterDrivers.add(driver.id());
        }
        assertThat(later.size() > QualifyingTrainingStore.FEW)
                .as("drivers trained more than a few")
                .isEqualTo(step == 1);
        List<Long> ids = store.insertTraining(later, "lead");
        assertThat(decisionsMatch(CSE))
                .as("before the refresh, the newly trained drivers still read their old row")
                .isFalse();

        List<QualifyingTrainingStore.Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            recorded.add(new QualifyingTrainingStore.Recorded(
                    laterDrivers.get(i),
                    ids.get(i),
                    later.get(i).courseCode(),
                    later.get(i).completedOn()));
        }
        qualifying.recorded(recorded, CSE);

        assertSameDecisions(CSE);
    }

    @Test
    void aNewRuleRebuildsEveryDriversRow() throws SQLException {
        seedRegister();
        qualifying.rebuild(CSE);
        assertThat(decisionsMatch(ALTERNATIVE))
                .as("the rows built for the old rule do not answer for the new one")
                .isFalse();

        qualifying.rebuild(ALTERNATIVE);

        assertSameDecisions(ALTERNATIVE);
    }

    @Test
    void theFirstBuildIsClaimedOnce() {
        assertThat(qualifying.claimFirstBuild()).isTrue();
        assertThat(qualifying.claimFirstBuild()).isFalse();
    }

    private void assertSameDecisions(RenewalRule rule) throws SQLException {
        for (int i = 0; i < DRIVERS; i++) {
            for (LocalDate on : renewalDates()) {
                assertThat(summary(precomputed(rule, licence(i), on)))
                        .as("driver %s on %s", licence(i), on)
                        .isEqualTo(summary(everyRecord(rule, licence(i), on)));
            }
        }
    }

    private boolean decisionsMatch(RenewalRule rule) throws SQLException {
        for (int i = 0; i < DRIVERS; i++) {
            for (LocalDate on : renewalDates()) {
                if (!summary(precomputed(rule, licence(i), on)).equals(summary(everyRecord(rule, licence(i), on)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<LocalDate> renewalDates() {
        return List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 6, 30), LocalDate.of(2026, 12, 31));
    }

    /** The check as it runs now: the driver with their precomputed row. */
    private RenewalDecision precomputed(RenewalRule rule, String licence, LocalDate on) {
        TaxiStore.CheckSubject subject =
                store.checkSubject(licence, rule.qualifyingCourseCodes()).orElseThrow();
        return rule.decide(subject.driver().getStatus(), on, subject.training());
    }

    /** The check as it ran before: every record of the driver's person, the rule choosing among them. */
    private RenewalDecision everyRecord(RenewalRule rule, String licence, LocalDate on) throws SQLException {
        List<TrainingEvidence> records = new ArrayList<>();
        LicenceStatus status = null;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT d.status, c.code, r.completed_on FROM taxi_driver d"
                        + " LEFT JOIN published_training_record r ON r.person_id = d.person_id"
                        + " LEFT JOIN published_training_course c ON c.id = r.course_id WHERE d.licence_number = ?")) {
            s.setString(1, licence);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    status = LicenceStatus.valueOf(rs.getString(1));
                    String code = rs.getString(2);
                    if (code != null && rule.qualifies(code)) {
                        records.add(
                                new TrainingEvidence(code, null, rs.getDate(3).toLocalDate(), null, null));
                    }
                }
            }
        }
        return rule.decide(status, on, records);
    }

    /** What the officer is told: eligible or not, why, until when the training counts and when it was done. */
    private static String summary(RenewalDecision d) {
        return d.eligible() + " " + d.reasons() + " " + d.validUntil() + " "
                + (d.training() == null ? null : d.training().completedOn());
    }

    /** Drivers of every status with none to five records of three courses, some on the same day. */
    private void seedRegister() {
        List<DriverRow> rows = new ArrayList<>();
        LicenceStatus[] statuses = LicenceStatus.values();
        for (int i = 0; i < DRIVERS; i++) {
            rows.add(new DriverRow(
                    i + 2,
                    licence(i),
                    LicenceType.PRIVATE_HIRE,
                    "Surname" + i,
                    "Forename",
                    LocalDate.of(1980, 1, 1),
                    LocalDate.of(2027, 1, 1),
                    null,
                    statuses[random.nextInt(statuses.length)]));
        }
        store.insertDrivers(rows, Map.of(), "lead", LocalDate.of(2020, 1, 1));
        Map<String, TaxiStore.KnownDriver> drivers = store.driversByLicence();
        List<RegisterRecords.NewTraining> training = new ArrayList<>();
        for (int i = 0; i < DRIVERS; i++) {
            long personId = drivers.get(licence(i)).personId();
            for (int r = random.nextInt(6); r > 0; r--) {
                LocalDate completedOn = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(8 * 365));
                String course = COURSES.get(random.nextInt(COURSES.size()));
                training.add(new RegisterRecords.NewTraining(personId, course, completedOn, null));
            }
        }
        store.insertTraining(training, "lead");
    }

    private static String licence(int i) {
        return "Q-" + i;
    }

    private void addCourse(long id, String code) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO training_course (id, version, code, title, level_code, delivery,"
                    + " validity_months, updated_at, updated_by) VALUES (" + id + ", 1, '"
                    + code + "', 'Course " + code + "', 'AWARENESS', 'FACE_TO_FACE', 36, CURRENT_TIMESTAMP, 'test')");
        }
    }
}
