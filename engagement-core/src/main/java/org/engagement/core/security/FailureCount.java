package org.engagement.core.security;

import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins counted for one username or one client address, and the lockout they started, if any. */
public record FailureCount(int count, Instant lockedUntil, Instant lastFailure) {

    /** The longest username or address a count is kept under (the key adds its kind). */
    static final int LONGEST_NAME = 150;

    boolean forgotten(Instant now, Duration after) {
        return lastFailure.plus(after).isBefore(now);
    }

    boolean startedLockAt(Instant now) {
        return lockedUntil != null && lastFailure.equals(now);
    }
}
