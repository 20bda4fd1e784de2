package org.engagement.core.spi;

import java.util.Set;

/**
 * Implemented (as a CDI bean) by a module that keeps something worked out from people's training records, e.g. taxi's
 * renewal check, which keeps each driver's latest qualifying record. When the core records training for people (a
 * session's attendance), it tells every implementation which people, in the same transaction, so the module's rows
 * never lag the records. Training a module records itself through {@link RegisterRecords} is the module's to follow.
 */
public interface PeopleTrained {

    void trained(Set<Long> personIds);
}
