package org.engagement.core.security;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where {@link SignInThrottle} keeps its counts: shared by every instance of the application. */
public interface FailureCounts {

    Optional<FailureCount> find(String key);

    /**
     * Replaces the count under the key (null when there is none) by what {@code next} makes of it, atomically across
     * instances: two failures at once on two servers both count.
     */
    FailureCount update(String key, UnaryOperator<FailureCount> next);

    void clear(String key);

    /** Drops counts whose last failure was before {@code idleSince} and whose lockout, if any, is over by {@code now}. */
    void forgetIdleSince(Instant idleSince, Instant now);
}
