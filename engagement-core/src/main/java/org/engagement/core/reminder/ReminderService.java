package org.engagement.core.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.mail.Email;
import org.engagement.core.mail.Mailer;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.EmailAddress;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.DueReminder;
import org.engagement.core.spi.ReminderSource;
import org.engagement.core.spi.RestrictedNames;
import org.engagement.core.user.ReminderEmails;
import org.engagement.core.user.UserAccount;
import org.engagement.core.user.UserRepository;

/**
 * Turns what falls due into notifications for the officer responsible, at most once per event: a follow-up on its
 * due day (to its owner); a safeguarding policy review {@value #POLICY_REVIEW_NOTICE_DAYS} days before it is due or
 * once overdue (to the organisation's lead officer); a person's training {@value #TRAINING_EXPIRY_NOTICE_DAYS} days
 * before it expires, unless renewed (to the lead officer of each organisation they have a role at); an active
 * information-sharing agreement's review {@value #AGREEMENT_REVIEW_NOTICE_DAYS} days ahead (to its owner); an audit
 * action on its due day (to its owner); and whatever sector modules report through {@link ReminderSource}. A closed
 * item (a follow-up or action done, a review moved on, training renewed) is no longer due, so it is never reminded.
 * Each user reads only their own notifications.
 *
 * <p>When email is on, each new notification is also emailed once to its recipient's address: at once, or, for an
 * account that chose the weekly digest, in one email on Monday. Only notifications of the last
 * {@value #EMAIL_WINDOW_DAYS} days are emailed, so turning email on (or adding an address) does not send a backlog.
 */
@ApplicationScoped
@Transactional
public class ReminderService {

    public static final int POLICY_REVIEW_NOTICE_DAYS = 14;
    public static final int TRAINING_EXPIRY_NOTICE_DAYS = 30;
    public static final int AGREEMENT_REVIEW_NOTICE_DAYS = 30;
    /** A week and a day: a Monday digest covers everything since the previous Monday's. */
    public static final int EMAIL_WINDOW_DAYS = 8;

    public static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;
    private static final int LIST_SIZE = 100;
    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

    @Inject
    private ReminderRepository reminders;

    @Inject
    private UserRepository users;

    @Inject
    private Mailer mailer;

    @Inject
    private Actor actor;

    private Iterable<ReminderSource> moduleSources;

    protected ReminderService() {}

    /** For use as a plain library, without sector modules' reminders. */
    public ReminderService(ReminderRepository reminders, UserRepository users, Mailer mailer, Actor actor) {
        this(reminders, users, mailer, actor, List.of());
    }

    /** For use as a plain library, with sector modules' reminders. */
    public ReminderService(
            ReminderRepository reminders,
            UserRepository users,
            Mailer mailer,
            Actor actor,
            List<ReminderSource> moduleSources) {
        this.reminders = reminders;
        this.users = users;
        this.mailer = mailer;
        this.actor = actor;
        this.moduleSources = moduleSources;
    }

    @Inject
    void findModuleSources(@Any Instance<ReminderSource> found) {
        moduleSources = found;
    }

    /** What one run did. */
    public record Run(int created, int emailsSent) {}

    /**
     * The run: creates the notifications due today and not yet made, then emails what is due to be emailed, in the steps
     * of {@link ReminderRun}. In the container each step is a transaction of its own, whatever the caller's (so a run
     * cut short keeps what it did); used as a plain library, each joins the caller's.
     */
    public Run sendDue() {
        return ReminderRun.through(this, mailer);
    }

    /** One email about one or more notifications (a digest covers several), and which they are. */
    public record Letter(Email email, List<Long> notificationIds) {}

