package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PersonalData;
import org.engagement.core.spi.PersonalDataSection;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.RenewalChecklist;

/**
 * The register's part of a driver's subject access export and erasure: their driver record, its status changes, the
 * renewal checks run on their licence and its renewal checklists. The check log keeps counting an erased driver's
 * checks, under a licence number that no longer identifies them.
 */
@ApplicationScoped
class DriverPersonalData implements PersonalData {

    @PersistenceContext(unitName = TaxiModule.ID)
    private EntityManager em;

    DriverPersonalData() {}

    /** For tests, on the module's own persistence unit. */
    DriverPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("taxi_driver.person_id");
    }

    @Override
    public List<PersonalDataSection> export(long personId) {
        List<Driver> drivers = drivers(personId);
        List<Map<String, String>> records = new ArrayList<>();
        List<Map<String, String>> checks = new ArrayList<>();
        List<Map<String, String>> checklists = new ArrayList<>();
        for (Driver driver : drivers) {
            records.add(driver(driver));
            checks.addAll(checks(driver.getLicenceNumber()));
            checklists.addAll(checklists(driver.getLicenceNumber()));
        }
        return List.of(
                new PersonalDataSection("Taxi and private hire licences", records),
                new PersonalDataSection("Taxi licence renewal checks", checks),
                new PersonalDataSection("Taxi licence renewal checklists", checklists));
    }

    private List<Driver> drivers(long personId) {
        return em.createQuery("SELECT d FROM Driver d WHERE d.personId = :personId ORDER BY d.id", Driver.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    private static Map<String, String> driver(Driver d) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Licence number", d.getLicenceNumber());
        row.put("Licence type", d.getLicenceType().toString());
        row.put("Surname", d.getSurname());
        row.put("Forenames", d.getForenames());
        row.put("Date of birth", Dates.describe(d.getDateOfBirth()));
        row.put("Licence expires", Dates.describe(d.getLicenceExpiry()));
        row.put("Status", d.getStatus().toString());
        return row;
    }

    private List<Map<String, String>> checks(String licenceNumber) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (CheckLogEntry check : em.createQuery(
                        "SELECT c FROM CheckLogEntry c WHERE c.licenceNumber = :licence ORDER BY c.checkedAt",
                        CheckLogEntry.class)
                .setParameter("licence", licenceNumber)
                .getResultList()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Licence number", check.getLicenceNumber());
            row.put("Checked", Dates.describe(check.getCheckedAt()));
            row.put("By", check.getCheckedBy());
            row.put("For renewal on", Dates.describe(check.getRenewalDate()));
            row.put("Eligible", check.isEligible() ? "Yes" : "No");
            row.put("Reasons", check.getReasons() == null ? "" : check.getReasons());
            rows.add(row);
        }
        return rows;
    }

    private List<Map<String, String>> checklists(String licenceNumber) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (RenewalChecklist list : em.createQuery(
                        "SELECT r FROM RenewalChecklist r WHERE r.licenceNumber = :licence ORDER BY r.licenceExpiry",
                        RenewalChecklist.class)
                .setParameter("licence", licenceNumber)
                .getResultList()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Licence number", list.getLicenceNumber());
            row.put("Licence expiry renewed", Dates.describe(list.getLicenceExpiry()));
            row.put("Training eligible", String.valueOf(list.getTrainingEligible()));
            rows.add(row);
        }
        return rows;
    }

    /** A licence still in force is a licensing decision the council must keep on record. */
    @Override
    public List<String> erasureRefusals(long personId) {
        LocalDate today = Dates.today();
        return drivers(personId).stream()
                .filter(d -> d.getStatus() == LicenceStatus.ACTIVE
                        && !d.getLicenceExpiry().isBefore(today))
                .map(d -> "taxi licence " + d.getLicenceNumber() + " is in force until "
                        + Dates.describe(d.getLicenceExpiry())
                        + " and the licensing authority must keep its holder's record while it is")
                .toList();
    }

    /**
     * Names and date of birth go; the licence number, which identifies the driver, becomes {@code ERASED-<id>} on the
     * driver, the check log and the checklists alike, so each check still counts once in the log's totals.
     */
    @Override
    public void erase(long personId, String replacementName) {
        for (Driver driver : drivers(personId)) {
            String erasedNumber = "ERASED-" + driver.getId();
            String number = driver.getLicenceNumber();
            em.createQuery("UPDATE Driver d SET d.surname = :surname, d.forenames = :forenames,"
                            + " d.dateOfBirth = :born, d.licenceNumber = :erased WHERE d.id = :id")
                    .setParameter("surname", replacementName)
                    .setParameter("forenames", "(erased)")
                    .setParameter("born", LocalDate.of(1900, 1, 1))
                    .setParameter("erased", erasedNumber)
                    .setParameter("id", driver.getId())
                    .executeUpdate();
            em.createQuery("UPDATE CheckLogEntry c SET c.licenceNumber = :erased WHERE c.licenceNumber = :number")
                    .setParameter("erased", erasedNumber)
                    .setParameter("number", number)
                    .executeUpdate();
            em.createQuery("UPDATE RenewalChecklist r SET r.licenceNumber = :erased WHERE r.licenceNumber = :number")
                    .setParameter("erased", erasedNumber)
                    .setParameter("number", number)
                    .executeUpdate();
        }
    }
}
