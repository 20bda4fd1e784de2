package org.engagement.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The throttle's counts live in the database: two servers (two throttles, each reaching the database through an
 * entity manager factory and cache of its own) count the same failures and honour the same lockouts. On real Derby,
 * and on PostgreSQL in the build's PostgreSQL run.
 */
class SharedSignInThrottleTest {

    private final TestDatabase db = new TestDatabase();
    private final SignInThrottle first = throttle(new StoreOnServer(false));
    private final SignInThrottle second = throttle(new StoreOnServer(true));

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private static SignInThrottle throttle(FailureCounts counts) {
        return new SignInThrottle(counts, 5, 25, Duration.ofMinutes(1), Clock.systemUTC());
    }

    @Test
    void failuresOnTwoServersAddUpAndALockoutStartedOnOneIsHonouredByTheOther() {
        for (int i = 0; i < 3; i++) {
            assertThat(first.failed("amina", "10.0.0.1").accountUntil()).isNull();
        }
        assertThat(second.failed("amina", "10.0.0.2").accountUntil()).isNull();
        assertThat(second.failed("amina", "10.0.0.2").accountUntil()).isNull();

        SignInThrottle.Lockouts sixth = second.failed("amina", "10.0.0.2");

        assertThat(sixth.accountUntil()).isNotNull();
        assertThat(first.check("amina", "10.0.0.3").refusedUntil()).contains(sixth.accountUntil());
        assertThat(first.check("bob", "10.0.0.3").refusedUntil()).isEmpty();
    }

    @Test
    void aSuccessOnOneServerClearsTheAccountsCountOnBoth() {
        for (int i = 0; i < 4; i++) {
            first.failed("amina", "10.0.0.1");
        }
        second.succeeded(second.check("amina", "10.0.0.1"));

        for (int i = 0; i < 5; i++) {
            assertThat(first.failed("amina", "10.0.0.1").accountUntil()).isNull();
        }
    }

    @Test
    void failuresAtTheSameMomentOnTwoServersAreAllCounted() throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (SignInThrottle server : List.of(first, second)) {
                running.add(servers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        server.failed("amina", "10.0.0.1");
                    }
                }));
            }
            for (Future<?> done : running) {
                done.get();
            }
        } finally {
            servers.shutdown();
        }

        assertThat(new StoreOnServer(false).find(SignInThrottle.accountKey("amina")))
                .get()
                .extracting(FailureCount::count)
                .isEqualTo(20);
        assertThat(new StoreOnServer(true).find(SignInThrottle.addressKey("10.0.0.1")))
                .get()
                .extracting(FailureCount::count)
                .isEqualTo(20);
    }

    @Test
    void idleCountsAreForgottenButNotWhileTheirLockoutLasts() {
        Instant now = Instant.now();
        StoreOnServer store = new StoreOnServer(false);
        store.update("account:idle", none -> new FailureCount(3, null, now.minus(Duration.ofDays(2))));
        store.update(
                "account:locked",
                none -> new FailureCount(9, now.plus(Duration.ofMinutes(30)), now.minus(Duration.ofDays(2))));
        store.update("account:recent", none -> new FailureCount(1, null, now));

        store.forgetIdleSince(now.minus(Duration.ofDays(1)), now);

        assertThat(store.find("account:idle")).isEmpty();
        assertThat(store.find("account:locked")).isPresent();
        assertThat(store.find("account:recent")).isPresent();
    }

    /** One server's store: each call a transaction of its own, as the container runs {@link JpaFailureCounts}. */
    private final class StoreOnServer implements FailureCounts {

        private final boolean anotherServer;

        StoreOnServer(boolean anotherServer) {
            this.anotherServer = anotherServer;
        }

        private <T> T transaction(Function<EntityManager, T> work) {
            return anotherServer ? db.inTransactionOnAnotherServer(work) : db.inTransaction(work);
        }

        @Override
        public Optional<FailureCount> find(String key) {
            return transaction(em -> new JpaFailureCounts(em).find(key));
        }

        @Override
        public FailureCount update(String key, UnaryOperator<FailureCount> next) {
            return transaction(em -> new JpaFailureCounts(em).update(key, next));
        }

        @Override
        public void clear(String key) {
            transaction(em -> {
                new JpaFailureCounts(em).clear(key);
                return null;
            });
        }

        @Override
        public void forgetIdleSince(Instant idleSince, Instant now) {
            transaction(em -> {
                new JpaFailureCounts(em).forgetIdleSince(idleSince, now);
                return null;
            });
        }
    }
}
