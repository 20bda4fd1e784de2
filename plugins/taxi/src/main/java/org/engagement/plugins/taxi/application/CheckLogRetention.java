package org.engagement.plugins.taxi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.RetainedRecord;
import org.engagement.core.spi.RetentionAction;
import org.engagement.core.spi.RetentionKind;
import org.engagement.core.spi.RetentionSource;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * The register's row of the retention schedule: renewal checks older than the period lose the licence number that
 * identifies the driver (it becomes {@code RETAINED-<check id>}), so each check still counts once in the log's totals.
 */
@ApplicationScoped
class CheckLogRetention implements RetentionSource {

    static final String KIND = "taxi-check-log";
    static final String PREFIX = "RETAINED-";

    @Inject
    private TaxiRepository repository;

    CheckLogRetention() {}

    /** For tests, on the module's own persistence unit. */
    CheckLogRetention(TaxiRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<RetentionKind> kinds() {
        return List.of(new RetentionKind(
                KIND,
                "Taxi licence renewal check log",
                "the time of the check",
                72,
                RetentionAction.ANONYMISE,
                Set.of(RetentionAction.ANONYMISE),
                "Six years: a licensing decision can be challenged, and a claim brought, for six years (Limitation Act"
                        + " 1980). The licence number is replaced; the check still counts in the log's totals."));
    }

    @Override
    public List<RetainedRecord> due(String kind, LocalDate countsFromOnOrBefore, int limit) {
        if (!KIND.equals(kind)) {
            return List.of();
        }
        return repository
                .checksLoggedBefore(
                        countsFromOnOrBefore.plusDays(1).atStartOfDay(Dates.UK).toInstant(),
                        PREFIX,
                        DriverPersonalData.ERASED_PREFIX,
                        limit)
                .stream()
                .map(check -> new RetainedRecord(
                        check.id(),
                        LocalDate.ofInstant(check.checkedAt(), Dates.UK),
                        "Renewal check of licence " + check.licenceNumber()))
                .toList();
    }

    @Override
    public int apply(String kind, RetentionAction action, List<Long> ids) {
        if (!KIND.equals(kind)) {
            return 0;
        }
        int done = 0;
        for (Long id : ids) {
            done += repository.renameLicenceOfCheck(id, PREFIX + id);
        }
        return done;
    }
}
