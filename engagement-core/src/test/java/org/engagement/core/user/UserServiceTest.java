package org.engagement.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.security.JpaSecurityEventRepository;
import org.engagement.core.security.SecurityEvent;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.security.SecurityLogQuery;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.RecordedEvents;
import org.engagement.core.testing.TestDatabase;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account rules, persisted through JPA on a real (in-memory) Derby migrated by the real changelog. */
class UserServiceTest {

    private final TestDatabase db = new TestDatabase();
    private final RecordedEvents<UserAccountChanged> events = new RecordedEvents<>();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** One for the class: it hashes a decoy at 600,000 iterations when made. */
    private static final PasswordHashing HASHING = new PasswordHashing(new Pbkdf2PasswordHashImpl());

    /** The moment one-time codes are checked at: tests move it on. */
    private Instant now = Instant.parse("2026-12-04T10:00:00Z");

    private UserService service(jakarta.persistence.EntityManager em, Actor actor) {
        return new UserService(
                new JpaUserRepository(em),
                HASHING,
                new ChangeLog(em, actor),
                actor,
                events,
                new SecurityLog(new JpaSecurityEventRepository(em), actor, () -> "192.0.2.7", Clock.systemUTC()),
                new TimeBasedCodes(Clock.fixed(now, ZoneOffset.UTC)));
    }

    private String codeNow(String secret) {
        return new TimeBasedCodes(Clock.systemUTC()).codeAt(secret, now);
    }

    private List<SecurityEvent> securityLog() {
        return db.inTransaction(em -> new JpaSecurityEventRepository(em)
                .page(SecurityLogQuery.newest(100))
                .items());
    }

    private Optional<SignedInUser> verify(String username, String password) {
        return db.inTransaction(em -> service(em, FixedActor.admin()).verify(username, password.toCharArray()));
    }

    private boolean createInitialAdmin(String password) {
        Actor system = new FixedActor("system", Set.of());
        return db.inTransaction(em -> service(em, system).createInitialAdmin(password.toCharArray()));
    }

    private UserAccount createFaithLead() {
        return db.inTransaction(em -> service(em, FixedActor.admin())
                .create(new NewUser(
                        " Amina.Khan ",
                        "Amina Khan",
                        EnumSet.of(Role.FAITH_LEAD),
                        "a long enough phrase".toCharArray())));
    }

    @Test
    void createdAccountIsStoredWithNormalisedUsernameAndHashedPassword() {
        UserAccount created = createFaithLead();

        UserAccount loaded = db.inTransaction(
                em -> new JpaUserRepository(em).findByUsername("AMINA.KHAN").orElseThrow());
        assertThat(loaded.getId()).isEqualTo(created.getId());
        assertThat(loaded.getUsername()).isEqualTo("amina.khan");
        assertThat(loaded.getRoles()).containsExactly(Role.FAITH_LEAD);
        assertThat(loaded.getPasswordHash()).startsWith("PBKDF2").doesNotContain("a long enough phrase");
    }

    @Test
    void correctPasswordSignsInAndWrongOneDoesNot() {
        createFaithLead();

        assertThat(verify("amina.khan", "a long enough phrase"))
                .hasValueSatisfying(user -> assertThat(user.roles()).containsExactly(Role.FAITH_LEAD));
        assertThat(verify("amina.khan", "wrong password!!")).isEmpty();
    }

    @Test
    void disabledAccountCannotSignIn() {
        UserAccount created = createFaithLead();
        db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Amina Khan", Set.of(Role.FAITH_LEAD), false));

        assertThat(verify("amina.khan", "a long enough phrase")).isEmpty();
        assertThat(events.fired()).containsExactly(new UserAccountChanged("amina.khan"));
    }

    @Test
    void anAccountsReminderEmailIsCheckedWithTheOtherFieldsAndItsChangeIsInTheHistory() {
        UserAccount created = createFaithLead();

        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                        .update(
                                created.getId(),
                                created.getVersion(),
                                " ",
                                Set.of(Role.FAITH_LEAD),
                                true,
                                "amina at council",
                                ReminderEmails.EACH)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactlyInAnyOrder("displayName", "email"));
        UserAccount changed = db.inTransaction(em -> service(em, FixedActor.admin())
                .update(
                        created.getId(),
                        created.getVersion(),
                        "Amina Khan",
                        Set.of(Role.FAITH_LEAD),
                        true,
                        " amina.khan@council.example ",
                        ReminderEmails.WEEKLY_DIGEST));

