package org.engagement.web.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.mail.Mailer;
import org.engagement.core.reminder.ReminderService;
import org.engagement.core.scheduling.OncePerCluster;
import org.engagement.web.platform.Jobs;

/**
 * Runs the reminders once a day, from 06:15 UK time, on one server of a cluster ({@link OncePerCluster}: every server
 * looks each minute; the first to claim the day's run does it, and another takes it over if that server dies before
 * finishing). A day missed while every server was down is made up by the next day's run, since everything still due
 * and not yet reminded is reminded then. At start-up it says whether reminders are emailed, and a half-configured SMTP
 * server (a host without a sender) stops the start.
 */
@Singleton
@Startup
public class DailyReminders {

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());
    static final String JOB = "daily-reminders";
    private static final LocalTime AT = LocalTime.of(6, 15);

    @Inject
    private OncePerCluster cluster;

    @Inject
    private ReminderService reminders;

    @Inject
    private Mailer mailer;

    @PostConstruct
    void sayHowRemindersAreSent() {
        LOG.info(mailer.describe());
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void lookForTodaysRun() {
        cluster.runDaily(JOB, AT, Jobs.LEASE, this::run);
    }

    private void run() {
        ReminderService.Run run = reminders.sendDue();
        LOG.log(Level.INFO, "Daily reminders: {0} new, {1} emails sent", new Object[] {run.created(), run.emailsSent()
        });
    }
}
