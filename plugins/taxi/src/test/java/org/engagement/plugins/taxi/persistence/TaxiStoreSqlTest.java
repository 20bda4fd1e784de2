package org.engagement.plugins.taxi.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.application.RenewalChecks;
import org.engagement.plugins.taxi.application.TaxiFigures;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.CoverageCount;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The module's SQL on a real database (Derby, and PostgreSQL in the build's second run) migrated by the core's and the module's changelogs. */
class TaxiStoreSqlTest {

    private static final RenewalRule RULE = new RenewalRule(Set.of("TAXI-CSE"), 36, null);
    private static final LocalDate Q1_END = LocalDate.of(2025, 6, 30);
    private static final LocalDate Q2_END = LocalDate.of(2025, 9, 30);
    private static final LocalDate Q3_END = LocalDate.of(2025, 12, 31);

    private static final Actor LEAD = new FixedActor("lead", Set.of(Role.ADMIN));

    private TestDatabase db;
    private DataSource dataSource;
    private EntityManager changeLogEm;
    private TaxiStore store;

    @BeforeEach
    void migrate() {
        db = new TestDatabase(new TaxiModule().changelog().orElseThrow());
        dataSource = db.dataSource();
        changeLogEm = db.createEntityManager();
        changeLogEm.getTransaction().begin();
        RegisterRecords records = new RegisterRecords(dataSource, new ChangeLog(changeLogEm, LEAD), LEAD);
        records.ensureCourse(TaxiModule.DRIVER_COURSE);
        store = new TaxiStore(dataSource, records);
    }

    @AfterEach
    void closeDatabase() {
        changeLogEm.getTransaction().commit();
        changeLogEm.close();
        db.close();
    }

    @Test
    void pastQuartersCountTheDriversAndTrainingAsTheyWereThen() {
        // Two drivers join in May 2025, a third in November 2025 (after Q2 ended).
        store.insertDrivers(
                List.of(row("A-1", LicenceStatus.ACTIVE), row("A-2", LicenceStatus.ACTIVE)),
                Map.of(),
                "lead",
                LocalDate.of(2025, 5, 1));
        store.insertDrivers(List.of(row("A-3", LicenceStatus.ACTIVE)), Map.of(), "lead", LocalDate.of(2025, 11, 1));
        // A-2 is suspended in August 2025 and reinstated in December 2025.
        store.updateDrivers(
                List.of(row("A-2", LicenceStatus.SUSPENDED)),
                store.driversByLicence(),
                Map.of(),
                "lead",
                LocalDate.of(2025, 8, 15));
        store.updateDrivers(
                List.of(row("A-2", LicenceStatus.ACTIVE)),
                store.driversByLicence(),
                Map.of(),
                "lead",
                LocalDate.of(2025, 12, 10));
        // A-1 trained in June 2025; A-3 in October 2025.
        train("A-1", LocalDate.of(2025, 6, 1));
        train("A-3", LocalDate.of(2025, 10, 1));

        assertThat(total(Q1_END)).as("Q1: A-1 and A-2 active, A-1 trained").containsExactly(2L, 1L);
        assertThat(total(Q2_END)).as("Q2: A-2 suspended, A-3 not yet licensed").containsExactly(1L, 1L);
        assertThat(total(Q3_END))
                .as("Q3: all three active, A-1 and A-3 trained")
                .containsExactly(3L, 2L);
        assertThat(total(LocalDate.of(2025, 5, 31)))
                .as("training completed later does not count earlier")
                .containsExactly(2L, 0L);
    }

