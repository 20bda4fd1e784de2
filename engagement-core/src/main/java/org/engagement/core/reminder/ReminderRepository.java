package org.engagement.core.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where notifications are kept, and the records that fall due. */
public interface ReminderRepository {

    /** An event that may need a reminder: who is responsible, for which record, on which day. */
    record Due(String recipient, long recordId, LocalDate eventOn, String message, Long organisationId) {}

    /** Open follow-ups due on or before {@code day}. */
    List<Due> followUpsDueBy(LocalDate day);

    /** Safeguarding policies whose next review is on or before {@code day}, for organisations with a lead officer. */
    List<Due> policyReviewsDueBy(LocalDate day);

    /** Notifications created since then and not yet emailed, by recipient and day. */
    List<Notification> notEmailedSince(Instant since);

    boolean exists(String recipient, ReminderKind kind, long recordId, LocalDate eventOn);

    void add(Notification notification);

    List<Notification> forRecipient(String recipient, int max);

    long unreadCount(String recipient);

    Optional<Notification> find(long id);
}
