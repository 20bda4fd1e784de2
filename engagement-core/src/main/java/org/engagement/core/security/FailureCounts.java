package org.engagement.core.security;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where {@link SignInThrottle} keeps its counts: shared by every instance of the application. */
public interface FailureCounts {

    Optional<FailureCount> find(String key);

    /** The counts under these keys that exist, by key: a store that can should read them at once. */
    default Map<String, FailureCount> findAll(Collection<String> keys) {
        Map<String, FailureCount> found = new HashMap<>();
        keys.forEach(key -> find(key).ifPresent(count -> found.put(key, count)));
        return found;
    }

    /**
     * Replaces the count under the key (null when there is none) by what {@code next} makes of it, atomically across
     * instances: two failures at once on two servers both count.
     */
    FailureCount update(String key, UnaryOperator<FailureCount> next);

    void clear(String key);

    /** Drops counts whose last failure was before {@code idleSince} and whose lockout, if any, is over by {@code now}. */
    void forgetIdleSince(Instant idleSince, Instant now);
}
