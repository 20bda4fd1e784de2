package org.engagement.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;

/** The only way into accounts: creating, changing, disabling, resetting passwords and checking them. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final String RECORD_TYPE = "User";
    public static final String INITIAL_ADMIN = "admin";

    @Inject
    private UserRepository users;
    @Inject
    private Pbkdf2PasswordHash passwordHash;
    @Inject
    private ChangeLog changeLog;
    @Inject
    private Actor actor;
    @Inject
    private Event<UserAccountChanged> accountChanged;

    protected UserService() {
    }

    /** For use as a plain library. */
    public UserService(UserRepository users, Pbkdf2PasswordHash passwordHash, ChangeLog changeLog, Actor actor,
            Event<UserAccountChanged> accountChanged) {
        this.users = users;
        this.passwordHash = passwordHash;
        this.changeLog = changeLog;
        this.actor = actor;
        this.accountChanged = accountChanged;
    }

    public UserAccount create(NewUser request) {
        requireAdmin();
        return createAccount(request);
    }

    /**
     * On first start with no accounts at all, creates {@code admin} with the given password.
     * Returns false, and does nothing, when any account already exists.
     */
    public boolean createInitialAdmin(char[] password) {
        if (users.count() > 0) {
            return false;
        }
        createAccount(new NewUser(INITIAL_ADMIN, "Administrator", EnumSet.of(Role.ADMIN), password));
        return true;
    }

    private UserAccount createAccount(NewUser request) {
        UserAccount.checkPasswordPolicy(request.password());
        String username = UserAccount.normaliseUsername(request.username());
        if (users.findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = new UserAccount(username, request.displayName(), request.roles(),
                passwordHash.generate(request.password()), actor.username());
        users.add(account);
        changeLog.created(RECORD_TYPE, account.getId(), "Account " + account.getUsername() + " created", account.snapshot());
        return account;
    }

    public UserAccount update(long id, long expectedVersion, String displayName, Set<Role> roles, boolean enabled) {
        requireAdmin();
        UserAccount account = load(id, expectedVersion);
        if (account.getUsername().equals(actor.username()) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new InvalidInputException("enabled",
                    "You cannot disable your own account or remove your own administrator role. Ask another administrator.");
        }
        Map<String, String> before = account.snapshot();
        account.changeDetails(displayName, roles, enabled, actor.username());
        changeLog.updated(RECORD_TYPE, id, "Account " + account.getUsername() + " changed", before, account.snapshot());
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    public UserAccount resetPassword(long id, long expectedVersion, char[] newPassword) {
        requireAdmin();
        UserAccount.checkPasswordPolicy(newPassword);
        UserAccount account = load(id, expectedVersion);
        account.changePasswordHash(passwordHash.generate(newPassword), actor.username());
        changeLog.updated(RECORD_TYPE, id, "Password of " + account.getUsername() + " reset",
                Map.of("password", "(previous)"), Map.of("password", "(reset by " + actor.username() + ")"));
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    /** Checks a username and password. Empty when either is wrong or the account is disabled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedInUser> verify(String username, char[] password) {
        return users.findByUsername(username)
                .filter(UserAccount::isEnabled)
                .filter(account -> passwordHash.verify(password, account.getPasswordHash()))
                .map(account -> new SignedInUser(account.getUsername(), account.getDisplayName(), account.getRoles()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserAccount> list() {
        requireAdmin();
        return users.findAll();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> findByUsername(String username) {
        return users.findByUsername(username);
    }

    private UserAccount load(long id, long expectedVersion) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        if (account.getVersion() != expectedVersion) {
            throw new StaleRecordException("The account " + account.getUsername(), account.getUpdatedBy(), account.getUpdatedAt());
        }
        return account;
    }

    private void requireAdmin() {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator can manage user accounts.");
        }
    }
}
