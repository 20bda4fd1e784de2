package org.engagement.web.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.mail.Mailer;
import org.engagement.core.reminder.ReminderService;

/**
 * Runs the reminders once a day, early in the morning UK time. Not persistent: a run missed while the server was down
 * is made up by the next one, since everything still due and not yet reminded is reminded then. At start-up it says
 * whether reminders are emailed, and a half-configured SMTP server (a host without a sender) stops the start.
 */
@Singleton
@Startup
public class DailyReminders {

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    @Inject
    private ReminderService reminders;

    @Inject
    private Mailer mailer;

    @PostConstruct
    void sayHowRemindersAreSent() {
        LOG.info(mailer.describe());
    }

    @Schedule(hour = "6", minute = "15", timezone = "Europe/London", persistent = false)
    void run() {
        ReminderService.Run run = reminders.sendDue();
        LOG.log(Level.INFO, "Daily reminders: {0} new, {1} emails sent", new Object[] {run.created(), run.emailsSent()
        });
    }
}
