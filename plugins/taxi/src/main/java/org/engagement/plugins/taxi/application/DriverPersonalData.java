package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PersonalData;
import org.engagement.core.spi.PersonalDataSection;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.LicenceStatus;
import org.engagement.plugins.taxi.domain.RenewalChecklist;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * The register's part of a driver's subject access export and erasure: their driver record, its status changes, the
 * renewal checks run on their licence and its renewal checklists. The check log keeps counting an erased driver's
 * checks, under a licence number that no longer identifies them.
 */
@ApplicationScoped
class DriverPersonalData implements PersonalData {

    /** The start of an erased driver's licence number, on the driver, the check log and the checklists. */
    static final String ERASED_PREFIX = "ERASED-";

    @Inject
    private TaxiRepository repository;

    DriverPersonalData() {}

    /** For tests, on the module's own persistence unit. */
    DriverPersonalData(TaxiRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<String> personColumns() {
        return Set.of("taxi_driver.person_id");
    }

    @Override
    public List<PersonalDataSection> export(long personId) {
        List<Driver> drivers = repository.driversOf(personId);
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
        for (CheckLogEntry check : repository.checksOf(licenceNumber)) {
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
        for (RenewalChecklist list : repository.checklistsOf(licenceNumber)) {
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
        return repository.driversOf(personId).stream()
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
        for (Driver driver : repository.driversOf(personId)) {
            String erasedNumber = ERASED_PREFIX + driver.getId();
            String number = driver.getLicenceNumber();
            repository.overwriteDriver(
                    driver.getId(), replacementName, "(erased)", LocalDate.of(1900, 1, 1), erasedNumber);
            repository.renameLicenceInLogAndChecklists(number, erasedNumber);
        }
    }
}
