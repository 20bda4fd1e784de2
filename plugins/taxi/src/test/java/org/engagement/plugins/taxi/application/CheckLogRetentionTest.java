package org.engagement.plugins.taxi.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.privacy.retention.JpaRetentionRepository;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.shared.Dates;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's row of the retention schedule, applied by the core's schedule with a fixed clock: a check six years
 * old loses its licence number, one a day younger keeps it, and the log's count is the same.
 */
class CheckLogRetentionTest {

    private static final LocalDate DAY = LocalDate.of(2019, 1, 15);

    private TestDatabase db;

    @BeforeEach
    void migrate() throws SQLException {
        db = new TestDatabase(new TaxiModule().changelog().orElseThrow());
        checked(1, "PH-OLDER-1", DAY);
        checked(2, "PH-NEWER-1", DAY.plusDays(1));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void checked(long id, String licence, LocalDate on) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO taxi_check_log (id, checked_at, checked_by,"
                                + " licence_number, renewal_date, eligible, reasons, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            // Stored as UTC wall-clock time, as the application's converter stores it; 09:00 in January is the same.
            insert.setTimestamp(2, Timestamp.valueOf(on.atTime(9, 0)));
            insert.setString(3, "lucy");
            insert.setString(4, licence);
            insert.setDate(5, java.sql.Date.valueOf(on.plusMonths(1)));
            insert.setBoolean(6, true);
            insert.setString(7, null);
            insert.setString(8, "PAGE");
            insert.executeUpdate();
        }
    }

    private List<String> licenceNumbers() throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("SELECT licence_number FROM taxi_check_log ORDER BY id");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                numbers.add(rs.getString(1));
            }
        }
        return numbers;
    }

    private void applyOn(LocalDate today) {
        FixedActor system = new FixedActor("system", Set.of());
        db.inTransactions(
                TaxiModule.ID,
                (core, module) -> new RetentionService(
                                new JpaRetentionRepository(core),
                                new ChangeLog(core, system),
                                system,
                                List.of(new CheckLogRetention(new TaxiRepository(module))),
                                Clock.fixed(today.atTime(3, 0).atZone(Dates.UK).toInstant(), Dates.UK))
                        .applyDue());
    }

    @Test
    void aCheckKeepsItsLicenceNumberForSixYearsThenLosesItAndStillCounts() throws SQLException {
        applyOn(DAY.plusYears(6).minusDays(1));
        assertThat(licenceNumbers()).containsExactly("PH-OLDER-1", "PH-NEWER-1");

        applyOn(DAY.plusYears(6));

        assertThat(licenceNumbers()).containsExactly("RETAINED-1", "PH-NEWER-1");
    }
}
