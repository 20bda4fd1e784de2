package org.engagement.plugins.faith;

import java.time.LocalDate;
import java.util.Map;

/**
 * One source of records that shows which pathway steps a setting has reached, and when. The pathway is never
 * typed in: each source reads its own records. Engagements give the first two steps today; when the
 * safeguarding and training features exist, a source reading their services adds the later steps (policy
 * status, training sessions attended, audits) without changing anything else here.
 */
public interface PathwayEvidence {

    /** The steps these records show the organisation has reached, each with the date it was reached. */
    Map<PathwayStep, LocalDate> reached(long organisationId, FaithProfile profile);
}
