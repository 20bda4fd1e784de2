package org.engagement.web.user;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.reminder.ReminderService;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.user.NewUser;
import org.engagement.core.user.ReminderEmails;
import org.engagement.core.user.Role;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserService;
import org.omnifaces.util.Messages;
import org.primefaces.PrimeFaces;

/**
 * The administrator's accounts page: list, create, edit (roles, enabled, where and how reminders are emailed), reset
 * passwords and remove second factors.
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PageFeedback feedback;

    @Inject
    private UserService users;

    @Inject
    private ReminderService reminders;

    private List<UserAccount> accounts = new ArrayList<>();
    private Form form = new Form();
    private Long editingId;
    private String emailStatus;
    private long editingVersion;

    @PostConstruct
    void load() {
        accounts = users.list();
    }

    public void startCreate() {
        form = new Form();
        editingId = null;
    }

    public void startEdit(UserAccount account) {
        form = new Form();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.roles = new ArrayList<>(account.getRoles());
        form.enabled = account.isEnabled();
        form.email = account.getEmail();
        form.reminderEmails = account.getReminderEmails();
        editingId = account.getId();
        editingVersion = account.getVersion();
    }

    public void save() {
        feedback.attempt(
                () -> {
                    if (editingId == null) {
                        users.create(new NewUser(
                                form.username,
                                form.displayName,
                                roles(),
                                chars(form.password),
                                form.email,
                                form.reminderEmails));
                        Messages.create(
                                        "Account {0} created. Give them their password in person or by phone, not by email.",
                                        form.username)
                                .add();
                    } else {
                        users.update(
                                editingId,
                                editingVersion,
                                form.displayName,
                                roles(),
                                form.enabled,
                                form.email,
                                form.reminderEmails);
                        Messages.create("Account {0} saved.", form.username).add();
                    }
                    PrimeFaces.current().executeScript("PF('userDialog').hide()");
                    load();
                },
                "userForm",
                null);
    }

    public void resetPassword() {
        feedback.attempt(
                () -> {
                    users.resetPassword(editingId, editingVersion, chars(form.password));
                    Messages.create("Password of {0} reset. They can sign in with it now.", form.username)
                            .add();
                    PrimeFaces.current().executeScript("PF('passwordDialog').hide()");
                    load();
                },
                "passwordForm",
                null);
    }

    /** For a lost or replaced phone: the person sets it up again after signing in with their password. */
    public void removeSecondFactor(UserAccount account) {
        feedback.attempt(
                () -> {
                    users.removeSecondFactor(account.getId(), account.getVersion());
                    Messages.create(
                                    "Two-step sign-in removed from {0}. They sign in with their password and can set it up again.",
                                    account.getUsername())
                            .add();
                    load();
                },
                "list",
                null);
    }

    private Set<Role> roles() {
        return form.roles == null || form.roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(form.roles);
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    public List<UserAccount> getAccounts() {
        return accounts;
    }

    public Form getForm() {
        return form;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public ReminderEmails[] getReminderEmailChoices() {
        return ReminderEmails.values();
    }

    /** Whether reminders are emailed at all on this installation, in words. */
    public String getEmailStatus() {
        if (emailStatus == null) {
            emailStatus = reminders.emailStatus();
        }
        return emailStatus;
    }

    /** What the dialogs edit. */
    public static class Form implements Serializable {

        private static final long serialVersionUID = 1L;

        private String username;
        private String displayName;
        private String password;
        private List<Role> roles = new ArrayList<>();
        private boolean enabled = true;
        private String email;
        private ReminderEmails reminderEmails = ReminderEmails.EACH;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public ReminderEmails getReminderEmails() {
            return reminderEmails;
        }

        public void setReminderEmails(ReminderEmails reminderEmails) {
            this.reminderEmails = reminderEmails;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public List<Role> getRoles() {
            return roles;
        }

        public void setRoles(List<Role> roles) {
            this.roles = roles;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
