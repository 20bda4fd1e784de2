package org.engagement.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.security.SecurityEventType;
import org.engagement.core.security.SecurityLog;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.EmailAddress;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;
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
    private PasswordHashing passwordHash;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    @Inject
    private Event<UserAccountChanged> accountChanged;

    @Inject
    private SecurityLog securityLog;

    private TimeBasedCodes codes = new TimeBasedCodes(Clock.systemUTC());

    protected UserService() {}

    /** For use as a plain library. */
    public UserService(
            UserRepository users,
            PasswordHashing passwordHash,
            ChangeLog changeLog,
            Actor actor,
            Event<UserAccountChanged> accountChanged,
            SecurityLog securityLog) {
        this.users = users;
        this.passwordHash = passwordHash;
        this.changeLog = changeLog;
        this.actor = actor;
        this.accountChanged = accountChanged;
        this.securityLog = securityLog;
    }

    /** For use as a plain library, with the clock one-time codes are checked against. */
    public UserService(
            UserRepository users,
            PasswordHashing passwordHash,
            ChangeLog changeLog,
            Actor actor,
            Event<UserAccountChanged> accountChanged,
            SecurityLog securityLog,
            TimeBasedCodes codes) {
        this(users, passwordHash, changeLog, actor, accountChanged, securityLog);
        this.codes = codes;
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

    /** Whether any account exists (the first start creates the administrator). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasAccounts() {
        return users.count() > 0;
    }

    private UserAccount createAccount(NewUser request) {
        UserAccount.checkPasswordPolicy(request.password());
        String username = UserAccount.normaliseUsername(request.username());
        if (users.findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        String hash = passwordHash.hash(request.password());
        UserAccount account = withEmailChecked(request.email(), email -> {
            UserAccount created =
                    new UserAccount(username, request.displayName(), request.roles(), hash, actor.username());
            created.changeReminderEmail(email, request.reminderEmails(), actor.username());
            return created;
        });
        users.add(account);
        changeLog.created(
                RECORD_TYPE, account.getId(), "Account " + account.getUsername() + " created", account.snapshot());
        securityLog.accountChange(
                SecurityEventType.ACCOUNT_CREATED, account.getUsername(), "Roles: " + roleNames(account));
        return account;
    }

    /** Changes name, roles and enabled flag; the email address and how reminders are emailed stay as they are. */
    public UserAccount update(long id, long expectedVersion, String displayName, Set<Role> roles, boolean enabled) {
        requireAdmin();
        UserAccount account = load(id, expectedVersion);
        return update(
                id, expectedVersion, displayName, roles, enabled, account.getEmail(), account.getReminderEmails());
    }

    /** Changes everything an administrator edits on an account, as one change with one version check.
     * A change that is refused (a malformed email address among them) changes nothing: the transaction rolls back.
     */
    public UserAccount update(
            long id,
            long expectedVersion,
            String displayName,
            Set<Role> roles,
            boolean enabled,
            String email,
            ReminderEmails reminderEmails) {
        requireAdmin();
        UserAccount account = load(id, expectedVersion);
        if (account.getUsername().equals(actor.username()) && (!enabled || !roles.contains(Role.ADMIN))) {
            throw new InvalidInputException(
                    "enabled",
                    "You cannot disable your own account or remove your own administrator role. Ask another administrator.");
        }
        Map<String, String> before = account.snapshot();
        boolean wasEnabled = account.isEnabled();
        String rolesBefore = roleNames(account);
        withEmailChecked(email, newEmail -> {
            account.changeDetails(displayName, roles, enabled, actor.username());
            account.changeReminderEmail(newEmail, reminderEmails, actor.username());
            return account;
        });
        changeLog.updated(RECORD_TYPE, id, "Account " + account.getUsername() + " changed", before, account.snapshot());
        logAccessChange(account, wasEnabled, rolesBefore);
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    /**
     * Runs the change with the typed email address parsed, reporting a malformed address together with the change's
     * own field errors, so the administrator sees every problem at once.
     */
    private static UserAccount withEmailChecked(String typedEmail, Function<EmailAddress, UserAccount> change) {
        EmailAddress email;
        try {
            email = EmailAddress.optional("email", typedEmail);
        } catch (InvalidInputException badEmail) {
            try {
                change.apply(null);
            } catch (InvalidInputException alsoBad) {
                List<FieldError> all = new ArrayList<>(alsoBad.errors());
                all.addAll(badEmail.errors());
                throw new InvalidInputException(all);
            }
            throw badEmail;
        }
        return change.apply(email);
    }

    private void logAccessChange(UserAccount account, boolean wasEnabled, String rolesBefore) {
        if (!rolesBefore.equals(roleNames(account))) {
            securityLog.accountChange(
                    SecurityEventType.ROLES_CHANGED,
                    account.getUsername(),
                    "From " + rolesBefore + " to " + roleNames(account));
        }
        if (wasEnabled != account.isEnabled()) {
            securityLog.accountChange(
                    account.isEnabled() ? SecurityEventType.ACCOUNT_ENABLED : SecurityEventType.ACCOUNT_DISABLED,
                    account.getUsername(),
                    null);
        }
    }

    private static String roleNames(UserAccount account) {
        return account.snapshot().get("roles");
    }

    public UserAccount resetPassword(long id, long expectedVersion, char[] newPassword) {
        requireAdmin();
        UserAccount.checkPasswordPolicy(newPassword);
        UserAccount account = load(id, expectedVersion);
        account.changePasswordHash(passwordHash.hash(newPassword), actor.username());
        changeLog.updated(
                RECORD_TYPE,
                id,
                "Password of " + account.getUsername() + " reset",
                Map.of("password", "(previous)"),
                Map.of("password", "(reset by " + actor.username() + ")"));
        securityLog.accountChange(SecurityEventType.PASSWORD_RESET, account.getUsername(), null);
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    /**
     * The signed-in person changes their own password, proving it is them with the current one. Their other
     * sessions end (the caller keeps the current one).
     */
    public UserAccount changeOwnPassword(char[] currentPassword, char[] newPassword) {
        UserAccount account = users.findByUsername(actor.username())
                .orElseThrow(() -> new AccessDeniedException("Sign in to change your password."));
        if (currentPassword == null || !passwordHash.verify(currentPassword, account.getPasswordHash())) {
            throw new InvalidInputException(
                    "currentPassword",
                    "Your current password is not right. Type it again, or ask an administrator to reset it.");
        }
        UserAccount.checkPasswordPolicy(newPassword);
        if (passwordHash.verify(newPassword, account.getPasswordHash())) {
            throw new InvalidInputException(
                    "password", "Choose a new password that is different from your current one.");
        }
        account.changePasswordHash(passwordHash.hash(newPassword), actor.username());
        changeLog.updated(
                RECORD_TYPE,
                account.getId(),
                "Password of " + account.getUsername() + " changed by its owner",
                Map.of("password", "(previous)"),
                Map.of("password", "(changed by its owner)"));
        securityLog.accountChange(SecurityEventType.PASSWORD_CHANGED, account.getUsername(), null);
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    /**
     * The signed-in person chooses how their own reminders are emailed: one email each, or a weekly digest. Refused
     * if their account changed since they read it ({@code expectedVersion}). The address stays as the administrator
     * set it.
     */
    public UserAccount changeOwnReminderEmails(long expectedVersion, ReminderEmails how) {
        UserAccount account = users.findByUsername(actor.username())
                .orElseThrow(() -> new AccessDeniedException("Sign in to choose how your reminders are emailed."));
        if (how == null) {
            throw new InvalidInputException(
                    "reminderEmails", "Choose one email for each reminder, or a weekly digest on Mondays.");
        }
        if (account.getVersion() != expectedVersion) {
            throw new StaleRecordException("Your account", account.getUpdatedBy(), account.getUpdatedAt());
        }
        Map<String, String> before = account.snapshot();
        account.changeReminderEmail(EmailAddress.optional("email", account.getEmail()), how, actor.username());
        changeLog.updated(
                RECORD_TYPE,
                account.getId(),
                "Reminder emails of " + account.getUsername() + " changed by its owner",
                before,
                account.snapshot());
        return account;
    }

    /**
     * Checks a username and password. Empty when either is wrong or the account is disabled; an unknown username
     * costs one hash verification like a known one, so the time taken does not tell which usernames exist. A
     * correct password stored with an older work factor is hashed again at today's.
     */
    public Optional<SignedInUser> verify(String username, char[] password) {
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty()) {
            passwordHash.verifyNothing(password);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!passwordHash.verify(password, account.getPasswordHash()) || !account.isEnabled()) {
            return Optional.empty();
        }
        if (PasswordHashing.isOutdated(account.getPasswordHash())) {
            account.upgradePasswordHash(passwordHash.hash(password));
        }
        return Optional.of(new SignedInUser(account.getUsername(), account.getDisplayName(), account.getRoles()));
    }

    /**
     * The signed-in person sets up a second factor: the code their authenticator app shows for the new secret proves
     * the app holds it. From then on, signing in to the pages also asks for a code.
     */
    public UserAccount setUpSecondFactor(String secret, String code) {
        UserAccount account = users.findByUsername(actor.username())
                .orElseThrow(() -> new AccessDeniedException("Sign in to set up two-step sign-in."));
        if (account.hasSecondFactor()) {
            throw new InvalidInputException(
                    "code",
                    "Two-step sign-in is already set up for your account. To move it to a new phone, ask an administrator to remove it first.");
        }
        long step = codes.matchingStep(secret, code, 0)
                .orElseThrow(
                        () -> new InvalidInputException(
                                "code",
                                "That code does not match. Type the 6-digit code your authenticator app shows now for Engagement CRM."));
        Map<String, String> before = account.snapshot();
        account.enrolSecondFactor(secret, step, actor.username());
        changeLog.updated(
                RECORD_TYPE,
                account.getId(),
                "Two-step sign-in set up for " + account.getUsername(),
                before,
                account.snapshot());
        securityLog.accountChange(SecurityEventType.SECOND_FACTOR_SET_UP, account.getUsername(), null);
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    /** An administrator removes an account's second factor (a lost or replaced phone); its sessions end. */
    public UserAccount removeSecondFactor(long id, long expectedVersion) {
        requireAdmin();
        UserAccount account = load(id, expectedVersion);
        if (!account.hasSecondFactor()) {
            throw new InvalidInputException(
                    "secondFactor", "The account " + account.getUsername() + " has no two-step sign-in to remove.");
        }
        Map<String, String> before = account.snapshot();
        account.removeSecondFactor(actor.username());
        changeLog.updated(
                RECORD_TYPE,
                id,
                "Two-step sign-in of " + account.getUsername() + " removed",
                before,
                account.snapshot());
        securityLog.accountChange(SecurityEventType.SECOND_FACTOR_REMOVED, account.getUsername(), null);
        accountChanged.fire(new UserAccountChanged(account.getUsername()));
        return account;
    }

    /**
     * Checks the code of an account's second factor at sign-in; a code accepted once is spent. False for a wrong,
     * old or reused code, and for an account that has no second factor or is disabled.
     */
    public boolean verifySignInCode(String username, String code) {
        Optional<UserAccount> found = users.findByUsername(username);
        if (found.isEmpty() || !found.get().hasSecondFactor() || !found.get().isEnabled()) {
            return false;
        }
        UserAccount account = found.get();
        OptionalLong step = codes.matchingStep(account.getTotpSecret(), code, account.getTotpLastStep());
        step.ifPresent(account::spendCodeStep);
        return step.isPresent();
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
            throw new StaleRecordException(
                    "The account " + account.getUsername(), account.getUpdatedBy(), account.getUpdatedAt());
        }
        return account;
    }

    private void requireAdmin() {
        if (!actor.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator can manage user accounts.");
        }
    }
}
