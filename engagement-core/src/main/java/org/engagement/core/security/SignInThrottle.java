package org.engagement.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Counts failed sign-ins per username and per client address and refuses further attempts for a growing delay
 * (ASVS 2.2.1). A username is counted whether or not an account has it, so a lockout says nothing about which
 * accounts exist. After {@code freeAttempts} failures the next attempts are refused for {@code firstDelay}; each
 * further failure after a delay ends doubles it, up to {@link #LONGEST_DELAY}. A successful sign-in clears the
 * account's count; an account's count is forgotten after {@link #FORGET_AFTER} without failures, an address's after
 * {@link #FORGET_ADDRESS_AFTER} (an office behind one address should not pay all day for its typing). The counts
 * are kept in a {@link FailureCounts} store: in the database, so every instance of a cluster counts the same
 * failures and honours the same lockouts.
 */
public class SignInThrottle {

    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final Duration FORGET_ADDRESS_AFTER = Duration.ofHours(1);
    /** How often the store is rid of counts nobody needs any more. */
    private static final Duration TIDY_EVERY = Duration.ofMinutes(10);

    private final FailureCounts counts;
    private final int accountFreeAttempts;
    private final int addressFreeAttempts;
    private final Duration firstDelay;
    private final Clock clock;
    private volatile Instant lastTidied = Instant.EPOCH;

    public SignInThrottle(
            FailureCounts counts, int accountFreeAttempts, int addressFreeAttempts, Duration firstDelay, Clock clock) {
        this.counts = counts;
        this.accountFreeAttempts = accountFreeAttempts;
        this.addressFreeAttempts = addressFreeAttempts;
        this.firstDelay = firstDelay;
        this.clock = clock;
    }

    /** When attempts for this username or from this address may be made again, if they are refused now. */
    public Optional<Instant> refusedUntil(String username, String address) {
        Instant now = now();
        Instant until = later(
                lockedUntil(counts.find(accountKey(username)), now),
                lockedUntil(counts.find(addressKey(address)), now));
        return Optional.ofNullable(until);
    }

    /** Counts a failure; says which lockouts it started. */
    public Lockouts failed(String username, String address) {
        Instant now = now();
        tidy(now);
        FailureCount account = count(accountKey(username), old -> next(old, now, accountFreeAttempts, FORGET_AFTER));
        FailureCount fromAddress =
                count(addressKey(address), old -> next(old, now, addressFreeAttempts, FORGET_ADDRESS_AFTER));
        return new Lockouts(
                account.startedLockAt(now) ? account.lockedUntil() : null,
                fromAddress.startedLockAt(now) ? fromAddress.lockedUntil() : null);
    }

    /**
     * Once more if the first try fails: the only expected failure is another server adding the same key's first
     * count at the same moment, and then the second try finds its row and counts on top of it.
     */
    private FailureCount count(String key, UnaryOperator<FailureCount> next) {
        try {
            return counts.update(key, next);
        } catch (RuntimeException addedMeanwhile) {
            return counts.update(key, next);
        }
    }

    /**
     * Clears the account's failures, if it has any: read first, outside a transaction, because nearly every sign-in has
     * none, and an API client signs in on every call (a transaction of its own per call was 4% of a renewal check's
     * time in a profile).
     */
    public void succeeded(String username) {
        String key = accountKey(username);
        if (counts.find(key).isPresent()) {
            counts.clear(key);
        }
    }

    /** To the millisecond, as every supported database stores it: a time read back equals the one written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private FailureCount next(FailureCount old, Instant now, int freeAttempts, Duration forgetAfter) {
        int count = old == null || old.forgotten(now, forgetAfter) ? 1 : old.count() + 1;
        if (count <= freeAttempts) {
            return new FailureCount(count, null, now);
        }
        long doublings = Math.min(count - freeAttempts - 1, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return new FailureCount(count, now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay), now);
    }

    private static Instant lockedUntil(Optional<FailureCount> failures, Instant now) {
        return failures.map(FailureCount::lockedUntil).filter(now::isBefore).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** Bounds what an attacker trying endless made-up usernames leaves behind: old counts are dropped now and then. */
    private void tidy(Instant now) {
        if (lastTidied.plus(TIDY_EVERY).isBefore(now)) {
            lastTidied = now;
            counts.forgetIdleSince(now.minus(FORGET_AFTER), now);
        }
    }

    static String accountKey(String username) {
        return key("account:", username);
    }

    static String addressKey(String address) {
        return key("address:", address);
    }

    /** Usernames are at most 40 characters: anything longer is made up, and clipping it loses nothing. */
    private static String key(String kind, String name) {
        String value = name == null ? "" : name;
        return kind
                + (value.length() > FailureCount.LONGEST_NAME ? value.substring(0, FailureCount.LONGEST_NAME) : value);
    }

    /** The lockouts a failure started (null where none started). */
    public record Lockouts(Instant accountUntil, Instant addressUntil) {}
}