        assertThat(changed.getEmail()).isEqualTo("amina.khan@council.example");
        assertThat(changed.getReminderEmails()).isEqualTo(ReminderEmails.WEEKLY_DIGEST);
        UserAccount renamedOnly = db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), changed.getVersion(), "Amina K.", Set.of(Role.FAITH_LEAD), true));
        assertThat(renamedOnly.getEmail())
                .as("kept by the update without email")
                .isEqualTo("amina.khan@council.example");
        var history = db.inTransaction(
                em -> new ChangeLog(em, FixedActor.admin()).historyOf(UserService.RECORD_TYPE, created.getId()));
        assertThat(history)
                .flatExtracting(ChangeLogEntry::getChanges)
                .extracting(c -> c.getField() + ": " + c.getAfter())
                .contains("email: amina.khan@council.example", "reminderEmails: A weekly digest on Mondays");
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                        .create(new NewUser(
                                "bob",
                                "Bob",
                                EnumSet.of(Role.VIEWER),
                                "a long enough phrase".toCharArray(),
                                "bob@",
                                ReminderEmails.EACH))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .singleElement()
                                .satisfies(e -> assertThat(e.message()).contains("like amina.khan@example.gov.uk")));
    }

    @Test
    void staleVersionIsRefusedNamingWhoChangedIt() {
        UserAccount created = createFaithLead();
        db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Amina K.", Set.of(Role.FAITH_LEAD), true));

        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                        .update(
                                created.getId(),
                                created.getVersion(),
                                "Someone else's edit",
                                Set.of(Role.VIEWER),
                                true)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by admin");
        String displayName = db.inTransaction(em -> new JpaUserRepository(em)
                .findById(created.getId())
                .orElseThrow()
                .getDisplayName());
        assertThat(displayName).isEqualTo("Amina K.");
    }

    @Test
    void duplicateUsernameShortPasswordAndMissingRoleAreRefused() {
        createFaithLead();

        assertThatThrownBy(this::createFaithLead).isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                        .create(new NewUser("bob", "Bob", EnumSet.of(Role.VIEWER), "short".toCharArray()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                        .create(new NewUser(
                                "bob", "Bob", EnumSet.noneOf(Role.class), "a long enough phrase".toCharArray()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one role");
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        Actor viewer = new FixedActor("victor", Set.of(Role.VIEWER));
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, viewer)
                        .create(new NewUser(
                                "bob", "Bob", EnumSet.of(Role.VIEWER), "a long enough phrase".toCharArray()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void initialAdministratorIsCreatedOnlyWhenThereAreNoAccounts() {
        assertThat(createInitialAdmin("first admin password")).isTrue();
        assertThat(createInitialAdmin("second admin password")).isFalse();
        assertThat(verify("admin", "first admin password")).isPresent();
    }

    @Test
    void everyAccountChangeIsInTheHistoryWithWhoAndWhat() {
        UserAccount created = createFaithLead();
        db.inTransaction(em -> service(em, FixedActor.admin())
                .update(
                        created.getId(),
                        created.getVersion(),
                        "Amina Khan",
                        Set.of(Role.FAITH_LEAD, Role.VIEWER),
                        true));

        java.util.List<ChangeLogEntry> history = db.inTransaction(
                em -> new ChangeLog(em, FixedActor.admin()).historyOf(UserService.RECORD_TYPE, created.getId()));
        assertThat(history).extracting(ChangeLogEntry::getChangedBy).containsOnly("admin");
        assertThat(history.get(0).getChanges()).singleElement().satisfies(change -> {
            assertThat(change.getField()).isEqualTo("roles");
            assertThat(change.getBefore()).isEqualTo("FAITH_LEAD");
            assertThat(change.getAfter()).isEqualTo("FAITH_LEAD, VIEWER");
        });
    }

    @Test
    void passwordsAreHashedWithPbkdf2Sha256At600000Iterations() {
        UserAccount created = createFaithLead();

        assertThat(created.getPasswordHash()).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(PasswordHashing.isOutdated(created.getPasswordHash())).isFalse();
    }

    @Test
    void anOldFormatHashIsUpgradedOnTheNextSuccessfulSignInOnly() {
        UserAccount created = createFaithLead();
        Pbkdf2PasswordHashImpl old = new Pbkdf2PasswordHashImpl();
        old.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", "2048", "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256"));
        String oldHash = old.generate("a long enough phrase".toCharArray());
        db.inTransaction(em -> em.createNativeQuery("update app_user set password_hash = ? where id = ?")
                .setParameter(1, oldHash)
                .setParameter(2, created.getId())
                .executeUpdate());
        assertThat(PasswordHashing.isOutdated(oldHash)).isTrue();

        assertThat(verify("amina.khan", "wrong password!!")).isEmpty();
        assertThat(storedHash(created)).isEqualTo(oldHash);

        assertThat(verify("amina.khan", "a long enough phrase")).isPresent();
        assertThat(storedHash(created)).startsWith("PBKDF2WithHmacSHA256:600000:");
        assertThat(verify("amina.khan", "a long enough phrase")).isPresent();
    }

    private String storedHash(UserAccount account) {
        return db.inTransaction(
                em -> em.find(UserAccount.class, account.getId()).getPasswordHash());
    }

    @Test
    void anUnknownUsernameTakesAHashVerificationToRefuse() {
        createFaithLead();
        long known = timed(() -> verify("amina.khan", "wrong password!!"));
        long unknown = timed(() -> verify("nobody.here", "wrong password!!"));

        // An unknown name costs a real PBKDF2 verification too (hundreds of ms), not a quick "no such user".
        assertThat(unknown).isGreaterThan(known / 3);
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    @Test
    void resetsRoleChangesAndDisablesAreInTheSecurityLogWithWhoAndWhere() {
        UserAccount created = createFaithLead();
        UserAccount changed = db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Amina Khan", Set.of(Role.VIEWER), false));
        db.inTransaction(em -> service(em, FixedActor.admin())
                .resetPassword(created.getId(), changed.getVersion(), "another long phrase".toCharArray()));

        assertThat(securityLog())
                .extracting(SecurityEvent::getType)
                .containsExactlyInAnyOrder(
                        SecurityEventType.ACCOUNT_CREATED, SecurityEventType.ROLES_CHANGED,
                        SecurityEventType.ACCOUNT_DISABLED, SecurityEventType.PASSWORD_RESET);
        assertThat(securityLog()).allSatisfy(event -> {
            assertThat(event.getUsername()).isEqualTo("amina.khan");
            assertThat(event.getActor()).isEqualTo("admin");
            assertThat(event.getClientAddress()).isEqualTo("192.0.2.7");
        });
        assertThat(securityLog())
                .filteredOn(e -> e.getType() == SecurityEventType.ROLES_CHANGED)
                .singleElement()
                .extracting(SecurityEvent::getDetail)
                .isEqualTo("From FAITH_LEAD to VIEWER");
    }

    @Test
    void roleChangesAndResetsMarkWhenCredentialsChangedButANameChangeDoesNot() {
        UserAccount created = createFaithLead();
        UserAccount renamed = db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Amina K.", Set.of(Role.FAITH_LEAD), true));
        assertThat(renamed.getCredentialsChangedAt()).isNull();

        UserAccount promoted = db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), renamed.getVersion(), "Amina K.", Set.of(Role.FAITH_LEAD, Role.VIEWER), true));
        assertThat(promoted.getCredentialsChangedAt()).isNotNull();
    }

    @Test
    void ownersChangeTheirPasswordOnlyWithTheCurrentOne() {
        createFaithLead();
        Actor amina = new FixedActor("amina.khan", Set.of(Role.FAITH_LEAD));

        assertThatThrownBy(() -> db.inTransaction(em -> service(em, amina)
                        .changeOwnPassword("not my password".toCharArray(), "a brand new phrase".toCharArray())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("current password is not right");
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, amina)
                        .changeOwnPassword("a long enough phrase".toCharArray(), "short".toCharArray())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 12 characters");

        db.inTransaction(em -> service(em, amina)
                .changeOwnPassword("a long enough phrase".toCharArray(), "a brand new phrase".toCharArray()));

        assertThat(verify("amina.khan", "a long enough phrase")).isEmpty();
        assertThat(verify("amina.khan", "a brand new phrase")).isPresent();
        assertThat(securityLog()).extracting(SecurityEvent::getType).contains(SecurityEventType.PASSWORD_CHANGED);
    }

    @Test
    void ownersChooseTheirOwnReminderEmailsAndTheChoiceIsInTheHistory() {
        UserAccount created = createFaithLead();
        Actor amina = new FixedActor("amina.khan", Set.of(Role.FAITH_LEAD));

        UserAccount changed = db.inTransaction(
                em -> service(em, amina).changeOwnReminderEmails(created.getVersion(), ReminderEmails.WEEKLY_DIGEST));

        assertThat(changed.getReminderEmails()).isEqualTo(ReminderEmails.WEEKLY_DIGEST);
        assertThat(changed.getEmail()).as("the address stays as it was").isEqualTo(created.getEmail());
        assertThatThrownBy(() -> db.inTransaction(
                        em -> service(em, amina).changeOwnReminderEmails(created.getVersion(), ReminderEmails.EACH)))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() ->
                        db.inTransaction(em -> service(em, amina).changeOwnReminderEmails(changed.getVersion(), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("weekly digest");
        List<ChangeLogEntry> history = db.inTransaction(
                em -> new ChangeLog(em, FixedActor.admin()).historyOf(UserService.RECORD_TYPE, created.getId()));
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.getChangedBy()).isEqualTo("amina.khan");
            assertThat(entry.getSummary()).isEqualTo("Reminder emails of amina.khan changed by its owner");
        });
    }

    @Test
    void securityLogSearchTreatsPercentAndUnderscoreLiterally() {
        db.inTransaction(em -> {
            SecurityLog log = new SecurityLog(
                    new JpaSecurityEventRepository(em), FixedActor.admin(), () -> "10.0.0.1", Clock.systemUTC());
            log.signIn(SecurityEventType.SIGN_IN_FAILED, "100%_sure", null);
            log.signIn(SecurityEventType.SIGN_IN_FAILED, "100abc", null);
            return null;
        });

        List<SecurityEvent> found = db.inTransaction(em -> new JpaSecurityEventRepository(em)
                .page(new SecurityLogQuery("100%_", null, null, true, 0, 10))
                .items());

        assertThat(found).extracting(SecurityEvent::getUsername).containsExactly("100%_sure");
    }

    @Test
    void anOwnerSetsUpASecondFactorOnlyWithACodeFromTheirAppAndItIsInTheHistory() {
        UserAccount created = createFaithLead();
        Actor amina = new FixedActor("amina.khan", Set.of(Role.FAITH_LEAD));
        String secret = TimeBasedCodes.newSecret();

        assertThatThrownBy(() -> db.inTransaction(em -> service(em, amina).setUpSecondFactor(secret, "000000")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("code does not match");
        UserAccount enrolled = db.inTransaction(em -> service(em, amina).setUpSecondFactor(secret, codeNow(secret)));

        assertThat(enrolled.hasSecondFactor()).isTrue();
        assertThat(enrolled.snapshot()).containsEntry("secondFactor", "on").doesNotContainValue(secret);
        List<ChangeLogEntry> history = db.inTransaction(
                em -> new ChangeLog(em, FixedActor.admin()).historyOf(UserService.RECORD_TYPE, created.getId()));
        assertThat(history)
                .filteredOn(e -> e.getSummary().equals("Two-step sign-in set up for amina.khan"))
                .singleElement()
                .extracting(ChangeLogEntry::getChangedBy)
                .isEqualTo("amina.khan");
        assertThat(securityLog())
                .filteredOn(e -> e.getType() == SecurityEventType.SECOND_FACTOR_SET_UP)
                .singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("amina.khan"));
    }

    @Test
    void aSignInCodeIsAcceptedOnceAndAWrongOneNever() {
        createFaithLead();
        Actor amina = new FixedActor("amina.khan", Set.of(Role.FAITH_LEAD));
        String secret = TimeBasedCodes.newSecret();
        db.inTransaction(em -> service(em, amina).setUpSecondFactor(secret, codeNow(secret)));

        // The set-up code is spent; the next step's code works once.
        assertThat(verifyCode("amina.khan", codeNow(secret))).isFalse();
        now = now.plusSeconds(30);
        String next = codeNow(secret);
        assertThat(verifyCode("amina.khan", "123456".equals(next) ? "654321" : "123456"))
                .isFalse();
        assertThat(verifyCode("amina.khan", next)).isTrue();
        assertThat(verifyCode("amina.khan", next)).isFalse();
        assertThat(verifyCode("no.such.user", next)).isFalse();
    }

    @Test
    void onlyAnAdministratorRemovesASecondFactorWhichEndsTheAccountsSessionsAndIsLogged() {
        UserAccount created = createFaithLead();
        Actor amina = new FixedActor("amina.khan", Set.of(Role.FAITH_LEAD));
        String secret = TimeBasedCodes.newSecret();
        UserAccount enrolled = db.inTransaction(em -> service(em, amina).setUpSecondFactor(secret, codeNow(secret)));

        assertThatThrownBy(() -> db.inTransaction(
                        em -> service(em, amina).removeSecondFactor(created.getId(), enrolled.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        UserAccount removed = db.inTransaction(
                em -> service(em, FixedActor.admin()).removeSecondFactor(created.getId(), enrolled.getVersion()));

        assertThat(removed.hasSecondFactor()).isFalse();
        assertThat(removed.getCredentialsChangedAt()).isNotNull();
        now = now.plusSeconds(60);
        assertThat(verifyCode("amina.khan", codeNow(secret))).isFalse();
        assertThat(securityLog())
                .filteredOn(e -> e.getType() == SecurityEventType.SECOND_FACTOR_REMOVED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("admin");
                    assertThat(e.getUsername()).isEqualTo("amina.khan");
                });
        List<ChangeLogEntry> history = db.inTransaction(
                em -> new ChangeLog(em, FixedActor.admin()).historyOf(UserService.RECORD_TYPE, created.getId()));
        assertThat(history)
                .filteredOn(e -> e.getSummary().equals("Two-step sign-in of amina.khan removed"))
                .singleElement()
                .extracting(ChangeLogEntry::getChangedBy)
                .isEqualTo("admin");
    }

    private boolean verifyCode(String username, String code) {
        return db.inTransaction(em -> service(em, FixedActor.admin()).verifySignInCode(username, code));
    }
}
