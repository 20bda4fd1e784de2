package org.engagement.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.user.Role;
import org.engagement.core.user.SignedInUser;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserService;
import org.junit.jupiter.api.Test;

/**
 * What one server remembers of accounts follows changes made on another server of the cluster (which this server
 * is not told about) within {@link CredentialCheck#ACCOUNT_STATE_TTL}.
 */
class CredentialCheckTest {

    private final MovableClock clock = new MovableClock();
    private final Accounts users = new Accounts();
    private final CredentialCheck check = new CredentialCheck(users, clock);

    @Test
    void anAccountDisabledOnAnotherServerIsSignedOutHereWithinTheTimeToLive() {
        Instant signedInAt = clock.instant();
        assertThat(check.current("amina", signedInAt)).isPresent();

        users.account.changeDetails("Amina", Set.of(Role.FAITH_LEAD), false, "admin");

        assertThat(check.current("amina", signedInAt)).as("remembered a moment").isPresent();
        clock.pass(CredentialCheck.ACCOUNT_STATE_TTL.plusSeconds(1));
        assertThat(check.current("amina", signedInAt)).isEmpty();
    }

    @Test
    void aRememberedPasswordStopsCountingOnceThePasswordWasResetOnAnotherServer() {
        assertThat(check.verify("amina", "old password".toCharArray()).remembered())
                .isFalse();
        assertThat(check.verify("amina", "old password".toCharArray()).remembered())
                .isTrue();

        clock.pass(Duration.ofSeconds(1));
        users.password = "new password";
        users.account.changePasswordHash("new hash", "admin");
        clock.pass(CredentialCheck.ACCOUNT_STATE_TTL.plusSeconds(1));

        CredentialCheck.Verified afterReset = check.verify("amina", "old password".toCharArray());
        assertThat(afterReset.remembered()).isFalse();
        assertThat(afterReset.user()).isEmpty();
    }

    /** One account, changed in place as another server would change its row. */
    private static final class Accounts extends UserService {

        final UserAccount account = new UserAccount("amina", "Amina", Set.of(Role.FAITH_LEAD), "hash", "admin");
        String password = "old password";

        @Override
        public Optional<UserAccount> findByUsername(String username) {
            return Optional.of(account).filter(a -> a.getUsername().equals(username));
        }

        @Override
        public Optional<SignedInUser> verify(String username, char[] typed) {
            return findByUsername(username)
                    .filter(UserAccount::isEnabled)
                    .filter(a -> password.equals(new String(typed)))
                    .map(a -> new SignedInUser(a.getUsername(), a.getDisplayName(), a.getRoles()));
        }
    }

    /** Starts at the real time: account changes stamp themselves with the real time. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
