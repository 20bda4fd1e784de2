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
import org.engagement.core.security.FailureCounts;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.security.SignInThrottle;
import org.engagement.core.user.Role;
import org.engagement.core.user.SignedInUser;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserService;

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

    /** ENGAGEMENT_SECOND_FACTOR_REQUIRED_FOR_ADMIN: administrators must set up a second factor to use the pages. */
    @Inject
    @ConfigProperty(name = "engagement.second-factor.required-for-admin", defaultValue = "false")
    private boolean secondFactorRequiredForAdmin;

    @Inject
    private UserService users;

    /** In the database: every server of a cluster counts the same failures and honours the same lockouts. */
    @Inject
    private FailureCounts failureCounts;

    private SignInThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new SignInThrottle(
                failureCounts,
                freeAttempts,
                addressFreeAttempts,
                Duration.ofSeconds(firstLockoutSeconds),
                Clock.systemUTC());
    }

    /**
     * @param allowed what the account must also satisfy (e.g. that it may use the pages); a correct password for an
     *        account that does not is a failure like a wrong one
     * @param channel how the caller signed in, for the log ("form" or "API")
     */
    public Outcome signIn(
            String typedUsername, char[] password, String address, Predicate<SignedInUser> allowed, String channel) {
        String username = UserAccount.normaliseUsername(typedUsername);
        SignInThrottle.Check attempt = throttle.check(username, address);
        if (attempt.refusedUntil().isPresent()) {
            return Outcome.refused(attempt.until());
        }
        CredentialCheck.Verified verified = credentials.verify(username, password);
        Optional<SignedInUser> user = verified.user().filter(allowed);
        if (user.isEmpty()) {
            return failed(username, address, channel);
        }
        SecondFactor secondFactor = secondFactorOf(user.get());
        if (secondFactor == SecondFactor.CODE_NEEDED) {
            // Not signed in yet: the failure count stands until the code is right, so each password entry does not
            // buy a fresh set of guesses at the code.
            return new Outcome(user.get(), null, secondFactor);
        }
        throttle.succeeded(attempt);
        if (!verified.remembered()) {
            securityLog.signIn(SecurityEventType.SIGNED_IN, username, channel);
        }
        return new Outcome(user.get(), null, secondFactor);
    }

    /**
     * The second step of signing in to the pages: the code from the authenticator app of the account whose password
     * was just accepted. Throttled and counted with the password failures of the same username and address.
     */
    public Outcome signInCode(String username, String code, String address) {
        SignInThrottle.Check attempt = throttle.check(username, address);
        if (attempt.refusedUntil().isPresent()) {
            return Outcome.refused(attempt.until());
        }
        Optional<SignedInUser> user = credentials.current(username);
        if (user.isEmpty() || !users.verifySignInCode(username, code)) {
            return failed(SecurityEventType.SIGN_IN_CODE_FAILED, username, address, "form");
        }
        throttle.succeeded(attempt);
        securityLog.signIn(SecurityEventType.SIGNED_IN, username, "form, with a sign-in code");
        return Outcome.signedIn(user.get());
    }

    /** An API call by an account whose sign-in needs a second factor: HTTP Basic cannot carry one, so it is refused. */
    public void refusePasswordOnly(String username) {
        securityLog.signIn(
                SecurityEventType.SIGN_IN_FAILED,
                username,
                "API: the account uses two-step sign-in, which HTTP Basic cannot give");
    }

    private SecondFactor secondFactorOf(SignedInUser user) {
        if (credentials.hasSecondFactor(user.username())) {
            return SecondFactor.CODE_NEEDED;
        }
        return secondFactorRequiredForAdmin && user.roles().contains(Role.ADMIN)
                ? SecondFactor.MUST_SET_UP
                : SecondFactor.NONE;
    }

    private Outcome failed(String username, String address, String channel) {
        return failed(SecurityEventType.SIGN_IN_FAILED, username, address, channel);
    }

    private Outcome failed(SecurityEventType type, String username, String address, String channel) {
        securityLog.signIn(type, username, channel);
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

    /** What a right password still leaves to do before the person is signed in. */
    public enum SecondFactor {
        /** Nothing: signed in. */
        NONE,
        /** The account has a second factor: a code from it is needed before signing in. */
        CODE_NEEDED,
        /** Signed in, but the account must set up a second factor before using any page. */
        MUST_SET_UP
    }

    /**
     * The answer to one attempt: the user (whose password was right), or a failure, or a refusal until a time; and
     * for a right password, what remains to do.
     */
    public record Outcome(SignedInUser user, Instant refusedUntil, SecondFactor secondFactor) {

        static Outcome signedIn(SignedInUser user) {
            return new Outcome(user, null, SecondFactor.NONE);
        }

        static Outcome failed() {
            return new Outcome(null, null, SecondFactor.NONE);
        }

        static Outcome refused(Instant until) {
            return new Outcome(null, until, SecondFactor.NONE);
        }

        /** The password (and code, if one was asked for) was right. */
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
