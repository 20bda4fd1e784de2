package org.engagement.core.user;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes at OWASP's current work factor for PBKDF2-HMAC-SHA256 (600,000 iterations, ASVS 2.4),
 * using Jakarta Security's own implementation rather than hand-written crypto. Each stored hash names its
 * algorithm and iteration count ({@code PBKDF2WithHmacSHA256:600000:salt:hash}), so a hash written with an
 * older, weaker setting still verifies and {@link #isOutdated} says it should be written again.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** Verified against when an account does not exist, so that refusing an unknown username costs the same. */
    private String decoy;

    protected PasswordHashing() {}

    /** For use as a plain library. */
    public PasswordHashing(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        configure();
    }

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm",
                ALGORITHM,
                "Pbkdf2PasswordHash.Iterations",
                String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes",
                "32",
                "Pbkdf2PasswordHash.KeySizeBytes",
                "32"));
        decoy = pbkdf2.generate("decoy password, never an account's".toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Spends the time of one verification and fails: the answer for a username that has no account. */
    public boolean verifyNothing(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }

    /** True when the hash was written with another algorithm or fewer iterations than today's. */
    public static boolean isOutdated(String storedHash) {
        String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return true;
        }
        try {
            return Integer.parseInt(parts[1]) < ITERATIONS;
        } catch (NumberFormatException malformed) {
            return true;
        }
    }
}
