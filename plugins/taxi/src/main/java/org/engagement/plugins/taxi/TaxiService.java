package org.engagement.plugins.taxi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.PageOf;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.user.Role;

/** The only door into the taxi module's records: the register, driver training, the rule and the checks. */
@ApplicationScoped
@Transactional
public class TaxiService {

    public static final String REGISTER_RECORD = "TaxiDriverRegister";
    public static final String RULE_RECORD = "TaxiRenewalRule";
    public static final String SCREEN = "SCREEN";
    public static final String API = "API";

    @PersistenceContext(unitName = TaxiModule.ID)
    private EntityManager em;

    @Inject
    private TaxiStore store;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    /** Read on every check, changed rarely: kept here until an administrator changes it. */
    private volatile RenewalRule cachedRule;

    /** Checks a driver against the rule on {@code renewalDate} (default: the licence's expiry) and logs the check. */
    public RenewalCheck check(String licenceNumber, LocalDate renewalDate, String channel) {
        require(TaxiModule.CHECKERS, "Your role does not include renewal checks.");
        Driver driver = driver(new LicenceNumber(licenceNumber));
        RenewalRule rule = renewalRule();
        LocalDate on = renewalDate == null ? driver.getLicenceExpiry() : renewalDate;
        RenewalDecision decision = rule.decide(driver.getStatus(), on, store.trainingOf(driver.getPersonId(), rule.qualifyingCourseCodes()));
        em.persist(new CheckLogEntry(driver.getLicenceNumber(), decision, actor.username(), channel));
        return new RenewalCheck(driver, decision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Driver driver(String licenceNumber) {
        require(TaxiModule.READERS, "Your role does not include the driver register.");
        return driver(new LicenceNumber(licenceNumber));
    }

    private Driver driver(LicenceNumber number) {
        return em.createNamedQuery("Driver.findByLicenceNumber", Driver.class).setParameter("licenceNumber", number.value())
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Driver with licence number", number));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<Driver> drivers(DriverSearch search) {
        require(TaxiModule.READERS, "Your role does not include the driver register.");
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.q() != null && !search.q().isBlank()) {
            where.append(" AND (d.licenceNumber LIKE :licence OR UPPER(d.surname) LIKE :surname)");
            String q = search.q().strip().toUpperCase(java.util.Locale.ROOT);
            parameters.put("licence", q + "%");
            parameters.put("surname", q + "%");
        }
        if (search.operatorId() != null) {
            where.append(" AND d.operatorId = :operatorId");
            parameters.put("operatorId", search.operatorId());
        }
        if (search.status() != null) {
            where.append(" AND d.status = :status");
            parameters.put("status", search.status());
        }
        String sort = switch (search.sortField() == null ? "" : search.sortField()) {
            case "surname" -> "d.surname";
            case "licenceExpiry" -> "d.licenceExpiry";
            case "status" -> "d.status";
            default -> "d.licenceNumber";
        };
        TypedQuery<Driver> page = em.createQuery("SELECT d FROM Driver d" + where + " ORDER BY " + sort
                + (search.descending() ? " DESC" : "") + ", d.id", Driver.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM Driver d" + where, Long.class);
        parameters.forEach((name, value) -> {
            page.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Driver> items = page.setFirstResult(search.first()).setMaxResults(search.size()).getResultList();
        return new PageOf<>(items, count.getSingleResult());
    }

    /** Every operator's name by id, in name order, for lists and filters. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> operatorNames() {
        require(TaxiModule.READERS, "Your role does not include the driver register.");
        return store.organisationNamesOfType(TaxiModule.OPERATOR);
    }

    /**
     * Upserts the licence register from CSV by licence number. Any invalid line refuses the whole file and
     * changes nothing; new operators are created by name.
     */
    @Transactional
    public ImportSummary importDrivers(InputStream csv) {
        require(TaxiModule.IMPORTERS, "Your role does not include importing the driver register.");
        long started = System.currentTimeMillis();
        List<DriverRow> rows = TaxiCsv.register(csv);
        Map<String, TaxiStore.KnownDriver> known = store.driversByLicence();
        Map<String, Long> operatorIds = new HashMap<>(store.organisationsOfType(TaxiModule.OPERATOR));
        List<String> operatorsCreated = createMissingOperators(rows, operatorIds);
        List<DriverRow> added = new ArrayList<>();
        List<DriverRow> changed = new ArrayList<>();
        rows.forEach(row -> (known.containsKey(row.licenceNumber()) ? changed : added).add(row));
        store.insertDrivers(added, operatorIds, actor.username());
        store.updateDrivers(changed, known, operatorIds, actor.username());
        ImportSummary summary = new ImportSummary(rows.size(), added.size(), changed.size(), 0, operatorsCreated,
                System.currentTimeMillis() - started);
        changeLog.updated(REGISTER_RECORD, 1, "Driver register imported", Map.of(), Map.of("rows", Integer.toString(rows.size()),
                "created", Integer.toString(added.size()), "updated", Integer.toString(changed.size()),
                "operatorsCreated", String.join(", ", operatorsCreated)));
        return summary;
    }

    private List<String> createMissingOperators(List<DriverRow> rows, Map<String, Long> operatorIds) {
        List<String> created = new ArrayList<>();
        for (DriverRow row : rows) {
            if (row.operatorName() != null && !operatorIds.containsKey(TaxiStore.nameKey(row.operatorName()))) {
                Organisation operator = organisations.create(new OrganisationDetails(row.operatorName(), TaxiModule.OPERATOR,
                        null, null, null, null, null, null, null, null, OrganisationStatus.ACTIVE, null, Set.of(),
                        "Created by the driver register import.", null), true);
                operatorIds.put(TaxiStore.nameKey(row.operatorName()), operator.getId());
                created.add(operator.getName());
            }
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
        Map<String, Long> courses = store.courseIdsByCode();
        List<TrainingRow> rows = TaxiCsv.training(csv, LocalDate.now(), drivers.keySet(), courses.keySet());
        Set<Long> courseIds = rows.stream().map(r -> courses.get(r.courseCode())).collect(Collectors.toSet());
        Set<TaxiStore.TrainingKey> onFile = new java.util.HashSet<>(store.trainingOfCourses(courseIds));
        Map<Long, Integer> validityByCourse = store.courseValidity();
        List<TaxiStore.NewRecord> fresh = new ArrayList<>();
        for (TrainingRow row : rows) {
            long personId = drivers.get(row.licenceNumber()).personId();
            long courseId = courses.get(row.courseCode());
            if (onFile.add(new TaxiStore.TrainingKey(personId, courseId, row.completedOn()))) {
                Integer months = validityByCourse.get(courseId);
                fresh.add(new TaxiStore.NewRecord(personId, courseId, row,
                        months == null ? null : row.completedOn().plusMonths(months).minusDays(1)));
            }
        }
        store.insertTraining(fresh, actor.username());
        changeLog.updated(REGISTER_RECORD, 1, "Driver training imported", Map.of(), Map.of("rows", Integer.toString(rows.size()),
                "created", Integer.toString(fresh.size()), "unchanged", Integer.toString(rows.size() - fresh.size())));
        return new ImportSummary(rows.size(), fresh.size(), 0, rows.size() - fresh.size(), List.of(),
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

    /** {@code expectedVersion} null skips the stale check (the API replaces the rule as a whole). */
    public RenewalRule changeRule(RenewalRule rule, Long expectedVersion) {
        require(TaxiModule.ADMINS, "Only an administrator may change the renewal rule.");
        RenewalRuleSettings settings = em.find(RenewalRuleSettings.class, RenewalRuleSettings.ID);
        if (expectedVersion != null && expectedVersion != settings.getVersion()) {
            throw new StaleRecordException("The renewal rule", settings.getUpdatedBy(), settings.getUpdatedAt());
        }
        Map<String, String> before = settings.snapshot();
        settings.change(rule, actor.username());
        em.flush();
        changeLog.updated(RULE_RECORD, RenewalRuleSettings.ID, "Renewal rule changed", before, settings.snapshot());
        cachedRule = null;
        return settings.rule();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<CheckLogEntry> checkLog(int first, int size) {
        require(TaxiModule.ADMINS, "Only an administrator may see the log of renewal checks.");
        List<CheckLogEntry> items = em.createNamedQuery("CheckLogEntry.newestFirst", CheckLogEntry.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
        return new PageOf<>(items, em.createNamedQuery("CheckLogEntry.count", Long.class).getSingleResult());
    }

    private void require(Set<Role> allowed, String refusal) {
        if (actor.roles().stream().noneMatch(allowed::contains)) {
            throw new AccessDeniedException(refusal);
        }
    }
}
