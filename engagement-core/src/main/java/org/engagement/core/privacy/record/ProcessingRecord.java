package org.engagement.core.privacy.record;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The record of processing as of {@code producedAt}: each section a list of entries (what, detail, and a count where
 * one is meaningful), and the information-sharing agreements in force with their parties.
 */
public record ProcessingRecord(
        Instant producedAt,
        String producedBy,
        List<Entry> peopleCategories,
        List<Entry> dataCategories,
        List<Entry> purposes,
        List<Entry> lawfulBases,
        List<SharingAgreement> agreementsInForce,
        List<Entry> retention)
        implements Serializable {

    /** One line of a section; {@code count} is null where nothing is counted. */
    public record Entry(String what, String detail, Long count) implements Serializable {}

    /** An agreement in force: its purpose, bases, what it shares, with whom, and for how long. */
    public record SharingAgreement(
            String title,
            String reference,
            String purpose,
            String lawfulBasis,
            String specialCategoryCondition,
            String dataCategories,
            String parties,
            String retentionPeriod,
            String inForceUntil)
            implements Serializable {}
}
