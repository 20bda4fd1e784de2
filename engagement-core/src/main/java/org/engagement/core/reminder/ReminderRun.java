package org.engagement.core.reminder;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.mail.MailNotSentException;
import org.engagement.core.mail.Mailer;
import org.engagement.core.reminder.ReminderService.Letter;

/**
 * The reminder run's steps in order: create what fell due, then send each email and mark it sent. In the container each
 * step of {@link ReminderService} is a transaction of its own (REQUIRES_NEW, whatever the caller's), and no transaction
 * is open while the SMTP server is talked to: the notifications are committed first, then each email's mark as soon as
 * the SMTP server has accepted it. So a run killed part-way leaves every email marked if and only if it was accepted
 * (except one accepted in the instant before its mark was committed), and the run that takes it over sends only the
 * rest: no email is lost, and at most that one is sent twice. Used as a plain library (tests), each step joins the
 * caller's transaction.
 */
public final class ReminderRun {

    /** After this many failed sends in one run the SMTP server is taken to be down; the rest wait for the next run. */
    private static final int FAILURES_BEFORE_GIVING_UP = 3;

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());

    private ReminderRun() {}

    public static ReminderService.Run through(ReminderService steps, Mailer mailer) {
        int created = steps.createDue();
        if (!mailer.isOn()) {
            return new ReminderService.Run(created, 0);
        }
        int sent = 0;
        int failed = 0;
        for (Letter letter : steps.lettersDue()) {
            if (failed >= FAILURES_BEFORE_GIVING_UP) {
                break;
            }
            try {
                mailer.send(letter.email());
            } catch (MailNotSentException notSent) {
                failed++;
                LOG.log(Level.WARNING, "Reminder email not sent; it is tried again at the next run", notSent);
                continue;
            }
            steps.markEmailed(letter);
            sent++;
        }
        return new ReminderService.Run(created, sent);
    }
}
