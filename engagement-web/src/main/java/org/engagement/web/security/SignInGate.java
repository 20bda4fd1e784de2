package org.engagement.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.user.SignedInUser;
import org.engagement.core.user.UserAccount;

/**
 * Every password check goes through here, for the sign-in form and HTTP Basic alike: refuses attempts while the
 * username or the client address is locked out, checks the password, counts failures and writes the security log.
 * A refusal while locked out does not check the password at all, for known and unknown usernames alike.
 */
@ApplicationScoped
public class SignInGate {

    @Inject
    private CredentialCheck credentials;

    @Inject
    private SecurityLog securityLog;

    @Inject
    @ConfigProperty(name = "engagement.signin.free-attempts", defaultValue = "5")
    private int freeAttempts;

    @Inject
    @ConfigProperty(name = "engagement.signin.address-free-attempts", defaultValue = "25")
    private int addressFreeAttempts;

    @Inject
    @ConfigProperty(name = "engagement.signin.first-lockout-seconds", defaultValue = "60")
    private long firstLockoutSeconds;

    private SignInThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new SignInThrottle(
                freeAttempts, addressFreeAttempts, Duration.ofSeconds(firstLockoutSeconds), Clock.systemUTC());
    }

    /**
     * @param allowed what the account must also satisfy (e.g. that it may use the pages); a correct password for an
     *        account that does not is a failure like a wrong one
     * @param channel how the caller signed in, for the log ("form" or "API")
     */
    public Outcome signIn(
            String typedUsername, char[] password, String address, Predicate<SignedInUser> allowed, String channel) {
        String username = UserAccount.normaliseUsername(typedUsername);
        Optional<Instant> refused = throttle.refusedUntil(username, address);
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        CredentialCheck.Verified verified = credentials.verify(username, password);
        Optional<SignedInUser> user = verified.user().filter(allowed);
        if (user.isEmpty()) {
            return failed(username, address, channel);
        }
        throttle.succeeded(username);
        if (!verified.remembered()) {
            securityLog.signIn(SecurityEventType.SIGNED_IN, username, channel);
        }
        return Outcome.signedIn(user.get());
    }

    private Outcome failed(String username, String address, String channel) {
        securityLog.signIn(SecurityEventType.SIGN_IN_FAILED, username, channel);
        SignInThrottle.Lockouts lockouts = throttle.failed(username, address);
        if (lockouts.accountUntil() != null) {
            securityLog.signIn(SecurityEventType.LOCKED_OUT, username, "Until " + lockouts.accountUntil());
        }
        if (lockouts.addressUntil() != null) {
            securityLog.signIn(
                    SecurityEventType.ADDRESS_THROTTLED,
                    username,
                    "Address " + address + " until " + lockouts.addressUntil());
        }
        return Outcome.failed();
    }

    /** The answer to one attempt: the user, or a failure, or a refusal until a time. */
    public record Outcome(SignedInUser user, Instant refusedUntil) {

        static Outcome signedIn(SignedInUser user) {
            return new Outcome(user, null);
        }

        static Outcome failed() {
            return new Outcome(null, null);
        }

        static Outcome refused(Instant until) {
            return new Outcome(null, until);
        }

        public boolean succeeded() {
            return user != null;
        }

        public boolean isRefused() {
            return refusedUntil != null;
        }

        /** Whole seconds until attempts may be made again, at least one. */
        public long retryAfterSeconds() {
            return Math.max(1, Duration.between(Instant.now(), refusedUntil).toSeconds() + 1);
        }
    }
}
