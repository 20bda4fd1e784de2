package org.engagement.plugins.taxi.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * The council's rule for safeguarding training at licence renewal: which courses count, how long they count
 * for (whatever the course's own validity), and optionally how recently they must have been completed.
 *
 * @param recencyMonths training must be completed within this many months before the renewal date; null: no such rule
 */
public record RenewalRule(Set<String> qualifyingCourseCodes, int validityMonths, Integer recencyMonths) {

    public static final int DEFAULT_VALIDITY_MONTHS = 36;

    public RenewalRule {
        List<FieldError> errors = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        if (qualifyingCourseCodes != null) {
            qualifyingCourseCodes.stream()
                    .filter(c -> c != null && !c.isBlank())
                    .map(c -> c.strip().toUpperCase(Locale.ROOT))
                    .forEach(codes::add);
        }
        if (codes.isEmpty()) {
            // With no course that counts, every driver would be refused: never what a council means.
            errors.add(new FieldError(
                    "qualifyingCourseCodes", "Enter at least one qualifying course code, for example TAXI-CSE."));
        }
        if (validityMonths < 1 || validityMonths > 120) {
            errors.add(new FieldError("validityMonths", "Enter a validity of 1 to 120 months."));
        }
        if (recencyMonths != null && (recencyMonths < 1 || recencyMonths > 120)) {
            errors.add(
                    new FieldError("recencyMonths", "Enter 1 to 120 months, or leave it empty for no recency rule."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        qualifyingCourseCodes = Set.copyOf(codes);
    }

    /** Training completed on this day counts up to and including the day returned. */
    public LocalDate validUntil(LocalDate completedOn) {
        return completedOn.plusMonths(validityMonths).minusDays(1);
    }

    /**
     * The earliest completion date that makes a driver eligible on {@code renewalDate} (validity and recency
     * together), so set-based queries can compare a date instead of repeating the month arithmetic in SQL.
     */
    public LocalDate earliestQualifyingCompletion(LocalDate renewalDate) {
        // plusMonths clamps month ends, so step forward from a few days early to the first date that counts.
        LocalDate completedOn = renewalDate.minusMonths(validityMonths).minusDays(3);
        while (validUntil(completedOn).isBefore(renewalDate)) {
            completedOn = completedOn.plusDays(1);
        }
        if (recencyMonths != null && completedOn.isBefore(renewalDate.minusMonths(recencyMonths))) {
            completedOn = renewalDate.minusMonths(recencyMonths);
        }
        return completedOn;
    }

    public boolean qualifies(String courseCode) {
        return qualifyingCourseCodes.contains(courseCode);
    }

    /** Decides on the qualifying record with the latest valid-until date; other records are ignored. */
    public RenewalDecision decide(LicenceStatus status, LocalDate renewalDate, List<TrainingEvidence> records) {
        List<RefusalReason> reasons = new ArrayList<>();
        if (status == LicenceStatus.REVOKED) {
            reasons.add(RefusalReason.LICENCE_REVOKED);
        }
        if (status == LicenceStatus.SUSPENDED) {
            reasons.add(RefusalReason.LICENCE_SUSPENDED);
        }
        TrainingEvidence best = records.stream()
                .filter(r -> qualifies(r.courseCode()))
                .max(Comparator.comparing(TrainingEvidence::completedOn))
                .orElse(null);
        LocalDate validUntil = best == null ? null : validUntil(best.completedOn());
        if (best == null) {
            reasons.add(RefusalReason.NO_QUALIFYING_TRAINING);
        } else {
            if (validUntil.isBefore(renewalDate)) {
                reasons.add(RefusalReason.TRAINING_NOT_VALID_ON_RENEWAL_DATE);
            }
            if (recencyMonths != null && best.completedOn().isBefore(renewalDate.minusMonths(recencyMonths))) {
                reasons.add(RefusalReason.TRAINING_TOO_OLD);
            }
        }
        return new RenewalDecision(reasons.isEmpty(), reasons, renewalDate, best, validUntil);
    }
}
