package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RecordHistory;
import org.engagement.plugins.taxi.TaxiModule;
import org.engagement.plugins.taxi.domain.ChecklistChange;
import org.engagement.plugins.taxi.domain.Driver;
import org.engagement.plugins.taxi.domain.LicenceNumber;
import org.engagement.plugins.taxi.domain.RenewalChecklist;
import org.engagement.plugins.taxi.domain.RenewalDecision;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/** The licensing officer's renewal checklist: HMRC, DBS, NR3S and training, each item with who recorded it and when. */
@ApplicationScoped
@Transactional
public class Checklists {

    public static final String CHECKLIST_RECORD = "TaxiRenewalChecklist";

    @Inject
    private TaxiAccess access;

    @Inject
    private DriverRegister register;

    @Inject
    private RenewalChecks checks;

    @Inject
    private TaxiRepository repository;

    @Inject
    private RecordHistory history;

    /** The checklist for the licence's current renewal; not yet saved (version 0) when nothing is recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RenewalChecklist checklist(String licenceNumber) {
        requireChecklister();
        Driver driver = register.shownDriver(new LicenceNumber(licenceNumber));
        return repository
                .checklist(driver.getLicenceNumber(), driver.getLicenceExpiry())
                .orElseGet(() -> new RenewalChecklist(driver.getLicenceNumber(), driver.getLicenceExpiry()));
    }

    /** Records the items given, each with who and when; the training item runs (and logs) a renewal check. */
    public RenewalChecklist recordChecklist(String licenceNumber, ChecklistChange change, String channel) {
        requireChecklister();
        Driver driver = register.shownDriver(new LicenceNumber(licenceNumber));
        RenewalChecklist checklist = repository
                .checklist(driver.getLicenceNumber(), driver.getLicenceExpiry())
                .orElse(null);
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
        RenewalDecision training = change.checkTraining()
                ? checks.check(licenceNumber, null, channel).decision()
                : null;
        checklist.record(change, training, Dates.today(), access.username());
        if (created) {
            repository.add(checklist);
        }
        repository.flush();
        if (created) {
            history.created(CHECKLIST_RECORD, checklist.getId(), "Renewal checklist started", checklist.snapshot());
        } else {
            history.updated(
                    CHECKLIST_RECORD, checklist.getId(), "Renewal checklist updated", before, checklist.snapshot());
        }
        return checklist;
    }

    private void requireChecklister() {
        access.require(TaxiModule.CHECKLISTERS, "Your role does not include renewal checklists.");
    }

    private static String lastRecordedBy(RenewalChecklist c) {
        return Stream.of(c.getHmrcBy(), c.getDbsBy(), c.getNr3sBy(), c.getTrainingBy())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
