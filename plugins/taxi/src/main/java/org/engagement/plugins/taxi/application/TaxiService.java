package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.OrganisationRef;
import org.engagement.core.spi.RecordHistory;
import org.engagement.core.spi.RecordViews;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.BulkCheck;
import org.engagement.plugins.taxi.domain.BulkCheckQuery;
import org.engagement.plugins.taxi.domain.BulkCheckRow;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.ChecklistChange;
import org.engagement.plugins.taxi.domain.Coverage;
import org.engagement.plugins.taxi.domain.CoverageCount;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.DriverRow;
import org.engagement.plugins.taxi.domain.DriverSearch;
import org.engagement.plugins.taxi.domain.ImportSummary;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.domain.RenewalCheck;
import org.engagement.plugins.taxi.domain.RenewalChecklist;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.RenewalRuleSettings;
import org.engagement.plugins.taxi.domain.RenewalsDue;
import org.engagement.plugins.taxi.domain.TrainingRow;
import org.engagement.plugins.taxi.persistence.CheckLogWriter;
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.engagement.plugins.taxi.persistence.TaxiStore;

/** The only door into the taxi module's records: the register, driver training, the rule and the checks. */
@ApplicationScoped
@Transactional
public class TaxiService {

    public static final String REGISTER_RECORD = "TaxiDriverRegister";
    public static final String RULE_RECORD = "TaxiRenewalRule";
    public static final String CHECKLIST_RECORD = "TaxiRenewalChecklist";
    public static final String SCREEN = "SCREEN";
    public static final String API = "API";
    public static final String BULK = "BULK";

    @PersistenceContext(unitName = TaxiModule.ID)
    private EntityManager em;

    @Inject
    private TaxiStore store;

    @Inject
    private TaxiRepository repository;

    @Inject
    private OrganisationRecords organisations;

    @Inject
    private RecordHistory history;

    @Inject
    private CheckLogWriter checkLog;

    @Inject
    private Actor actor;

    /** The core's access log: who looked at which driver, and who exported drivers' data. */
    @Inject
    private RecordViews views;

    static final String DRIVER_RECORD = "Taxi driver";

    /** Figures and the officers' own reminders count every driver, restricted ones too (they are no list). */
    private static final String EVERY_DRIVER = "1 = 1";

    /** Read on every check, changed rarely: kept here until an administrator changes it. */
    private volatile RenewalRule cachedRule;

    /** Checks a driver against the rule on {@code renewalDate} (default: the licence's expiry) and logs the check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalCheck check(String licenceNumber, LocalDate renewalDate, String channel) {
        require(TaxiModule.CHECKERS, "Your role does not include renewal checks.");
        LicenceNumber number = new LicenceNumber(licenceNumber);
        RenewalRule rule = renewalRule();
        TaxiStore.CheckSubject subject = store.checkSubject(number.value(), rule.qualifyingCourseCodes())
                .orElseThrow(() -> new NotFoundException("Driver with licence number", number));
        Driver driver = shown(subject.driver());
        LocalDate on = renewalDate == null ? driver.getLicenceExpiry() : renewalDate;
        RenewalDecision decision = rule.decide(driver.getStatus(), on, subject.training());
        checkLog.record(new CheckLogEntry(driver.getLicenceNumber(), decision, actor.username(), channel));
        views.viewed(DRIVER_RECORD, driver.getId(), driver.getPersonId());
        return new RenewalCheck(driver, decision);
    }

    /** Runs (and logs) the check and returns it as a PDF evidence sheet naming who checked and when. */
    public byte[] evidencePdf(String licenceNumber, LocalDate renewalDate, String channel) {
        require(TaxiModule.READERS, "Your role does not include the evidence sheet.");
        RenewalCheck check = check(licenceNumber, renewalDate, channel);
        views.exported("Renewal check evidence", check.driver().getPersonId(), "PDF, licence " + licenceNumber);
        return EvidencePdf.of(check, operatorName(check.driver()), actor.username(), java.time.Instant.now());
    }

