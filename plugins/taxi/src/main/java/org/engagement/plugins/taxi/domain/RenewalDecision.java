package org.engagement.plugins.taxi.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer to "may this licence be renewed on this date?", with the record it rests on.
 *
 * @param training the qualifying record with the latest valid-until date, or null when there is none
 * @param validUntil the last day that record counts for renewal purposes, or null when there is none
 */
public record RenewalDecision(
        boolean eligible,
        List<RefusalReason> reasons,
        LocalDate renewalDate,
        TrainingEvidence training,
        LocalDate validUntil)
        implements Serializable {

    public RenewalDecision {
        reasons = List.copyOf(reasons);
    }
}
