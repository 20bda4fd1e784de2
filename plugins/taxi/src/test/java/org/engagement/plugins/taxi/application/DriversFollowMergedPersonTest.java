package org.engagement.plugins.taxi.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.engagement.plugins.taxi.persistence.TaxiStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A merge of two people, as the core's merge calls it: the removed person's driver records name the survivor. */
class DriversFollowMergedPersonTest {

    private static final Actor LEAD = new FixedActor("lead", Set.of(Role.ADMIN));

    private final TestDatabase db =
            new TestDatabase(new TaxiModule().changelog().orElseThrow());
    private final EntityManager changeLogEm = db.createEntityManager();
    private final TaxiStore store;

    DriversFollowMergedPersonTest() {
        changeLogEm.getTransaction().begin();
        store = new TaxiStore(
                db.dataSource(), new RegisterRecords(db.dataSource(), new ChangeLog(changeLogEm, LEAD), LEAD));
    }

    @AfterEach
    void close() {
        changeLogEm.getTransaction().commit();
        changeLogEm.close();
        db.close();
    }

    @Test
    void theRemovedPersonsDriverRecordsNameTheSurvivorAndOthersAreUntouched() throws SQLException {
        store.insertDrivers(
                List.of(driver("M-1", "Old Cabs"), driver("M-2", "Old Cabs")),
                Map.of("Old Cabs", 501L),
                "lead",
                LocalDate.of(2026, 1, 5));
        Map<String, Long> before = people();
        long removed = before.get("M-1");

        db.inTransactions("taxi", (core, taxi) -> {
            new DriversFollowMergedPerson(new TaxiRepository(taxi)).merged(removed, 777L);
            return null;
        });

        Map<String, Long> after = people();
        assertThat(after.get("M-1")).isEqualTo(777L);
        assertThat(after.get("M-2")).isEqualTo(before.get("M-2")).isNotEqualTo(removed);
    }

    private static DriverRow driver(String licence, String operator) {
        return new DriverRow(
                2,
                licence,
                LicenceType.PRIVATE_HIRE,
                "Khan " + licence,
                "Imran",
                LocalDate.of(1980, 1, 1),
                LocalDate.of(2027, 1, 1),
                operator,
                LicenceStatus.ACTIVE);
    }

    private Map<String, Long> people() throws SQLException {
        Map<String, Long> found = new java.util.TreeMap<>();
        try (Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT licence_number, person_id FROM taxi_driver")) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getLong(2));
            }
        }
        return found;
    }
}
