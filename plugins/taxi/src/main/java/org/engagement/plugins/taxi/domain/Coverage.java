package org.engagement.plugins.taxi.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Share of active drivers with valid safeguarding training (the measure the council report tracked), today,
 * by operator and licence type, and at the end of each recent financial quarter.
 */
public record Coverage(
        LocalDate asOf, Share overall, List<Share> byOperator, List<Share> byLicenceType, List<Share> trend) {

    /** @param label an operator's name, a licence type or a quarter such as "Q1 2026/27" */
    public record Share(String label, long drivers, long trained, double percent) {

        /** The percentage to one decimal place; 0 when there are no drivers. */
        public static Share of(String label, long drivers, long trained) {
            return new Share(label, drivers, trained, drivers == 0 ? 0 : Math.round(trained * 1000.0 / drivers) / 10.0);
        }
    }
}
