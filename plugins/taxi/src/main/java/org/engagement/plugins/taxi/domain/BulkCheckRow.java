package org.engagement.plugins.taxi.domain;

import java.io.Serializable;
import java.time.LocalDate;

/** One driver in a bulk renewal check, decided on the licence's expiry date. */
public record BulkCheckRow(
        String licenceNumber,
        String name,
        LicenceType licenceType,
        LicenceStatus status,
        LocalDate licenceExpiry,
        Long operatorId,
        LocalDate latestTraining,
        RenewalDecision decision)
        implements Serializable {

    public String reasonsText() {
        return decision.reasons().stream()
                .map(RefusalReason::explanation)
                .reduce((a, b) -> a + " " + b)
                .orElse("");
    }
}
