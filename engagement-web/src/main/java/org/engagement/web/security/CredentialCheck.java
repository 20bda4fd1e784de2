package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.engagement.core.user.SignedInUser;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserAccountChanged;
import org.engagement.core.user.UserService;

/**
 * Checks passwords and keeps what it learnt, because PBKDF2 is slow on purpose and an API client sends
 * its password with every request. A verified password is remembered as a salted SHA-256 digest (never
 * in clear) for {@link #TIME_TO_LIVE}; an account's current roles and enabled flag are remembered too,
 * so that signed-in sessions follow role changes and a disabled account is signed out on its next
 * request. Both are forgotten as soon as the account changes on this node, and on the other servers of a cluster
 * as soon as {@link ClusterAccountChanges} tells them. Should that message be lost, a server
 * reads the account again once what it remembers is {@link #ACCOUNT_STATE_TTL} old, and a remembered
 * password counts only while the account has not changed since it was verified, so a disabled account, a
 * reset password or changed roles take effect on every server within that time.
 */
@ApplicationScoped
public class CredentialCheck {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    /** How stale a server's view of an account may be: one small read per signed-in account this often. */
    static final Duration ACCOUNT_STATE_TTL = Duration.ofSeconds(15);

    private final Map<String, VerifiedPassword> verified = new ConcurrentHashMap<>();
    private final Map<String, LoadedAccount> accounts = new ConcurrentHashMap<>();
    private final byte[] salt = new byte[16];
    private Clock clock = Clock.systemUTC();

    @Inject
    private UserService users;

    public CredentialCheck() {
        new SecureRandom().nextBytes(salt);
    }

    CredentialCheck(UserService users, Clock clock) {
        this();
        this.users = users;
        this.clock = clock;
    }

    /**
     * The account, if the username and password match an enabled account; says whether the answer came from
     * memory (a password verified in the last few minutes) rather than a fresh PBKDF2 check. Callers go through
     * {@link SignInGate}, which throttles and logs.
     */
    Verified verify(String username, char[] password) {
        String key = UserAccount.normaliseUsername(username);
        byte[] digest = digest(password);
        VerifiedPassword known = verified.get(key);
        if (known != null
                && known.matches(digest, clock.instant())
                && current(key, known.verifiedAt()).isPresent()) {
            return new Verified(Optional.of(known.user()), true);
        }
        Optional<SignedInUser> user = users.verify(key, password);
        Instant now = clock.instant();
        user.ifPresent(u -> verified.put(key, new VerifiedPassword(digest, u, now, now.plus(TIME_TO_LIVE))));
        return new Verified(user, false);
    }

    /** The account as it is now: empty once it has been disabled or removed. */
    public Optional<SignedInUser> current(String username) {
        return state(username).map(AccountState::user);
    }

    /**
     * The account as it is now, for a session signed in at the given time: empty once the account has been
     * disabled or removed, or its password, roles or enabled flag changed after that time.
     */
    public Optional<SignedInUser> current(String username, Instant signedInAt) {
        return state(username)
                .filter(s -> s.credentialsChangedAt() == null
                        || !s.credentialsChangedAt().isAfter(signedInAt))
                .map(AccountState::user);
    }

    /** Whether the account has set up a second factor (a TOTP app), as it is now. */
    public boolean hasSecondFactor(String username) {
        return state(username).map(AccountState::secondFactor).orElse(false);
    }

    /**
     * Read without a lock while fresh: every API call asks, and compute locks the account's entry, so an API client's
     * concurrent calls queued behind each other on it (a profile's 10 ms waits). Only a stale or missing entry is
     * loaded, once, under the lock.
     */
    private Optional<AccountState> state(String username) {
        Instant now = clock.instant();
        LoadedAccount known = accounts.get(username);
        if (known == null || !known.freshAt(now)) {
            known = accounts.compute(username, (name, old) -> old != null && old.freshAt(now) ? old : load(name, now));
        }
        return known.state();
    }

    private LoadedAccount load(String username, Instant now) {
        return new LoadedAccount(
                users.findByUsername(username)
                        .filter(UserAccount::isEnabled)
                        .map(a -> new AccountState(
                                new SignedInUser(a.getUsername(), a.getDisplayName(), a.getRoles()),
                                a.getCredentialsChangedAt(),
                                a.hasSecondFactor())),
                now);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserAccountChanged changed) {
        forget(changed.username());
    }

    /** Drops what this server remembers of the account; also called when another server of the cluster changed it. */
    void forget(String username) {
        verified.remove(username);
        accounts.remove(username);
    }

    private byte[] digest(char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The result of a password check, and whether it was remembered rather than computed. */
    record Verified(Optional<SignedInUser> user, boolean remembered) {}

    private record AccountState(SignedInUser user, Instant credentialsChangedAt, boolean secondFactor) {}

    private record LoadedAccount(Optional<AccountState> state, Instant loadedAt) {

        boolean freshAt(Instant now) {
            return now.isBefore(loadedAt.plus(ACCOUNT_STATE_TTL));
        }
    }

    private record VerifiedPassword(byte[] digest, SignedInUser user, Instant verifiedAt, Instant expires) {

        boolean matches(byte[] candidate, Instant now) {
            return now.isBefore(expires) && MessageDigest.isEqual(digest, candidate);
        }
    }
}
