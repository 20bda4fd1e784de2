package org.engagement.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.user.ReminderEmails;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserService;
import org.omnifaces.util.Messages;

/** The signed-in person's own choice of how reminders are emailed: one email each, or a weekly digest. */
@Named
@ViewScoped
public class ChooseReminderEmails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    @Inject
    private Actor actor;

    @Inject
    private PageFeedback feedback;

    private String email;
    private long version;
    private ReminderEmails reminderEmails;

    @PostConstruct
    void load() {
        users.findByUsername(actor.username()).ifPresent(this::show);
    }

    private void show(UserAccount account) {
        email = account.getEmail();
        version = account.getVersion();
        reminderEmails = account.getReminderEmails();
    }

    public void save() {
        feedback.attempt(
                () -> {
                    show(users.changeOwnReminderEmails(version, reminderEmails));
                    Messages.create("Saved: {0}.", reminderEmails.label()).add();
                },
                "remindersForm",
                null);
    }

    public String getEmail() {
        return email;
    }

    public ReminderEmails getReminderEmails() {
        return reminderEmails;
    }

    public void setReminderEmails(ReminderEmails reminderEmails) {
        this.reminderEmails = reminderEmails;
    }

    public ReminderEmails[] getChoices() {
        return ReminderEmails.values();
    }
}