    /** The driver's operator by name, in words when there is none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String operatorName(Driver driver) {
        return driver.getOperatorId() == null
                ? "None recorded"
                : store.organisationNamesOfType(TaxiModule.OPERATOR)
                        .getOrDefault(driver.getOperatorId(), "None recorded");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Driver driver(String licenceNumber) {
        requireRegisterReader();
        Driver driver = driver(new LicenceNumber(licenceNumber));
        views.viewed(DRIVER_RECORD, driver.getId(), driver.getPersonId());
        return driver;
    }

    private Driver driver(LicenceNumber number) {
        return shown(repository
                .driver(number)
                .orElseThrow(() -> new NotFoundException("Driver with licence number", number)));
    }

    /**
     * The driver, unless their processing is restricted and the reader is not the data protection officer: then, as in
     * the core, they are not found.
     */
    private Driver shown(Driver driver) {
        if (hiddenPeople().contains(driver.getPersonId())) {
            throw new NotFoundException("Driver with licence number", driver.getLicenceNumber());
        }
        return driver;
    }

    /** The people whose processing is restricted, if the reader is one the restriction hides them from. */
    private Set<Long> hiddenPeople() {
        return RestrictedPeople.hideFrom(actor) ? repository.restrictedPeople() : Set.of();
    }

    /** One page of the register and how many drivers match in all (for the API). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<Driver> drivers(DriverSearch search) {
        requireRegisterReader();
        Set<Long> hidden = hiddenPeople();
        return new PageOf<>(repository.drivers(search, hidden), repository.countDrivers(search, hidden));
    }

    /** One page of the drivers that match, in the search's order, without counting them all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Driver> listDrivers(DriverSearch search) {
        requireRegisterReader();
        return repository.drivers(search, hiddenPeople());
    }

    /** How many drivers match the search's filters (a table asks this before it loads a page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countDrivers(DriverSearch search) {
        requireRegisterReader();
        return repository.countDrivers(search, hiddenPeople());
    }

    private void requireRegisterReader() {
        require(TaxiModule.READERS, "Your role does not include the driver register.");
    }

    /** Every operator's name by id, in name order, for lists and filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> operatorNames() {
        requireRegisterReader();
        return store.organisationNamesOfType(TaxiModule.OPERATOR);
    }

    /**
     * Upserts the licence register from CSV by licence number. Any invalid line refuses the whole file and
     * changes nothing; new operators are created by name. Lines that match the register as it stands are left
     * alone (no new version, no new "updated by"): a council re-sends its whole register, most of it unchanged.
     */
    @Transactional
    public ImportSummary importDrivers(InputStream csv) {
        require(TaxiModule.IMPORTERS, "Your role does not include importing the driver register.");
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
        store.insertDrivers(added, operatorByName, actor.username(), today);
        store.updateDrivers(changed, known, operatorByName, actor.username(), today);
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
        List<String> created = new ArrayList<>();
        for (String name : rows.stream()
                .map(DriverRow::operatorName)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList()) {
            String key = TaxiStore.nameKey(name);
            if (!operatorIds.containsKey(key)) {
                OrganisationRef operator =
                        organisations.createActive(name, TaxiModule.OPERATOR, "Created by the driver register import.");
                operatorIds.put(key, operator.getId());
                created.add(operator.getName());
            }
            byName.put(name, operatorIds.get(key));
        }
        return created;
    }

