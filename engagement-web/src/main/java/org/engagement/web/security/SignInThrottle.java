package org.engagement.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per username and per client address and refuses further attempts for a growing delay
 * (ASVS 2.2.1). A username is counted whether or not an account has it, so a lockout says nothing about which
 * accounts exist. After {@code freeAttempts} failures the next attempts are refused for {@code firstDelay}; each
 * further failure after a delay ends doubles it, up to {@link #LONGEST_DELAY}. A successful sign-in clears the
 * account's count; an account's count is forgotten after {@link #FORGET_AFTER} without failures, an address's after
 * {@link #FORGET_ADDRESS_AFTER} (an office behind one address should not pay all day for its typing). Held in
 * memory on each node.
 */
public class SignInThrottle {

    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    static final Duration FORGET_ADDRESS_AFTER = Duration.ofHours(1);
    /** Bounds the memory an attacker can make us use by trying endless made-up usernames. */
    private static final int MOST_REMEMBERED = 50_000;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
    private final int accountFreeAttempts;
    private final int addressFreeAttempts;
    private final Duration firstDelay;
    private final Clock clock;

    public SignInThrottle(int accountFreeAttempts, int addressFreeAttempts, Duration firstDelay, Clock clock) {
        this.accountFreeAttempts = accountFreeAttempts;
        this.addressFreeAttempts = addressFreeAttempts;
        this.firstDelay = firstDelay;
        this.clock = clock;
    }

    /** When attempts for this username or from this address may be made again, if they are refused now. */
    public Optional<Instant> refusedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts.get(username), now), lockedUntil(addresses.get(address), now));
        return Optional.ofNullable(until);
    }

    /** Counts a failure; says which lockouts it started. */
    public Lockouts failed(String username, String address) {
        Instant now = clock.instant();
        makeRoom(now);
        Failures account = accounts.compute(username, (k, old) -> next(old, now, accountFreeAttempts, FORGET_AFTER));
        Failures fromAddress =
                addresses.compute(address, (k, old) -> next(old, now, addressFreeAttempts, FORGET_ADDRESS_AFTER));
        return new Lockouts(
                account.startedLockAt(now) ? account.lockedUntil() : null,
                fromAddress.startedLockAt(now) ? fromAddress.lockedUntil() : null);
    }

    public void succeeded(String username) {
        accounts.remove(username);
    }

    private Failures next(Failures old, Instant now, int freeAttempts, Duration forgetAfter) {
        int count = old == null || old.forgotten(now, forgetAfter) ? 1 : old.count() + 1;
        if (count <= freeAttempts) {
            return new Failures(count, null, now);
        }
        long doublings = Math.min(count - freeAttempts - 1, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return new Failures(count, now.plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay), now);
    }

    private static Instant lockedUntil(Failures failures, Instant now) {
        return failures == null || failures.lockedUntil() == null || !now.isBefore(failures.lockedUntil())
                ? null
                : failures.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private void makeRoom(Instant now) {
        for (Map<String, Failures> counts : List.of(accounts, addresses)) {
            if (counts.size() >= MOST_REMEMBERED) {
                counts.values().removeIf(f -> f.forgotten(now, FORGET_ADDRESS_AFTER) || lockedUntil(f, now) == null);
            }
        }
    }

    /** The lockouts a failure started (null where none started). */
    public record Lockouts(Instant accountUntil, Instant addressUntil) {}

    private record Failures(int count, Instant lockedUntil, Instant lastFailure) {

        boolean forgotten(Instant now, Duration after) {
            return lastFailure.plus(after).isBefore(now);
        }

        boolean startedLockAt(Instant now) {
            return lockedUntil != null && lastFailure.equals(now);
        }
    }
}
