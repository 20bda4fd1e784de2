package org.engagement.core.reminder;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.engagement.core.mail.MailNotSentException;
import org.engagement.core.mail.Mailer;
import org.engagement.core.reminder.ReminderService.Letter;

/**
 * The reminder run's steps in order: create what fell due, then send each email and mark it sent. Given the container's
 * proxy of {@link ReminderService} and called outside a transaction (the daily job), each step commits on its own: the
 * notifications first, then each email's mark as soon as the SMTP server has accepted it, with no transaction open
 * while it talks to the server. So a run killed part-way leaves every email marked if and only if it was accepted
 * (except one accepted in the instant before its mark was committed), and the run that takes it over sends only the
 * rest: no email is lost, and at most that one is sent twice. Given the service itself ({@link
 * ReminderService#sendDue}), every step joins the caller's one transaction.
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