    /**
     * Imports drivers' completed training as core training records (source IMPORT). A line already on file
     * (same driver, course and completion date) is left alone, so the same file can be imported twice.
     */
    @Transactional
    public ImportSummary importTraining(InputStream csv) {
        require(TaxiModule.IMPORTERS, "Your role does not include importing driver training.");
        long started = System.currentTimeMillis();
        Map<String, TaxiStore.KnownDriver> drivers = store.driversByLicence();
        List<TrainingRow> rows = TaxiCsv.training(csv, Dates.today(), drivers.keySet(), store.courseCodes());
        Set<String> courseCodes = rows.stream().map(TrainingRow::courseCode).collect(Collectors.toSet());
        Set<TaxiStore.TrainingKey> onFile = new java.util.HashSet<>(store.trainingOfCourses(courseCodes));
        List<RegisterRecords.NewTraining> fresh = new ArrayList<>();
        for (TrainingRow row : rows) {
            long personId = drivers.get(row.licenceNumber()).personId();
            if (onFile.add(new TaxiStore.TrainingKey(personId, row.courseCode(), row.completedOn()))) {
                fresh.add(new RegisterRecords.NewTraining(
                        personId, row.courseCode(), row.completedOn(), row.certificateNumber()));
            }
        }
        store.insertTraining(fresh, actor.username());
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalRule renewalRule() {
        RenewalRule rule = cachedRule;
        if (rule == null) {
            rule = em.find(RenewalRuleSettings.class, RenewalRuleSettings.ID).rule();
            cachedRule = rule;
        }
        return rule;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalRuleSettings renewalRuleSettings() {
        require(TaxiModule.ADMINS, "Only an administrator may see the renewal rule's settings.");
        return em.find(RenewalRuleSettings.class, RenewalRuleSettings.ID);
    }

    /** Refused as stale unless {@code expectedVersion} is the version the rule has now. */
    public RenewalRule changeRule(RenewalRule rule, long expectedVersion) {
        require(TaxiModule.ADMINS, "Only an administrator may change the renewal rule.");
        RenewalRuleSettings settings = em.find(RenewalRuleSettings.class, RenewalRuleSettings.ID);
        if (expectedVersion != settings.getVersion()) {
            throw new StaleRecordException("The renewal rule", settings.getUpdatedBy(), settings.getUpdatedAt());
        }
        Map<String, String> before = settings.snapshot();
        settings.change(rule, actor.username());
        em.flush();
        history.updated(RULE_RECORD, RenewalRuleSettings.ID, "Renewal rule changed", before, settings.snapshot());
        cachedRule = null;
        return settings.rule();
    }

    /** Newest first, with how many match; {@code licencePrefix} (optional) matches the start of the licence number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<CheckLogEntry> checkLog(String licencePrefix, int first, int size) {
        readyToReadCheckLog();
        return new PageOf<>(repository.checkLog(licencePrefix, first, size), repository.countCheckLog(licencePrefix));
    }

    /** One page of the log, newest first, without counting it all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CheckLogEntry> checkLogPage(String licencePrefix, int first, int size) {
        readyToReadCheckLog();
        return repository.checkLog(licencePrefix, first, size);
    }

    /** How many checks the log holds for the prefix (a table asks this before it loads a page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long countCheckLog(String licencePrefix) {
        readyToReadCheckLog();
        return repository.countCheckLog(licencePrefix);
    }

    /** Administrators only; and every check made so far is written first, including those still queued. */
    private void readyToReadCheckLog() {
        require(TaxiModule.ADMINS, "Only an administrator may see the log of renewal checks.");
        checkLog.flush();
    }

    /** The checklist for the licence's current renewal; not yet saved (version 0) when nothing is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalChecklist checklist(String licenceNumber) {
        require(TaxiModule.CHECKLISTERS, "Your role does not include renewal checklists.");
        Driver driver = driver(new LicenceNumber(licenceNumber));
        return existingChecklist(driver)
                .orElseGet(() -> new RenewalChecklist(driver.getLicenceNumber(), driver.getLicenceExpiry()));
    }

    /** Records the items given, each with who and when; the training item runs (and logs) a renewal check. */
    public RenewalChecklist recordChecklist(String licenceNumber, ChecklistChange change, String channel) {
        require(TaxiModule.CHECKLISTERS, "Your role does not include renewal checklists.");
        Driver driver = driver(new LicenceNumber(licenceNumber));
        RenewalChecklist checklist = existingChecklist(driver).orElse(null);
        long current = checklist == null ? 0 : checklist.getVersion();
        if (change.version() != current) {
            throw new StaleRecordException(
                    "The renewal checklist", checklist == null ? null : lastRecordedBy(checklist), null);
        }
        boolean created = checklist == null;
        if (created) {
            checklist = new RenewalChecklist(driver.getLicenceNumber(), driver.getLicenceExpiry());
        }
        Map<String, String> before = checklist.snapshot();
        RenewalDecision training =
                change.checkTraining() ? check(licenceNumber, null, channel).decision() : null;
        checklist.record(change, training, Dates.today(), actor.username());
        if (created) {
            em.persist(checklist);
        }
        em.flush();
        if (created) {
            history.created(CHECKLIST_RECORD, checklist.getId(), "Renewal checklist started", checklist.snapshot());
        } else {
            history.updated(
                    CHECKLIST_RECORD, checklist.getId(), "Renewal checklist updated", before, checklist.snapshot());
        }
        return checklist;
    }

    private java.util.Optional<RenewalChecklist> existingChecklist(Driver driver) {
        return em.createNamedQuery("RenewalChecklist.forRenewal", RenewalChecklist.class)
                .setParameter("licenceNumber", driver.getLicenceNumber())
                .setParameter("licenceExpiry", driver.getLicenceExpiry())
                .getResultStream()
                .findFirst();
    }

    private static String lastRecordedBy(RenewalChecklist c) {
        return java.util.stream.Stream.of(c.getHmrcBy(), c.getDbsBy(), c.getNr3sBy(), c.getTrainingBy())
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * Checks many drivers at once on their licence's expiry date, not-eligible first, one page from the database.
     * Every check, by screen or API, is logged: each licence on the page (or in an export) is logged as a check.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BulkCheck bulkCheck(BulkCheckQuery query) {
        require(TaxiModule.READERS, "Your role does not include bulk renewal checks.");
        RenewalRule rule = renewalRule();
        TaxiStore.BulkWindow window = window(query);
        if (window == null) {
            return new BulkCheck(List.of(), 0, 0, unknownLicences(query));
        }
        String shown = RestrictedPeople.notHiddenCondition(actor, "d.person_id");
        long[] counts = store.bulkCheckCounts(window, rule, shown);
        List<BulkCheckRow> rows = store.bulkCheck(window, rule, shown, query.first(), query.size());
        rows.forEach(
                row -> checkLog.record(new CheckLogEntry(row.licenceNumber(), row.decision(), actor.username(), BULK)));
        views.exported("Bulk renewal check", null, rows.size() + " drivers from row " + (query.first() + 1));
        return new BulkCheck(rows, counts[0], counts[1], unknownLicences(query));
    }

    /**
     * How many active drivers' licences expire in the next {@code days} days, and how many of them may not be renewed
     * on today's training: counts only, for the licensing officer's home page, so no driver's check is logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalsDue renewalsDue(int days) {
        require(TaxiModule.READERS, "Your role does not include renewal checks.");
        long[] counts =
                store.bulkCheckCounts(window(new BulkCheckQuery(days, null, false, 0, 1)), renewalRule(), EVERY_DRIVER);
        return new RenewalsDue(days, counts[0], counts[1]);
    }

    /**
     * Drivers whose licence expires in the next {@code days} days and who would be refused on that day, each with its
     * driver id, for the licensing officers' reminders: read without a caller's role and logged as no check, since
     * nobody checked.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    List<Map.Entry<Long, BulkCheckRow>> renewalsAtRisk(LocalDate today, int days) {
        TaxiStore.BulkWindow window = new TaxiStore.BulkWindow(
                today.datesUntil(today.plusDays(days + 1L)).toList(), null, true);
        List<BulkCheckRow> refused =
                store.bulkCheck(window, renewalRule(), EVERY_DRIVER, 0, BulkCheckQuery.MAX_LICENCES).stream()
                        .filter(row -> !row.decision().eligible())
                        .toList();
        Map<String, Long> ids =
                driverIds(refused.stream().map(BulkCheckRow::licenceNumber).toList());
        return refused.stream()
                .map(row -> Map.entry(ids.get(row.licenceNumber()), row))
                .toList();
    }

    /** The drivers' ids by licence number, in one query however many licences. */
    private Map<String, Long> driverIds(List<String> licenceNumbers) {
        if (licenceNumbers.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "select d.licenceNumber, d.id from Driver d where d.licenceNumber in :numbers", Object[].class)
                .setParameter("numbers", licenceNumbers)
                .getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    private TaxiStore.BulkWindow window(BulkCheckQuery query) {
        List<String> listed = listedLicences(query);
        if (listed.isEmpty()) {
            if (query.days() < 1 || query.days() > BulkCheckQuery.MAX_DAYS) {
                throw new org.engagement.core.shared.InvalidInputException(
                        "days", "Enter a number of days from 1 to " + BulkCheckQuery.MAX_DAYS + ".");
            }
            LocalDate today = Dates.today();
            return new TaxiStore.BulkWindow(
                    today.datesUntil(today.plusDays(query.days() + 1L)).toList(), null, query.trainingShortOnly());
        }
        List<LocalDate> expiries = store.expiryDates(listed);
        return expiries.isEmpty() ? null : new TaxiStore.BulkWindow(expiries, listed, query.trainingShortOnly());
    }

    private static List<String> listedLicences(BulkCheckQuery query) {
        if (query.licenceNumbers() == null) {
            return List.of();
        }
        List<String> listed = new ArrayList<>(new java.util.LinkedHashSet<>(query.licenceNumbers().stream()
                .filter(n -> n != null && !n.isBlank())
                .map(n -> new LicenceNumber(n).value())
                .toList()));
        if (listed.size() > BulkCheckQuery.MAX_LICENCES) {
            throw new org.engagement.core.shared.InvalidInputException(
                    "licenceNumbers",
                    "List at most " + BulkCheckQuery.MAX_LICENCES + " licence numbers; this list has " + listed.size()
                            + ".");
        }
        return listed;
    }

    private List<String> unknownLicences(BulkCheckQuery query) {
        List<String> listed = listedLicences(query);
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> known = store.knownLicences(listed);
        return listed.stream().filter(n -> !known.contains(n)).toList();
    }

    /** Coverage today and at the end of each of the last {@code quarters} financial quarters (this one to date). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Coverage coverage(int quarters) {
        require(TaxiModule.READERS, "Your role does not include training coverage.");
        RenewalRule rule = renewalRule();
        LocalDate today = Dates.today();
        List<CoverageCount> counts = store.coverage(rule, today);
        Map<Long, String> operators = store.organisationNamesOfType(TaxiModule.OPERATOR);
        Map<String, long[]> byOperator = new java.util.TreeMap<>();
        Map<String, long[]> byType = new java.util.LinkedHashMap<>();
        long[] all = new long[2];
        for (CoverageCount c : counts) {
            String operator = c.operatorId() == null
                    ? "No operator recorded"
                    : operators.getOrDefault(c.operatorId(), "Unknown operator");
            add(byOperator.computeIfAbsent(operator, k -> new long[2]), c);
            add(byType.computeIfAbsent(c.licenceType().label(), k -> new long[2]), c);
            add(all, c);
        }
        return new Coverage(
                today,
                Coverage.Share.of("All active drivers", all[0], all[1]),
                shares(byOperator),
                shares(byType),
                trend(rule, today, Math.max(1, Math.min(quarters, 20))));
    }

    private List<Coverage.Share> trend(RenewalRule rule, LocalDate today, int quarters) {
        org.engagement.core.reporting.FinancialQuarter current =
                org.engagement.core.reporting.FinancialQuarter.of(today);
        org.engagement.core.reporting.FinancialQuarter first = current;
        for (int i = 1; i < quarters; i++) {
            first = org.engagement.core.reporting.FinancialQuarter.of(
                    first.start().minusDays(1));
        }
        List<Coverage.Share> trend = new ArrayList<>();
        for (org.engagement.core.reporting.FinancialQuarter q = first; q.compareTo(current) <= 0; q = q.next()) {
            LocalDate on = q.end().isAfter(today) ? today : q.end();
            long[] total = new long[2];
            store.coverage(rule, on).forEach(c -> add(total, c));
            trend.add(Coverage.Share.of(q.label(), total[0], total[1]));
        }
        return trend;
    }

    private static void add(long[] total, CoverageCount c) {
        total[0] += c.drivers();
        total[1] += c.trained();
    }

    private static List<Coverage.Share> shares(Map<String, long[]> totals) {
        return totals.entrySet().stream()
                .map(e -> Coverage.Share.of(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private void require(Set<Role> allowed, String refusal) {
        // Asks only about the allowed roles: each question is a container policy check, and checks are the hot path.
        if (allowed.stream().noneMatch(actor::hasRole)) {
            throw new AccessDeniedException(refusal);
        }
    }
}
