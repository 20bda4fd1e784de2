package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.RecordHistory;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.ImportSummary;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.TrainingRow;
import org.engagement.plugins.taxi.persistence.QualifyingTrainingStore;
import org.engagement.plugins.taxi.persistence.TaxiStore;

/**
 * Imports the council's licence register and drivers' completed training from CSV. Each file is checked whole
 * first: any invalid line refuses it and changes nothing.
 */
@ApplicationScoped
@Transactional
public class RegisterImport {

    public static final String REGISTER_RECORD = "TaxiDriverRegister";

    @Inject
    private TaxiAccess access;

    @Inject
    private TaxiStore store;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private RecordHistory history;

    @Inject
    private RenewalRules rules;

    @Inject
    private QualifyingTrainingStore qualifyingTraining;

    /**
     * Upserts the licence register from CSV by licence number. Any invalid line refuses the whole file and
     * changes nothing; new operators are created by name. Lines that match the register as it stands are left
     * alone (no new version, no new "updated by"): a council re-sends its whole register, most of it unchanged.
     */
    @Transactional
    public ImportSummary importDrivers(InputStream csv) {
        access.require(TaxiModule.IMPORTERS, "Your role does not include importing the driver register.");
        long started = System.currentTimeMillis();
        List<DriverRow> rows = TaxiCsv.register(csv);
        Map<String, TaxiStore.KnownDriver> known = store.driversByLicence();
        Map<String, Long> operatorIds = new HashMap<>(store.organisationsOfType(TaxiModule.OPERATOR));
        Map<String, Long> operatorByName = new HashMap<>();
        List<String> operatorsCreated = createMissingOperators(rows, operatorIds, operatorByName);
        List<DriverRow> added = new ArrayList<>();
        List<DriverRow> changed = new ArrayList<>();
        for (DriverRow row : rows) {
            TaxiStore.KnownDriver existing = known.get(row.licenceNumber());
            if (existing == null) {
                added.add(row);
            } else if (!existing.sameAs(
                    row, row.operatorName() == null ? null : operatorByName.get(row.operatorName()))) {
                changed.add(row);
            }
        }
        LocalDate today = Dates.today();
        store.insertDrivers(added, operatorByName, access.username(), today);
        store.updateDrivers(changed, known, operatorByName, access.username(), today);
        int unchanged = rows.size() - added.size() - changed.size();
        ImportSummary summary = new ImportSummary(
                rows.size(),
                added.size(),
                changed.size(),
                unchanged,
                operatorsCreated,
                System.currentTimeMillis() - started);
        // One summarised entry per import (who and when are the entry's own): the rows themselves carry updated_by/at.
        history.updated(
                REGISTER_RECORD,
                1,
                "Driver register imported",
                Map.of(),
                Map.of(
                        "rows",
                        Integer.toString(rows.size()),
                        "created",
                        Integer.toString(added.size()),
                        "updated",
                        Integer.toString(changed.size()),
                        "unchanged",
                        Integer.toString(unchanged),
                        "operatorsCreated",
                        String.join(", ", operatorsCreated)));
        return summary;
    }

    /** Creates the operators the file names that are not on file yet; fills {@code byName} (name as written to id). */
    private List<String> createMissingOperators(
            List<DriverRow> rows, Map<String, Long> operatorIds, Map<String, Long> byName) {
        List<String> named = rows.stream()
                .map(DriverRow::operatorName)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<String, String> missing = new java.util.LinkedHashMap<>(); // key to the name as first written
        named.stream()
                .filter(name -> !operatorIds.containsKey(TaxiStore.nameKey(name)))
                .forEach(name -> missing.putIfAbsent(TaxiStore.nameKey(name), name));
        List<OrganisationRef> created = organisations.createActive(
                List.copyOf(missing.values()), TaxiModule.OPERATOR, "Created by the driver register import.");
        List<String> keys = List.copyOf(missing.keySet());
        for (int i = 0; i < created.size(); i++) { // in the order of the names given
            operatorIds.put(keys.get(i), created.get(i).getId());
        }
        named.forEach(name -> byName.put(name, operatorIds.get(TaxiStore.nameKey(name))));
        return created.stream().map(OrganisationRef::getName).toList();
    }

    /**
     * Imports drivers' completed training as core training records (source IMPORT). A line already on file
     * (same driver, course and completion date) is left alone, so the same file can be imported twice.
     */
    @Transactional
    public ImportSummary importTraining(InputStream csv) {
        access.require(TaxiModule.IMPORTERS, "Your role does not include importing driver training.");
        long started = System.currentTimeMillis();
        RenewalRule rule = rules.renewalRule(); // on a server's first use, also puts the module's course in place
        Map<String, TaxiStore.KnownDriver> drivers = store.driversByLicence();
        List<TrainingRow> rows = TaxiCsv.training(csv, Dates.today(), drivers.keySet(), store.courseCodes());
        Set<String> courseCodes = rows.stream().map(TrainingRow::courseCode).collect(Collectors.toSet());
        Set<TaxiStore.TrainingKey> onFile = new java.util.HashSet<>(store.trainingOfCourses(courseCodes));
        List<RegisterRecords.NewTraining> fresh = new ArrayList<>();
        List<Long> freshDrivers = new ArrayList<>();
        for (TrainingRow row : rows) {
            TaxiStore.KnownDriver driver = drivers.get(row.licenceNumber());
            if (onFile.add(new TaxiStore.TrainingKey(driver.personId(), row.courseCode(), row.completedOn()))) {
                fresh.add(new RegisterRecords.NewTraining(
                        driver.personId(), row.courseCode(), row.completedOn(), row.certificateNumber()));
                freshDrivers.add(driver.id());
            }
        }
        List<Long> ids = store.insertTraining(fresh, access.username());
        List<QualifyingTrainingStore.Recorded> recorded = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            recorded.add(new QualifyingTrainingStore.Recorded(
                    freshDrivers.get(i),
                    ids.get(i),
                    fresh.get(i).courseCode(),
                    fresh.get(i).completedOn()));
        }
        qualifyingTraining.recorded(recorded, rule);
        history.updated(
                REGISTER_RECORD,
                1,
                "Driver training imported",
                Map.of(),
                Map.of(
                        "rows",
                        Integer.toString(rows.size()),
                        "created",
                        Integer.toString(fresh.size()),
                        "unchanged",
                        Integer.toString(rows.size() - fresh.size())));
        return new ImportSummary(
                rows.size(),
                fresh.size(),
                0,
                rows.size() - fresh.size(),
                List.of(),
                System.currentTimeMillis() - started);
    }
}
