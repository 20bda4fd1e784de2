package org.engagement.core.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;

/**
 * Turns what falls due into notifications for the officer responsible, at most once per event: a follow-up on its
 * due day (to its owner), a safeguarding policy review {@value #POLICY_REVIEW_NOTICE_DAYS} days before it is due or
 * once overdue (to the organisation's lead officer). A closed item (a follow-up done, a review moved on) is no longer
 * due, so it is never reminded. Each user reads only their own notifications.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    public static final int POLICY_REVIEW_NOTICE_DAYS = 14;
    private static final int LIST_SIZE = 100;

    @Inject
    private ReminderRepository reminders;

    @Inject
    private Actor actor;

    protected ReminderService() {}

    /** For use as a plain library. */
    public ReminderService(ReminderRepository reminders, Actor actor) {
        this.reminders = reminders;
        this.actor = actor;
    }

    /** The daily run: creates the notifications due today and not yet sent; returns how many it created. */
    public int sendDue() {
        LocalDate today = Dates.today();
        return notify(ReminderKind.FOLLOW_UP_DUE, reminders.followUpsDueBy(today))
                + notify(
                        ReminderKind.POLICY_REVIEW_DUE,
                        reminders.policyReviewsDueBy(today.plusDays(POLICY_REVIEW_NOTICE_DAYS)));
    }

    private int notify(ReminderKind kind, List<ReminderRepository.Due> due) {
        int created = 0;
        for (ReminderRepository.Due event : due) {
            if (!reminders.exists(event.recipient(), kind, event.recordId(), event.eventOn())) {
                reminders.add(new Notification(
                        event.recipient(),
                        kind,
                        event.recordId(),
                        event.eventOn(),
                        event.message(),
                        event.organisationId()));
                created++;
            }
        }
        return created;
    }

    /** The signed-in user's notifications, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine() {
        return reminders.forRecipient(actor.username(), LIST_SIZE);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long myUnreadCount() {
        return reminders.unreadCount(actor.username());
    }

    public void markRead(long notificationId) {
        Notification notification = reminders
                .find(notificationId)
                .filter(n -> n.getRecipient().equals(actor.username()))
                .orElseThrow(() -> new NotFoundException("Notification", notificationId));
        notification.markRead();
    }
}
