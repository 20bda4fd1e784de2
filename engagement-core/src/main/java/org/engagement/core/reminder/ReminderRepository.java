package org.engagement.core.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagement.core.spi.DueReminder;

/** Where notifications are kept, and the core's records that fall due. */
public interface ReminderRepository {

    /** Open follow-ups due on or before {@code day}, to their owners. */
    List<DueReminder> followUpsDueBy(LocalDate day);

    /** Safeguarding policies whose next review is on or before {@code day}, for organisations with a lead officer. */
    List<DueReminder> policyReviewsDueBy(LocalDate day);

    /**
     * Training records expiring from {@code from} to {@code to} and not renewed by a later record of the same course, to
     * the lead officer of each organisation where the person has a current role.
     */
    List<DueReminder> trainingExpiringBetween(LocalDate from, LocalDate to);

    /** Active information-sharing agreements whose review date is on or before {@code day}, to their owners. */
    List<DueReminder> agreementReviewsDueBy(LocalDate day);

    /** Open actions from audits (draft or finished) due on or before {@code day}, to their owners. */
    List<DueReminder> auditActionsDueBy(LocalDate day);

    /** Notifications created since then and not yet emailed, by recipient and day. */
    List<Notification> notEmailedSince(Instant since);

    boolean exists(String recipient, String kind, long recordId, LocalDate eventOn);

    void add(Notification notification);

    List<Notification> forRecipient(String recipient, int max);

    long unreadCount(String recipient);

    Optional<Notification> find(long id);

    /** The names of everyone under a restriction of processing, masked in what reminders show and send. */
    List<String> restrictedNames();
}
