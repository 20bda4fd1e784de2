package org.engagement.core.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.RecordedEvents;
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

    private UserService service(jakarta.persistence.EntityManager em, Actor actor) {
        return new UserService(new JpaUserRepository(em), new Pbkdf2PasswordHashImpl(), new ChangeLog(em, actor), actor, events);
    }

    private Optional<SignedInUser> verify(String username, String password) {
        return db.inTransaction(em -> service(em, FixedActor.admin()).verify(username, password.toCharArray()));
    }

    private boolean createInitialAdmin(String password) {
        Actor system = new FixedActor("system", Set.of());
        return db.inTransaction(em -> service(em, system).createInitialAdmin(password.toCharArray()));
    }

    private UserAccount createFaithLead() {
        return db.inTransaction(em -> service(em, FixedActor.admin()).create(new NewUser(
                " Amina.Khan ", "Amina Khan", EnumSet.of(Role.FAITH_LEAD), "a long enough phrase".toCharArray())));
    }

    @Test
    void createdAccountIsStoredWithNormalisedUsernameAndHashedPassword() {
        UserAccount created = createFaithLead();

        UserAccount loaded = db.inTransaction(em -> new JpaUserRepository(em).findByUsername("AMINA.KHAN").orElseThrow());
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
        assertThat(verify("amina.khan", "wrong password!!"))
                .isEmpty();
    }

    @Test
    void disabledAccountCannotSignIn() {
        UserAccount created = createFaithLead();
        db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Amina Khan", Set.of(Role.FAITH_LEAD), false));

        assertThat(verify("amina.khan", "a long enough phrase"))
                .isEmpty();
        assertThat(events.fired()).containsExactly(new UserAccountChanged("amina.khan"));
    }

    @Test
    void staleVersionIsRefusedNamingWhoChangedIt() {
        UserAccount created = createFaithLead();
        db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Amina K.", Set.of(Role.FAITH_LEAD), true));

        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                .update(created.getId(), created.getVersion(), "Someone else's edit", Set.of(Role.VIEWER), true)))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by admin");
        String displayName = db.inTransaction(em -> new JpaUserRepository(em).findById(created.getId()).orElseThrow().getDisplayName());
        assertThat(displayName).isEqualTo("Amina K.");
    }

    @Test
    void duplicateUsernameShortPasswordAndMissingRoleAreRefused() {
        createFaithLead();

        assertThatThrownBy(this::createFaithLead).isInstanceOf(UsernameTakenException.class);
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                .create(new NewUser("bob", "Bob", EnumSet.of(Role.VIEWER), "short".toCharArray()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 12 characters");
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, FixedActor.admin())
                .create(new NewUser("bob", "Bob", EnumSet.noneOf(Role.class), "a long enough phrase".toCharArray()))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one role");
    }

    @Test
    void onlyAnAdministratorManagesAccounts() {
        Actor viewer = new FixedActor("victor", Set.of(Role.VIEWER));
        assertThatThrownBy(() -> db.inTransaction(em -> service(em, viewer)
                .create(new NewUser("bob", "Bob", EnumSet.of(Role.VIEWER), "a long enough phrase".toCharArray()))))
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
                .update(created.getId(), created.getVersion(), "Amina Khan", Set.of(Role.FAITH_LEAD, Role.VIEWER), true));

        java.util.List<ChangeLogEntry> history = db.inTransaction(em -> new ChangeLog(em, FixedActor.admin()).historyOf(UserService.RECORD_TYPE, created.getId()));
        assertThat(history).extracting(ChangeLogEntry::getChangedBy).containsOnly("admin");
        assertThat(history.get(0).getChanges()).singleElement()
                .satisfies(change -> {
                    assertThat(change.getField()).isEqualTo("roles");
                    assertThat(change.getBefore()).isEqualTo("FAITH_LEAD");
                    assertThat(change.getAfter()).isEqualTo("FAITH_LEAD, VIEWER");
                });
    }
}
