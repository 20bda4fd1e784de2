package org.engagement.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle =
            new SignInThrottle(new CountsInMemory(), 5, 20, Duration.ofMinutes(1), clock);

    @Test
    void fiveFailuresAreFreeTheSixthLocksTheAccountForAMinute() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.check("amina", "10.0.0.1").refusedUntil()).isEmpty();
            assertThat(throttle.failed("amina", "10.0.0.1").accountUntil()).isNull();
        }
        SignInThrottle.Lockouts sixth = throttle.failed("amina", "10.0.0.1");

        assertThat(sixth.accountUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(throttle.check("amina", "10.0.0.2").refusedUntil()).contains(sixth.accountUntil());
        assertThat(throttle.check("bob", "10.0.0.1").refusedUntil()).isEmpty();
    }

    @Test
    void eachFailureAfterALockoutDoublesTheDelayUpToAnHour() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("amina", "10.0.0." + i);
        }
        clock.pass(Duration.ofMinutes(1));
        assertThat(throttle.check("amina", "10.0.0.9").refusedUntil()).isEmpty();

        assertThat(throttle.failed("amina", "10.0.0.9").accountUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.pass(Duration.ofMinutes(2));
        assertThat(throttle.failed("amina", "10.0.0.9").accountUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));
        for (int i = 0; i < 10; i++) {
            clock.pass(Duration.ofHours(1));
            throttle.failed("amina", "10.0.0.9");
        }
        assertThat(throttle.check("amina", "10.0.0.9").refusedUntil())
                .contains(clock.instant().plus(Duration.ofHours(1)));
    }

    @Test
    void unknownUsernamesAreLockedOutExactlyLikeKnownOnes() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("no-such-account", "10.0.0.1");
            throttle.failed("amina", "10.0.0.2");
        }
        assertThat(throttle.check("no-such-account", "10.0.0.3").refusedUntil())
                .isEqualTo(throttle.check("amina", "10.0.0.3").refusedUntil())
                .isPresent();
    }

    @Test
    void oneAddressTryingManyUsernamesIsThrottled() {
        for (int i = 0; i < 20; i++) {
            assertThat(throttle.failed("user" + i, "203.0.113.5").addressUntil())
                    .isNull();
        }
        SignInThrottle.Lockouts next = throttle.failed("user20", "203.0.113.5");

        assertThat(next.addressUntil()).isNotNull();
        assertThat(throttle.check("anyone-else", "203.0.113.5").refusedUntil()).isPresent();
        assertThat(throttle.check("anyone-else", "198.51.100.1").refusedUntil()).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountsCountAndADayWithoutFailuresForgetsIt() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("amina", "10.0.0.1");
        }
        assertThat(throttle.check("bob", "10.0.0.1").accountHadFailures())
                .as("an account with none")
                .isFalse();
        SignInThrottle.Check attempt = throttle.check("amina", "10.0.0.1");
        assertThat(attempt.accountHadFailures()).isTrue();
        throttle.succeeded(attempt);
        assertThat(throttle.check("amina", "10.0.0.1").accountHadFailures()).isFalse();
        assertThat(throttle.failed("amina", "10.0.0.1").accountUntil()).isNull();

        for (int i = 0; i < 4; i++) {
            throttle.failed("bob", "10.0.0.1");
        }
        clock.pass(Duration.ofHours(25));
        assertThat(throttle.failed("bob", "10.0.0.1").accountUntil()).isNull();
        assertThat(throttle.failed("bob", "10.0.0.1").accountUntil()).isNull();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-12-04T10:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The rules alone; SharedSignInThrottleTest runs them on the database. */
    private static final class CountsInMemory implements FailureCounts {

        private final Map<String, FailureCount> counts = new ConcurrentHashMap<>();

        @Override
        public Optional<FailureCount> find(String key) {
            return Optional.ofNullable(counts.get(key));
        }

        @Override
        public FailureCount update(String key, UnaryOperator<FailureCount> next) {
            return counts.compute(key, (k, old) -> next.apply(old));
        }

        @Override
        public void clear(String key) {
            counts.remove(key);
        }

        @Override
        public void forgetIdleSince(Instant idleSince, Instant now) {
            counts.values()
                    .removeIf(c -> c.lastFailure().isBefore(idleSince)
                            && (c.lockedUntil() == null || c.lockedUntil().isBefore(now)));
        }
    }
}
