package org.engagement.plugins.taxi.domain;

import java.time.LocalDate;

/**
 * Items to record on a renewal checklist; an absent (null) item is left as it is.
 *
 * @param version         the checklist version the officer saw (0 before anything is recorded)
 * @param checkTraining   true: run the renewal check now and record its answer as the training item
 */
public record ChecklistChange(
        long version,
        boolean checkTraining,
        LocalDate nr3sSearchedOn,
        Nr3sResult nr3sResult,
        LocalDate dbsCheckedOn,
        String hmrcTaxCheckCode) {}
