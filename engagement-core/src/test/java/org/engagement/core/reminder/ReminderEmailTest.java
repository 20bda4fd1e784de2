package org.engagement.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.mail.MailSettings;
import org.engagement.core.mail.Mailer;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.EmailAddress;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TestMailServer;
import org.engagement.core.testing.TestMailServer.Received;
import org.engagement.core.user.JpaUserRepository;
import org.engagement.core.user.ReminderEmails;
import org.engagement.core.user.Role;
import org.engagement.core.user.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminder emails sent to a real SMTP server (GreenMail) and read back, on a real Derby, with the clock fixed on chosen
 * days: each reminder is emailed once, on its day, to the officer responsible; a weekly digest goes on Monday; a closed
 * item is never emailed; a failed send is tried again at the next run.
 */
class ReminderEmailTest {

    private static final Actor SYSTEM = new FixedActor("system", Set.of());
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

    private static final LocalDate NEXT_MONDAY = LocalDate.of(2026, 12, 7);

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private final TestMailServer smtp = new TestMailServer();

    @AfterEach
    void close() {
        Dates.useClock(null);
        smtp.close();
        db.close();
    }

    private static void standOn(LocalDate day) {
        Dates.useClock(
                Clock.fixed(day.atTime(LocalTime.of(6, 15)).atZone(Dates.UK).toInstant(), Dates.UK));
    }

    private <T> T reminders(MailSettings mail, Function<ReminderService, T> work) {
        return db.inTransaction(em -> work.apply(new ReminderService(
                new JpaReminderRepository(em), new JpaUserRepository(em), new Mailer(mail), SYSTEM)));
    }

    private ReminderService.Run dailyRunOn(LocalDate day) {
        standOn(day);
        return reminders(smtp.settings(), ReminderService::sendDue);
    }

    private void account(String username, String name, String email, ReminderEmails how) {
        db.inTransaction(em -> {
            UserAccount account = new UserAccount(username, name, Set.of(Role.FAITH_LEAD), "not a real hash", "admin");
            account.changeReminderEmail(email == null ? null : new EmailAddress(email), how, "admin");
            new JpaUserRepository(em).add(account);
            return account;
        });
    }

    private Organisation mosque() {
        return crm.as(
                FIONA,
                s -> s.organisations()
                        .create(
                                Crm.activeOrganisation("Central Mosque", "COMMUNITY_GROUP", "DN1 1AA", "fiona"),
                                false));
    }

