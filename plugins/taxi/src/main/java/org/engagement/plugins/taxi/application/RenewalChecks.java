package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.RecordViews;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.BulkCheck;
import org.engagement.plugins.taxi.domain.BulkCheckQuery;
import org.engagement.plugins.taxi.domain.BulkCheckRow;
import org.engagement.plugins.taxi.domain.CheckLogEntry;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.domain.RenewalCheck;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.domain.RenewalRule;
import org.engagement.plugins.taxi.domain.RenewalsDue;
import org.engagement.plugins.taxi.persistence.CheckLogWriter;
import org.engagement.plugins.taxi.persistence.TaxiRepository;
import org.engagement.plugins.taxi.persistence.TaxiStore;

/**
 * The renewal check: one driver (by screen or API, with a PDF evidence sheet), many at once, and the counts and
 * reminders of renewals falling due. Every check a person makes is written to the check log.
 */
@ApplicationScoped
@Transactional
public class RenewalChecks {

    /** The channels a check is made through, as the check log records them. */
    public static final String SCREEN = "SCREEN";

    public static final String API = "API";
    public static final String BULK = "BULK";

    /** Figures and the officers' own reminders count every driver, restricted ones too (they are no list). */
    private static final String EVERY_DRIVER = "1 = 1";

    @Inject
    private TaxiAccess access;

    @Inject
    private RenewalRules rules;

    @Inject
    private DriverRegister register;

    @Inject
    private TaxiStore store;

    @Inject
    private TaxiRepository repository;

    @Inject
    private CheckLogWriter checkLog;

    /** The core's access log: who looked at which driver, and who exported drivers' data. */
    @Inject
    private RecordViews views;

    /** Checks a driver against the rule on {@code renewalDate} (default: the licence's expiry) and logs the check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalCheck check(String licenceNumber, LocalDate renewalDate, String channel) {
        access.require(TaxiModule.CHECKERS, "Your role does not include renewal checks.");
        LicenceNumber number = new LicenceNumber(licenceNumber);
        RenewalRule rule = rules.renewalRule();
        TaxiStore.CheckSubject subject = store.checkSubject(number.value(), rule.qualifyingCourseCodes())
                .orElseThrow(() -> new NotFoundException("Driver with licence number", number));
        Driver driver = access.shown(subject.driver(), subject.restricted());
        LocalDate on = renewalDate == null ? driver.getLicenceExpiry() : renewalDate;
        RenewalDecision decision = rule.decide(driver.getStatus(), on, subject.training());
        checkLog.record(new CheckLogEntry(driver.getLicenceNumber(), decision, access.username(), channel));
        views.viewed(DriverRegister.DRIVER_RECORD, driver.getId(), driver.getPersonId());
        return new RenewalCheck(driver, decision);
    }

    /** Runs (and logs) the check and returns it as a PDF evidence sheet naming who checked and when. */
    public byte[] evidencePdf(String licenceNumber, LocalDate renewalDate, String channel) {
        access.require(TaxiModule.READERS, "Your role does not include the evidence sheet.");
        RenewalCheck check = check(licenceNumber, renewalDate, channel);
        views.exported("Renewal check evidence", check.driver().getPersonId(), "PDF, licence " + licenceNumber);
        return EvidencePdf.of(check, register.operatorName(check.driver()), access.username(), Instant.now());
    }

    /**
     * Checks many drivers at once on their licence's expiry date, not-eligible first, one page from the database.
     * Every check, by screen or API, is logged: each licence on the page (or in an export) is logged as a check.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BulkCheck bulkCheck(BulkCheckQuery query) {
        access.require(TaxiModule.READERS, "Your role does not include bulk renewal checks.");
        RenewalRule rule = rules.renewalRule();
        TaxiStore.BulkWindow window = window(query);
        if (window == null) {
            return new BulkCheck(List.of(), 0, 0, unknownLicences(query));
        }
        String shown = RestrictedPeople.notHiddenCondition(access.actor(), "d.person_id");
        long[] counts = store.bulkCheckCounts(window, rule, shown);
        List<BulkCheckRow> rows = store.bulkCheck(window, rule, shown, query.first(), query.size());
        rows.forEach(row ->
                checkLog.record(new CheckLogEntry(row.licenceNumber(), row.decision(), access.username(), BULK)));
        views.exported("Bulk renewal check", null, rows.size() + " drivers from row " + (query.first() + 1));
        return new BulkCheck(rows, counts[0], counts[1], unknownLicences(query));
    }

    /**
     * How many active drivers' licences expire in the next {@code days} days, and how many of them may not be renewed
     * on today's training: counts only, for the licensing officer's home page, so no driver's check is logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalsDue renewalsDue(int days) {
        access.require(TaxiModule.READERS, "Your role does not include renewal checks.");
        long[] counts = store.bulkCheckCounts(
                window(new BulkCheckQuery(days, null, false, 0, 1)), rules.renewalRule(), EVERY_DRIVER);
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
                store.bulkCheck(window, rules.renewalRule(), EVERY_DRIVER, 0, BulkCheckQuery.MAX_LICENCES).stream()
                        .filter(row -> !row.decision().eligible())
                        .toList();
        Map<String, Long> ids = repository.driverIds(
                refused.stream().map(BulkCheckRow::licenceNumber).toList());
        return refused.stream()
                .map(row -> Map.entry(ids.get(row.licenceNumber()), row))
                .toList();
    }

    private TaxiStore.BulkWindow window(BulkCheckQuery query) {
        List<String> listed = listedLicences(query);
        if (listed.isEmpty()) {
            if (query.days() < 1 || query.days() > BulkCheckQuery.MAX_DAYS) {
                throw new InvalidInputException(
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
        List<String> listed = new ArrayList<>(new LinkedHashSet<>(query.licenceNumbers().stream()
                .filter(n -> n != null && !n.isBlank())
                .map(n -> new LicenceNumber(n).value())
                .toList()));
        if (listed.size() > BulkCheckQuery.MAX_LICENCES) {
            throw new InvalidInputException(
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
}