    /** The run's first step: creates the notifications due today and not yet made; returns how many it made. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int createDue() {
        LocalDate today = Dates.today();
        return notify(ReminderKind.FOLLOW_UP_DUE.name(), reminders.followUpsDueBy(today))
                + notify(
                        ReminderKind.POLICY_REVIEW_DUE.name(),
                        reminders.policyReviewsDueBy(today.plusDays(POLICY_REVIEW_NOTICE_DAYS)))
                + notify(
                        ReminderKind.TRAINING_EXPIRES.name(),
                        reminders.trainingExpiringBetween(today, today.plusDays(TRAINING_EXPIRY_NOTICE_DAYS)))
                + notify(
                        ReminderKind.AGREEMENT_REVIEW_DUE.name(),
                        reminders.agreementReviewsDueBy(today.plusDays(AGREEMENT_REVIEW_NOTICE_DAYS)))
                + notify(ReminderKind.AUDIT_ACTION_DUE.name(), reminders.auditActionsDueBy(today))
                + fromModules(today);
    }

    private int fromModules(LocalDate today) {
        int created = 0;
        for (ReminderSource source : moduleSources) {
            if (source.kind() == null
                    || source.kind().isBlank()
                    || source.kind().length() > 30) {
                LOG.log(Level.WARNING, "Reminders of {0} skipped: a kind must be 1 to 30 characters", source.kind());
                continue;
            }
            created += notify(source.kind(), source.dueOn(today));
        }
        return created;
    }

    /** An administrator runs the reminders now, rather than waiting for the morning. */
    public Run runNow() {
        if (!RoleSets.holds(actor, RoleSets.ADMINS)) {
            throw new AccessDeniedException("Only an administrator can run the reminders.");
        }
        return sendDue();
    }

    /** How reminders reach people, for the administrator's pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String emailStatus() {
        return mailer.describe();
    }

    private int notify(String kind, List<DueReminder> due) {
        int created = 0;
        for (DueReminder event : due) {
            for (String recipient : recipientsOf(event)) {
                if (!reminders.exists(recipient, kind, event.recordId(), event.eventOn())) {
                    reminders.add(new Notification(
                            recipient,
                            kind,
                            event.recordId(),
                            event.eventOn(),
                            event.message(),
                            event.organisationId()));
                    created++;
                }
            }
        }
        return created;
    }

    private List<String> recipientsOf(DueReminder event) {
        return event.username() != null ? List.of(event.username()) : users.activeUsernamesHolding(event.roles());
    }

    /**
     * The run's second step: the emails due today about notifications not yet emailed, each to an enabled account with
     * an address: one per notification, or on {@link #DIGEST_DAY} one digest per account that chose it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Letter> lettersDue() {
        LocalDate today = Dates.today();
        Map<String, List<Notification>> byRecipient =
                reminders.notEmailedSince(Dates.now().minus(Duration.ofDays(EMAIL_WINDOW_DAYS))).stream()
                        .collect(Collectors.groupingBy(
                                Notification::getRecipient, LinkedHashMap::new, Collectors.toList()));
        List<Letter> letters = new ArrayList<>();
        // A letter leaves the application, so restricted people's names are masked for every recipient.
        RestrictedNames names = RestrictedNames.of(reminders.restrictedNames());
        for (Map.Entry<String, List<Notification>> mine : byRecipient.entrySet()) {
            Optional<UserAccount> account = users.findByUsername(mine.getKey()).filter(UserAccount::isEnabled);
            Optional<EmailAddress> address = account.flatMap(UserAccount::emailAddress);
            if (address.isEmpty()) {
                continue;
            }
            String name = account.get().getDisplayName();
            if (account.get().getReminderEmails() == ReminderEmails.WEEKLY_DIGEST) {
                if (today.getDayOfWeek() == DIGEST_DAY) {
                    List<Notification> shown = mine.getValue().stream()
                            .map(n -> n.shownWith(names::mask))
                            .toList();
                    letters.add(new Letter(
                            ReminderLetters.digest(address.get(), name, today, shown), ids(mine.getValue())));
                }
            } else {
                mine.getValue()
                        .forEach(n -> letters.add(new Letter(
                                ReminderLetters.single(address.get(), name, n.shownWith(names::mask)),
                                List.of(n.getId()))));
            }
        }
        return letters;
    }

    private static List<Long> ids(List<Notification> notifications) {
        return notifications.stream().map(Notification::getId).toList();
    }

    /** The run's last step for each email the SMTP server accepted: its notifications are marked emailed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markEmailed(Letter sent) {
        sent.notificationIds().forEach(id -> reminders.find(id).ifPresent(Notification::markEmailed));
    }

    /**
     * The signed-in user's notifications, newest first, with restricted people's names masked for everyone but the data
     * protection officer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> mine() {
        RestrictedNames names = RestrictedNames.forReader(actor, reminders::restrictedNames);
        return reminders.forRecipient(actor.username(), LIST_SIZE).stream()
                .map(n -> n.shownWith(names::mask))
                .toList();
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
