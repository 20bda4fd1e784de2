package org.engagement.plugins.taxi.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.privacy.JpaPrivacyRepository;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.privacy.SubjectAccessExport;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.PersonColumns;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TextScan;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.engagement.plugins.taxi.persistence.TaxiStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's part of the privacy tools, on the core's and the module's migrated schema: every column naming a
 * person is covered by the export, a driver's licence, checks and checklists are in it, and erasure anonymises them
 * while the check log keeps its count, or is refused while the licence is in force.
 */
class DriverPersonalDataTest {

    private static final FixedActor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));

    private static final FixedActor LEAD = FixedActor.admin();

    private TestDatabase db;

    @BeforeEach
    void migrate() {
        db = new TestDatabase(new TaxiModule().changelog().orElseThrow());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T privacy(Function<PrivacyService, T> work) {
        return db.inTransactions(
                TaxiModule.ID,
                (core, module) -> work.apply(new PrivacyService(
                        new JpaPrivacyRepository(core),
                        new ChangeLog(core, DPO),
                        DPO,
                        List.of(new DriverPersonalData(new TaxiRepository(module))))));
    }

    /** A driver on the register, written as the import writes one: the person through the core's RegisterRecords. */
    private long driver(String licence, LicenceStatus status, LocalDate expiry) {
        EntityManager changeLog = db.createEntityManager();
        changeLog.getTransaction().begin();
        TaxiStore store = new TaxiStore(
                db.dataSource(), new RegisterRecords(db.dataSource(), new ChangeLog(changeLog, LEAD), LEAD));
        store.insertDrivers(
                List.of(new DriverRow(
                        2,
                        licence,
                        LicenceType.PRIVATE_HIRE,
                        "Zahidi",
                        "Farhan",
                        LocalDate.of(1980, 3, 4),
                        expiry,
                        null,
                        status)),
                Map.of(),
                "lead",
                LocalDate.of(2024, 1, 1));
        changeLog.getTransaction().commit();
        changeLog.close();
        return store.driversByLicence().get(licence).personId();
    }

    private void checked(String licence) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO taxi_check_log (id, checked_at, checked_by,"
                                + " licence_number, renewal_date, eligible, reasons, channel) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, 1);
            insert.setTimestamp(2, Timestamp.from(Dates.now()));
            insert.setString(3, "lucy");
            insert.setString(4, licence);
            insert.setDate(5, java.sql.Date.valueOf(LocalDate.of(2025, 1, 1)));
            insert.setBoolean(6, true);
            insert.setString(7, null);
            insert.setString(8, "PAGE");
            insert.executeUpdate();
        }
    }

    private long checkLogRows() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM taxi_check_log");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyColumnNamingAPersonInTheCoreAndTheModuleIsCoveredByTheExport() {
        Set<String> inSchema = PersonColumns.in(db.dataSource());

        assertThat(inSchema).contains("taxi_driver.person_id");
        assertThat(privacy(PrivacyService::coveredPersonColumns)).containsAll(inSchema);
    }

    @Test
    void aDriversLicenceAndRenewalChecksAreInTheirExport() throws SQLException {
        long person = driver("PH-EXPORT-1", LicenceStatus.ACTIVE, LocalDate.of(2030, 1, 1));
        checked("PH-EXPORT-1");

        SubjectAccessExport export = privacy(p -> p.subjectAccess(person, "JSON"));

        assertThat(rows(export, "Taxi and private hire licences"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("Licence number", "PH-EXPORT-1")
                        .containsEntry("Surname", "Zahidi")
                        .containsEntry("Date of birth", "4 Mar 1980"));
        assertThat(rows(export, "Taxi licence renewal checks"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("By", "lucy"));
    }

    @Test
    void aLicenceInForceHoldsErasureBackAndALapsedOneIsErasedWithItsChecksStillCounted() throws SQLException {
        long current =
                driver("PH-CURRENT-1", LicenceStatus.ACTIVE, Dates.today().plusYears(1));
        assertThatThrownBy(() -> privacy(p -> {
                    p.erase(current, "His request of today, by email");
                    return null;
                }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("taxi licence PH-CURRENT-1 is in force until");

        long lapsed = driver("PH-LAPSED-1", LicenceStatus.LAPSED, Dates.today().minusYears(1));
        checked("PH-LAPSED-1");
        long checksBefore = checkLogRows();
        privacy(p -> {
            p.erase(lapsed, "His request of today, by email");
            return null;
        });

        assertThat(checkLogRows()).isEqualTo(checksBefore);
        assertThat(TextScan.whereFound(db.dataSource(), "PH-LAPSED-1")).isEmpty();
        assertThat(TextScan.whereFound(db.dataSource(), "Zahidi"))
                .as("the driver still licensed keeps their name; nowhere else")
                .containsOnly("taxi_driver.surname", "person.name");
        SubjectAccessExport after = privacy(p -> p.subjectAccess(lapsed, "JSON"));
        assertThat(rows(after, "Taxi licence renewal checks")).hasSize(1);
        assertThat(rows(after, "Taxi and private hire licences"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("Licence number")).startsWith("ERASED-"));
    }

    private static List<Map<String, String>> rows(SubjectAccessExport export, String title) {
        return export.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow()
                .rows();
    }
}
