package org.engagement.core.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented (as a CDI bean) by the core and by each module that keeps records with personal data: the kinds of record
 * it keeps, which of them have run out their period, and how to anonymise or delete them. The core's retention
 * schedule asks every implementation, so the schedule is whole without the core naming any module.
 */
public interface RetentionSource {

    /** The kinds of record this source keeps, each a row of the schedule. */
    List<RetentionKind> kinds();

    /**
     * Records of the kind whose period counts from {@code countsFromOnOrBefore} or earlier and that the schedule has not
     * dealt with yet, oldest first, at most {@code limit}. Records that must be kept (a legal duty holds them) are left
     * out.
     */
    List<RetainedRecord> due(String kind, LocalDate countsFromOnOrBefore, int limit);

    /**
     * Anonymises or deletes the records (ids from {@link #due}), keeping what counts in figures, in the caller's
     * transaction; returns how many it dealt with. {@code action} is one the kind allows.
     */
    int apply(String kind, RetentionAction action, List<Long> recordIds);
}
