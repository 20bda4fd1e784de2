package org.engagement.core.user;

import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them by default: HMAC-SHA1, six digits, a
 * new code every 30 seconds, from a 160-bit secret written in Base32. The codes themselves come from otp-java; this
 * class adds what a sign-in needs around them: one step of clock drift either way, a constant-time comparison, and
 * the step a code belongs to, so that a code once accepted is never accepted again (ASVS 2.8.4).
 */
public final class TimeBasedCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    private static final int SECRET_BITS = 160;
    /** Steps either side of now that still count: phones' clocks drift, and people type slowly. */
    private static final int DRIFT_STEPS = 1;

    private static final Pattern SECRET = Pattern.compile("[A-Z2-7]{16,128}=*");
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final Clock clock;

    public TimeBasedCodes(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, in Base32, to give the user's authenticator app. */
    public static String newSecret() {
        return new String(SecretGenerator.generate(SECRET_BITS), StandardCharsets.US_ASCII);
    }

    public static boolean isSecret(String secret) {
        return secret != null && SECRET.matcher(secret).matches();
    }

    /** The code the app shows at the given moment. */
    public String codeAt(String secret, Instant at) {
        return generator(secret).at(at);
    }

    /**
     * The time step of the code if it is the code of this step or of one step either side, and that step is later
     * than {@code lastUsedStep}; empty otherwise (wrong, too old, or already used).
     */
    public OptionalLong matchingStep(String secret, String typed, long lastUsedStep) {
        String code = typed == null ? "" : typed.replaceAll("\\s", "");
        if (!CODE.matcher(code).matches()) {
            return OptionalLong.empty();
        }
        TOTPGenerator generator = generator(secret);
        long now = stepOf(clock.instant());
        // Spent steps (and step 0, before any code was ever made) are not even computed.
        for (long step = Math.max(now - DRIFT_STEPS, lastUsedStep + 1); step <= now + DRIFT_STEPS; step++) {
            String expected = generator.at(Instant.ofEpochSecond(step * STEP.toSeconds()));
            if (equalInConstantTime(expected, code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address an authenticator app reads from the enrolment QR code. */
    public static String enrolmentAddress(String secret, String issuer, String accountName) {
        try {
            return generator(secret, Clock.systemUTC())
                    .getURI(issuer, accountName)
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Cannot make an enrolment address for " + accountName, e);
        }
    }

    static long stepOf(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    private TOTPGenerator generator(String secret) {
        return generator(secret, clock);
    }

    /**
     * HMAC-SHA1 although otp-java marks it deprecated: it is RFC 6238's default, the only algorithm several common
     * authenticator apps honour (others silently ignore the address's algorithm and show wrong codes), and SHA-1's
     * collision weakness does not carry over to HMAC (RFC 6151, NIST SP 800-107).
     */
    @SuppressWarnings("deprecation")
    private static TOTPGenerator generator(String secret, Clock clock) {
        if (!isSecret(secret)) {
            throw new IllegalArgumentException("Not a Base32 secret");
        }
        return new TOTPGenerator.Builder(secret.getBytes(StandardCharsets.US_ASCII))
                .withHOTPGenerator(h -> h.withPasswordLength(DIGITS).withAlgorithm(HMACAlgorithm.SHA1))
                .withPeriod(STEP)
                .withClock(clock)
                .build();
    }

    private static boolean equalInConstantTime(String expected, String typed) {
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII));
    }
}
