package org.engagement.plugins.taxi.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.privacy.JpaPrivacyRepository;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.BulkCheckRow;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.LicenceType;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.engagement.plugins.taxi.persistence.TaxiStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Restriction of processing reaches the driver register through the core's published SPI ({@link RestrictedPeople}):
 * a restricted driver leaves the register's search and the bulk renewal check (and so their CSV export) for a
 * licensing officer, stays for the data protection officer, and comes back when the restriction is lifted. The
 * register's figures still count them.
 */
class RestrictedDriverTest {

    private static final FixedActor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final FixedActor OFFICER = new FixedActor("lucy", Set.of(Role.LICENSING_OFFICER));
    private static final FixedActor LEAD = FixedActor.admin();
    private static final RenewalRule RULE = new RenewalRule(Set.of("TAXI-CSE"), 36, null);

    private TestDatabase db;
    private TaxiStore store;

    @BeforeEach
    void migrate() {
        db = new TestDatabase(new TaxiModule().changelog().orElseThrow());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aRestrictedDriverLeavesTheRegisterAndTheBulkCheckForAllButTheOfficerUntilLifted() {
        LocalDate expiry = Dates.today().plusDays(10);
        long farhan = driver("PH1001", "Zahidi", expiry);
        driver("PH1002", "Khan", expiry);

        assertThat(checkedAsRestricted("PH1001"))
                .as("the renewal check's read, before")
                .isFalse();
        restriction(farhan, true);
        assertThat(checkedAsRestricted("PH1001")).as("the renewal check's read").isTrue();
        assertThat(checkedAsRestricted("PH1002")).as("another driver's check").isFalse();
        assertThat(register(OFFICER)).containsExactly("Khan");
        assertThat(bulkCheck(OFFICER, expiry)).containsExactly("PH1002");
        assertThat(register(DPO)).containsExactly("Khan", "Zahidi");
        assertThat(bulkCheck(DPO, expiry)).containsExactly("PH1001", "PH1002");

        restriction(farhan, false);
        assertThat(checkedAsRestricted("PH1001"))
                .as("the renewal check's read, once lifted")
                .isFalse();
        assertThat(register(OFFICER)).containsExactly("Khan", "Zahidi");
        assertThat(bulkCheck(OFFICER, expiry)).containsExactly("PH1001", "PH1002");
    }

    /** Whether the renewal check reads the driver as restricted (it then shows them to the DPO alone). */
    private boolean checkedAsRestricted(String licence) {
        return store.checkSubject(licence, RULE.qualifyingCourseCodes())
                .orElseThrow()
                .restricted();
    }

    /** The register's search as {@code DriverRegister} runs it for the reader: surnames, by surname. */
    private List<String> register(Actor reader) {
        return db.inTransactions(TaxiModule.ID, (core, module) -> {
            TaxiRepository repository = new TaxiRepository(module);
            Set<Long> hidden = RestrictedPeople.hideFrom(reader) ? repository.restrictedPeople() : Set.of();
            DriverSearch search = new DriverSearch(null, null, null, 0, 50, "surname", false);
            List<String> surnames = repository.drivers(search, hidden).stream()
                    .map(Driver::getSurname)
                    .toList();
            assertThat(repository.countDrivers(search, hidden)).isEqualTo(surnames.size());
            return surnames;
        });
    }

    /** The bulk check's licences for the reader, with its count. */
    private List<String> bulkCheck(Actor reader, LocalDate expiry) {
        TaxiStore.BulkWindow window = new TaxiStore.BulkWindow(List.of(expiry), null, false);
        String shown = RestrictedPeople.notHiddenCondition(reader, "d.person_id");
        List<String> licences = store.bulkCheck(window, RULE, shown, 0, 50).stream()
                .map(BulkCheckRow::licenceNumber)
                .sorted()
                .toList();
        assertThat(store.bulkCheckCounts(window, RULE, shown)[0]).isEqualTo(licences.size());
        return licences;
    }

    private void restriction(long personId, boolean on) {
        db.inTransaction(em -> {
            PrivacyService privacy =
                    new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, DPO), DPO, List.of());
            if (on) {
                privacy.restrict(personId, "The driver contests their record (letter of today)");
            } else {
                privacy.liftRestriction(personId, "The record was checked and found right");
            }
            return null;
        });
    }

    /** A driver on the register, written as the import writes one; their core person's id. */
    private long driver(String licence, String surname, LocalDate expiry) {
        EntityManager changeLog = db.createEntityManager();
        changeLog.getTransaction().begin();
        store = new TaxiStore(
                db.dataSource(), new RegisterRecords(db.dataSource(), new ChangeLog(changeLog, LEAD), LEAD));
        store.insertDrivers(
                List.of(new DriverRow(
                        2,
                        licence,
                        LicenceType.PRIVATE_HIRE,
                        surname,
                        "Farhan",
                        LocalDate.of(1980, 3, 4),
                        expiry,
                        null,
                        LicenceStatus.ACTIVE)),
                Map.of(),
                "lead",
                LocalDate.of(2024, 1, 1));
        changeLog.getTransaction().commit();
        changeLog.close();
        return store.driversByLicence().get(licence).personId();
    }
}
