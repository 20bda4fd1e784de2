package org.engagement.core.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagement.core.shared.EmailAddress;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** An account that signs in. Usernames are lower case and unique; every account has at least one role. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.findByUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "select u from UserAccount u order by u.username")
@NamedQuery(name = "UserAccount.count", query = "select count(u) from UserAccount u")
public class UserAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Where reminders are emailed; none: on screen only. */
    @Column(length = EmailAddress.MAX_LENGTH)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_emails", nullable = false, length = 20)
    private ReminderEmails reminderEmails = ReminderEmails.EACH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    /** When the password, roles or enabled flag last changed: sessions signed in before then are ended. */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    /** The TOTP secret (Base32) of the account's second factor; null while it has none. */
    @Column(name = "totp_secret", length = 128)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** The time step of the last code accepted: no code of that step or an earlier one is accepted again. */
    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, Set<Role> roles, String passwordHash, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        String normalised = normaliseUsername(username);
        if (!USERNAME.matcher(normalised).matches()) {
            errors.add(new FieldError(
                    "username",
                    "Username must be 3 to 40 characters: lower-case letters, digits, dots, hyphens or underscores."));
        }
        collectDetailErrors(displayName, roles, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.username = normalised;
        this.displayName = displayName.strip();
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        touch(createdBy);
    }

    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks a new password against the policy before it is hashed. */
    public static void checkPasswordPolicy(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(
                    "password",
                    "Password must be at least " + MIN_PASSWORD_LENGTH
                            + " characters. A short phrase of several words is easy to remember.");
        }
    }

    public void changeDetails(String newDisplayName, Set<Role> newRoles, boolean nowEnabled, String changedBy) {
        List<FieldError> errors = new ArrayList<>();
        collectDetailErrors(newDisplayName, newRoles, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean accessChanged = !getRoles().equals(EnumSet.copyOf(newRoles)) || enabled != nowEnabled;
        this.displayName = newDisplayName.strip();
        this.roles = EnumSet.copyOf(newRoles);
        this.enabled = nowEnabled;
        touch(changedBy);
        if (accessChanged) {
            credentialsChangedAt = updatedAt;
        }
    }

    /** Where and how reminders are emailed; a null address means on screen only. */
    public void changeReminderEmail(EmailAddress newEmail, ReminderEmails how, String changedBy) {
        this.email = newEmail == null ? null : newEmail.value();
        this.reminderEmails = how == null ? ReminderEmails.EACH : how;
        touch(changedBy);
    }

    public void changePasswordHash(String newHash, String changedBy) {
        this.passwordHash = newHash;
        touch(changedBy);
        credentialsChangedAt = updatedAt;
    }

    /** The owner set up a second factor: from now on signing in to the pages also needs a code from it. */
    void enrolSecondFactor(String secret, long firstStep, String changedBy) {
        if (!TimeBasedCodes.isSecret(secret)) {
            throw new InvalidInputException("code", "The set-up key is not valid. Start the set-up again.");
        }
        this.totpSecret = secret;
        this.totpLastStep = firstStep;
        touch(changedBy);
        this.totpEnrolledAt = updatedAt;
    }

    /** An administrator removed the second factor (a lost phone): the account's sessions end. */
    void removeSecondFactor(String changedBy) {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = 0;
        touch(changedBy);
        credentialsChangedAt = updatedAt;
    }

    /** A code of this step was accepted: it and earlier ones are spent. Not a change anyone made. */
    void spendCodeStep(long step) {
        this.totpLastStep = step;
    }

    /** The same password hashed again at today's work factor: not a change anyone made, so nothing else moves. */
    void upgradePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    private static void collectDetailErrors(String displayName, Set<Role> roles, List<FieldError> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.add(new FieldError("displayName", "Enter the person's full name."));
        } else if (displayName.strip().length() > 120) {
            errors.add(new FieldError("displayName", "Full name must be 120 characters or fewer."));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "Choose at least one role."));
        }
    }

    private void touch(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    /** Field values as the change history shows them. The password hash and TOTP secret are never included. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("displayName", displayName);
        fields.put("enabled", enabled ? "yes" : "no");
        fields.put("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(", ")));
        fields.put("email", email == null ? "" : email);
        fields.put("reminderEmails", reminderEmails.label());
        fields.put("secondFactor", hasSecondFactor() ? "on" : "off");
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** The address reminders are emailed to, or null. */
    public String getEmail() {
        return email;
    }

    public Optional<EmailAddress> emailAddress() {
        return Optional.ofNullable(email).map(EmailAddress::new);
    }

    public ReminderEmails getReminderEmails() {
        return reminderEmails;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    /** When the second factor was set up; null while there is none. */
    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    /** When the password, roles or enabled flag last changed; null if never since the account was created. */
    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }
}
