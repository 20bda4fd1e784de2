package org.engagement.core.spi;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented (as a CDI bean) by a module that keeps something worked out from people's training records, e.g. taxi's
 * renewal check, which keeps each driver's latest qualifying record. When the core records training for people (a
 * session's attendance), it tells every implementation what it recorded, in the same transaction, so the module's
 * rows never lag the records. The records are not committed yet, and another connection may not read them: use these. Training a module records itself through {@link RegisterRecords} is the module's to follow.
 */
public interface PeopleTrained {

    /** A training record the core has just written (not yet committed: read it from here, not from the database). */
    record Trained(long personId, long recordId, String courseCode, LocalDate completedOn) {}

    void trained(List<Trained> records);
}