    private Engagement visit(long organisationId, FollowUpDetails... followUps) {
        return crm.as(
                FIONA,
                s -> s.engagements()
                        .log(
                                organisationId,
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(),
                                        "Visited",
                                        null,
                                        List.of(followUps))));
    }

    @Test
    void eachReminderIsEmailedOnceOnItsDayToItsOfficerAndNeverForADoneItemOrSomeoneWithoutAnAddress() {
        account("fiona", "Fiona Faith", "fiona@council.example", ReminderEmails.EACH);
        account("omar", "Omar Officer", null, ReminderEmails.EACH);
        standOn(WEDNESDAY.minusDays(7));
        Organisation mosque = mosque();
        Engagement visit = visit(
                mosque.getId(),
                new FollowUpDetails("Send model policy", "fiona", WEDNESDAY),
                new FollowUpDetails("Book training", "fiona", WEDNESDAY),
                new FollowUpDetails("Ring the imam", "omar", WEDNESDAY));
        long booked = visit.getFollowUps().stream()
                .filter(f -> f.getAction().equals("Book training"))
                .findFirst()
                .orElseThrow()
                .getId();
        crm.as(FIONA, s -> s.engagements().completeFollowUp(visit.getId(), visit.getVersion(), booked));

        assertThat(dailyRunOn(WEDNESDAY.minusDays(1))).isEqualTo(new ReminderService.Run(0, 0));
        assertThat(smtp.received()).isEmpty();

        assertThat(dailyRunOn(WEDNESDAY)).isEqualTo(new ReminderService.Run(2, 1));
        assertThat(dailyRunOn(WEDNESDAY)).isEqualTo(new ReminderService.Run(0, 0));
        assertThat(dailyRunOn(WEDNESDAY.plusDays(1))).isEqualTo(new ReminderService.Run(0, 0));

        assertThat(smtp.received()).singleElement().satisfies(mail -> {
            assertThat(mail.from()).isEqualTo(TestMailServer.FROM);
            assertThat(mail.to()).isEqualTo("Fiona Faith <fiona@council.example>");
            assertThat(mail.subject())
                    .isEqualTo("Reminder: Follow-up due 2 Dec 2026 at Central Mosque: Send model policy");
            assertThat(mail.body())
                    .startsWith("Hello Fiona Faith,\n\nFollow-up due 2 Dec 2026 at Central Mosque: Send model policy.")
                    .contains("under Notifications")
                    .doesNotContain("Book training");
        });
    }

    @Test
    void aWeeklyDigestGoesOnMondayWithTheWeeksRemindersAndOnlyOnce() {
        account("fiona", "Fiona Faith", "fiona@council.example", ReminderEmails.WEEKLY_DIGEST);
        standOn(WEDNESDAY.minusDays(7));
        Organisation mosque = mosque();
        visit(
                mosque.getId(),
                new FollowUpDetails("Send model policy", "fiona", WEDNESDAY),
                new FollowUpDetails("Book training", "fiona", WEDNESDAY.plusDays(1)));

        assertThat(dailyRunOn(WEDNESDAY)).isEqualTo(new ReminderService.Run(1, 0));
        assertThat(dailyRunOn(WEDNESDAY.plusDays(1))).isEqualTo(new ReminderService.Run(1, 0));
        assertThat(dailyRunOn(NEXT_MONDAY.minusDays(1))).isEqualTo(new ReminderService.Run(0, 0));
        assertThat(smtp.received()).isEmpty();

        assertThat(dailyRunOn(NEXT_MONDAY)).isEqualTo(new ReminderService.Run(0, 1));
        assertThat(dailyRunOn(NEXT_MONDAY)).isEqualTo(new ReminderService.Run(0, 0));
        assertThat(dailyRunOn(NEXT_MONDAY.plusDays(7))).isEqualTo(new ReminderService.Run(0, 0));

        List<Received> mail = smtp.received();
        assertThat(mail).singleElement().satisfies(digest -> {
            assertThat(digest.subject()).isEqualTo("Your reminders for the week of 7 Dec 2026 (2)");
            assertThat(digest.body())
                    .contains("- Follow-up due 2 Dec 2026 at Central Mosque: Send model policy")
                    .contains("- Follow-up due 3 Dec 2026 at Central Mosque: Book training");
        });
    }

    @Test
    void withEmailOffRemindersAreOnScreenOnlyAndTurningEmailOnLaterSendsNoOldBacklog() {
        account("fiona", "Fiona Faith", "fiona@council.example", ReminderEmails.EACH);
        standOn(WEDNESDAY.minusDays(20));
        Organisation mosque = mosque();
        visit(
                mosque.getId(),
                new FollowUpDetails("Send model policy", "fiona", WEDNESDAY.minusDays(10)),
                new FollowUpDetails("Book training", "fiona", WEDNESDAY));

        standOn(WEDNESDAY.minusDays(10));
        assertThat(reminders(MailSettings.off(), ReminderService::sendDue)).isEqualTo(new ReminderService.Run(1, 0));
        assertThat(reminders(MailSettings.off(), ReminderService::emailStatus))
                .contains("Reminder emails are off")
                .contains("on screen only");
        assertThat(smtp.received()).isEmpty();

        assertThat(dailyRunOn(WEDNESDAY)).isEqualTo(new ReminderService.Run(1, 1));
        assertThat(smtp.received())
                .extracting(Received::subject)
                .containsExactly("Reminder: Follow-up due 2 Dec 2026 at Central Mosque: Book training");
    }

    @Test
    void aReminderTheServerCouldNotTakeIsEmailedAtTheNextRun() throws Exception {
        account("fiona", "Fiona Faith", "fiona@council.example", ReminderEmails.EACH);
        standOn(WEDNESDAY.minusDays(7));
        visit(mosque().getId(), new FollowUpDetails("Send model policy", "fiona", WEDNESDAY));
        MailSettings nobodyListening;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            nobodyListening =
                    new MailSettings("127.0.0.1", free.getLocalPort(), null, null, TestMailServer.FROM, false);
        }

        standOn(WEDNESDAY);
        assertThat(reminders(nobodyListening, ReminderService::sendDue)).isEqualTo(new ReminderService.Run(1, 0));

        assertThat(dailyRunOn(WEDNESDAY.plusDays(1))).isEqualTo(new ReminderService.Run(0, 1));
        assertThat(smtp.received()).hasSize(1);
    }

    /**
     * The daily job's run, each step in its own transaction as the container runs it, dies (its server killed) just
     * after the SMTP server accepted the first email: the second and third are never sent. The run that takes over sends
     * those two and not the first again.
     */
    @Test
    void aRunKilledPartWaySendsEachEmailOnceWhenItIsDoneAgain() {
        account("fiona", "Fiona Faith", "fiona@council.example", ReminderEmails.EACH);
        standOn(WEDNESDAY.minusDays(7));
        visit(
                mosque().getId(),
                new FollowUpDetails("Send model policy", "fiona", WEDNESDAY),
                new FollowUpDetails("Book training", "fiona", WEDNESDAY),
                new FollowUpDetails("Ring the imam", "fiona", WEDNESDAY));
        standOn(WEDNESDAY);
        Mailer diesAfterOneEmail = new Mailer(smtp.settings()) {
            private int sent;

            @Override
            public void send(org.engagement.core.mail.Email email) {
                if (sent++ == 1) {
                    throw new IllegalStateException("killed");
                }
                super.send(email);
            }
        };

        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> ReminderRun.through(stepByStep(diesAfterOneEmail), diesAfterOneEmail));
        assertThat(smtp.received()).hasSize(1);

        Mailer mailer = new Mailer(smtp.settings());
        assertThat(ReminderRun.through(stepByStep(mailer), mailer)).isEqualTo(new ReminderService.Run(0, 2));
        assertThat(smtp.received())
                .extracting(Received::subject)
                .containsExactlyInAnyOrder(
                        "Reminder: Follow-up due 2 Dec 2026 at Central Mosque: Send model policy",
                        "Reminder: Follow-up due 2 Dec 2026 at Central Mosque: Book training",
                        "Reminder: Follow-up due 2 Dec 2026 at Central Mosque: Ring the imam");
    }

    /** The service as the container's proxy serves the daily job: each call a transaction of its own. */
    private ReminderService stepByStep(Mailer mailer) {
        Function<jakarta.persistence.EntityManager, ReminderService> service =
                em -> new ReminderService(new JpaReminderRepository(em), new JpaUserRepository(em), mailer, SYSTEM);
        return new ReminderService(null, null, mailer, SYSTEM) {
            @Override
            public int createDue() {
                return db.inTransaction(em -> service.apply(em).createDue());
            }

            @Override
            public List<Letter> lettersDue() {
                return db.inTransaction(em -> service.apply(em).lettersDue());
            }

            @Override
            public void markEmailed(Letter sent) {
                db.inTransaction(em -> {
                    service.apply(em).markEmailed(sent);
                    return sent;
                });
            }
        };
    }
}
