package org.engagement.web.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A right password waiting for its sign-in code, kept in the session for a few minutes. */
record PendingSignIn(String username, Instant passwordAcceptedAt) implements Serializable {

    /** Long enough to unlock a phone and type a code; short enough that a walked-away-from screen does not wait. */
    static final Duration TIME_TO_TYPE_CODE = Duration.ofMinutes(5);

    boolean expired(Instant now) {
        return !now.isBefore(passwordAcceptedAt.plus(TIME_TO_TYPE_CODE));
    }
}
