package org.engagement.web.reminder;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.reminder.ReminderService;

/**
 * Runs the reminders once a day, early in the morning UK time. Not persistent: a run missed while the server was down
 * is made up by the next one, since everything still due and not yet reminded is reminded then.
 */
@Singleton
public class DailyReminders {

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());

    @Inject
    private ReminderService reminders;

    @Schedule(hour = "6", minute = "15", timezone = "Europe/London", persistent = false)
    void run() {
        int created = reminders.sendDue();
        LOG.log(Level.INFO, "Daily reminders: {0} new", created);
    }
}