    @Test
    void theScorecardsFigureIsTheShareOfActiveDriversWithValidTrainingAsTheCouncilReportCountedIt() {
        List<DriverRow> register = new java.util.ArrayList<>();
        for (int i = 1; i <= 836; i++) {
            register.add(row("R-" + i, LicenceStatus.ACTIVE));
        }
        register.add(row("R-REVOKED", LicenceStatus.REVOKED));
        store.insertDrivers(register, Map.of(), "lead", LocalDate.of(2025, 4, 1));
        var drivers = store.driversByLicence();
        LocalDate trainedOn = LocalDate.of(2025, 5, 1);
        List<RegisterRecords.NewTraining> records = new java.util.ArrayList<>();
        for (int i = 1; i <= 627; i++) {
            records.add(new RegisterRecords.NewTraining(
                    drivers.get("R-" + i).personId(), "TAXI-CSE", trainedOn, "CERT-" + i));
        }
        store.insertTraining(records, "lead");

        FigureContribution figure = new TaxiFigures(store, RULE).driversTrained();
        FigureContribution.Value value = figure.valueFor(Q1_END.minusMonths(3), Q1_END);
        assertThat(value.value()).isEqualTo(75.0);
        assertThat(value.detail()).isEqualTo("627 of 836 active drivers");
        assertThat(figure.valueFor(Q1_END, LocalDate.of(2025, 4, 30)).value())
                .as("before anyone trained")
                .isEqualTo(0.0);
        assertThat(figure.id()).isEqualTo(TaxiFigures.DRIVERS_TRAINED);
    }

    @Test
    void trainingThatHadExpiredByAQuarterEndDoesNotCountForIt() {
        store.insertDrivers(List.of(row("B-1", LicenceStatus.ACTIVE)), Map.of(), "lead", LocalDate.of(2020, 1, 1));
        train("B-1", LocalDate.of(2022, 7, 1)); // valid until 30 June 2025 under a 36-month rule

        assertThat(total(LocalDate.of(2025, 6, 30))).containsExactly(1L, 1L);
        assertThat(total(LocalDate.of(2025, 7, 1))).containsExactly(1L, 0L);
    }

    @Test
    void twoChangesOnOneDayKeepTheStatusTheDayStartedWith() {
        store.insertDrivers(List.of(row("C-1", LicenceStatus.ACTIVE)), Map.of(), "lead", LocalDate.of(2025, 1, 1));
        LocalDate day = LocalDate.of(2025, 8, 1);
        store.updateDrivers(
                List.of(row("C-1", LicenceStatus.SUSPENDED)), store.driversByLicence(), Map.of(), "lead", day);
        store.updateDrivers(
                List.of(row("C-1", LicenceStatus.REVOKED)), store.driversByLicence(), Map.of(), "lead", day);

        assertThat(total(day.minusDays(1))).containsExactly(1L, 0L);
        assertThat(total(day)).containsExactly(0L, 0L);
    }

    @Test
    void bulkAndSingleChecksAreAllWrittenToTheCheckLog() throws SQLException {
        CheckLogWriter writer = new CheckLogWriter(dataSource);
        RenewalDecision refused = RULE.decide(LicenceStatus.REVOKED, LocalDate.of(2026, 1, 1), List.of());
        writer.record(new CheckLogEntry("D-1", refused, "officer", RenewalChecks.SCREEN));
        for (int i = 0; i < CheckLogWriter.BATCH + 20; i++) {
            writer.record(new CheckLogEntry("BULK-" + i, refused, "officer", RenewalChecks.BULK));
        }
        writer.flush();

        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT channel, COUNT(*), COUNT(DISTINCT id) FROM taxi_check_log GROUP BY channel ORDER BY channel")) {
            List<String> counts = new ArrayList<>();
            while (rs.next()) {
                counts.add(rs.getString(1) + "=" + rs.getLong(2) + "/" + rs.getLong(3));
            }
            assertThat(counts)
                    .containsExactly(
                            "BULK=" + (CheckLogWriter.BATCH + 20) + "/" + (CheckLogWriter.BATCH + 20), "SCREEN=1/1");
        }
    }

    private static DriverRow row(String licence, LicenceStatus status) {
        return new DriverRow(
                2,
                licence,
                LicenceType.PRIVATE_HIRE,
                "Khan",
                "Imran",
                LocalDate.of(1980, 1, 1),
                LocalDate.of(2027, 1, 1),
                null,
                status);
    }

    private void train(String licence, LocalDate completedOn) {
        long personId = store.driversByLicence().get(licence).personId();
        store.insertTraining(
                List.of(new RegisterRecords.NewTraining(personId, "TAXI-CSE", completedOn, "CERT-" + licence)), "lead");
    }

    private List<Long> total(LocalDate on) {
        long drivers = 0;
        long trained = 0;
        for (CoverageCount c : store.coverage(RULE, on)) {
            drivers += c.drivers();
            trained += c.trained();
        }
        return List.of(drivers, trained);
    }
}
