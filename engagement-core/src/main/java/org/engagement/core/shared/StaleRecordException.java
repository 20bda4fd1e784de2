package org.engagement.core.shared;

import java.time.Instant;

/**
 * Someone else saved the record after this user loaded it. Nothing is overwritten: the user reloads
 * and applies their change again.
 */
public class StaleRecordException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public StaleRecordException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + (changedBy == null ? "another user" : changedBy)
                + (changedAt == null ? "" : " at " + Dates.describe(changedAt))
                + " after you opened it. Reload it to see their change, then make yours again.");
    }
}
