package org.engagement.web.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.mail.Mailer;
import org.engagement.core.reminder.ReminderRun;
import org.engagement.core.reminder.ReminderService;
import org.engagement.core.scheduling.OncePerCluster;
import org.engagement.web.platform.Jobs;

/**
 * Runs the reminders once a day, from 06:15 UK time (ENGAGEMENT_JOBS_DAILY_REMINDERS_AT), on one server of a cluster
 * ({@link OncePerCluster}: every server looks every ten seconds; the first to claim the day's run does it, and another
 * takes it over if that server dies before finishing). The run goes in steps that each commit ({@link ReminderRun}), so
 * the server taking over an interrupted run sends only the emails the dead one had not: no transaction is open here
 * (which would hold every step until the end). A day missed while every server was down is made up by the next day's
 * run, since everything still due and not yet reminded is reminded then. At start-up it says whether reminders are
 * emailed, and a half-configured SMTP server (a host without a sender) or job setting stops the start.
 */
@Singleton
@Startup
public class DailyReminders {

    private static final Logger LOG = Logger.getLogger(DailyReminders.class.getName());
    static final String JOB = "daily-reminders";
    private static final LocalTime AT = LocalTime.of(6, 15);

    @Inject
    private Jobs jobs;

    @Inject
    private ReminderService reminders;

    @Inject
    private Mailer mailer;

    @PostConstruct
    void sayHowRemindersAreSent() {
        LOG.info(mailer.describe());
        jobs.check(JOB, AT);
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void lookForTodaysRun() {
        jobs.runDaily(JOB, AT, this::run);
    }

    private void run() {
        ReminderService.Run run = ReminderRun.through(reminders, mailer);
        LOG.log(Level.INFO, "Daily reminders: {0} new, {1} emails sent", new Object[] {run.created(), run.emailsSent()
        });
    }
}
