package org.engagement.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.JpaUserRepository;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily reminders on a real (in-memory) Derby, standing on chosen days: each sent once, on the right day. */
class ReminderServiceTest {

    private static final Actor SYSTEM = new FixedActor("system", Set.of());
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final LocalDate START = LocalDate.now(Dates.UK);

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        Dates.useClock(null);
        db.close();
    }

    private <T> T reminders(Actor actor, Function<ReminderService, T> work) {
        return db.inTransaction(em -> work.apply(new ReminderService(
                new JpaReminderRepository(em), new JpaUserRepository(em), new Mailer(MailSettings.off()), actor)));
    }

    private int dailyRunOn(LocalDate day) {
        Dates.useClock(Clock.offset(Clock.system(Dates.UK), Duration.ofDays(day.toEpochDay() - START.toEpochDay())));
        ReminderService.Run run = reminders(SYSTEM, ReminderService::sendDue);
        assertThat(run.emailsSent()).as("email is off").isZero();
        return run.created();
    }

    private Organisation mosque(String leadOfficer) {
        return crm.as(
                FIONA,
                s -> s.organisations()
                        .create(
                                Crm.activeOrganisation("Central Mosque", "COMMUNITY_GROUP", "DN1 1AA", leadOfficer),
                                false));
    }

    private Engagement visitWithFollowUps(long organisationId, FollowUpDetails... followUps) {
        return crm.as(
                FIONA,
                s -> s.engagements()
                        .log(
                                organisationId,
                                new EngagementDetails(
                                        START,
                                        EngagementType.VISIT,
                                        null,
                                        List.of(),
                                        "Visited",
                                        null,
                                        List.of(followUps))));
    }

    @Test
    void aFollowUpIsRemindedToItsOwnerOnceOnItsDueDayAndADoneOneNever() {
        Organisation mosque = mosque(null);
        Engagement visit = visitWithFollowUps(
                mosque.getId(),
                new FollowUpDetails("Send model policy", "fiona", START.plusDays(3)),
                new FollowUpDetails("Book training", "fiona", START.plusDays(3)));
        long done = visit.getFollowUps().stream()
                .filter(f -> f.getAction().equals("Book training"))
                .findFirst()
                .orElseThrow()
                .getId();
        crm.as(FIONA, s -> s.engagements().completeFollowUp(visit.getId(), visit.getVersion(), done));

        assertThat(dailyRunOn(START.plusDays(2))).isZero();
        assertThat(dailyRunOn(START.plusDays(3))).isEqualTo(1);
        assertThat(dailyRunOn(START.plusDays(3))).isZero();
        assertThat(dailyRunOn(START.plusDays(4))).isZero();

        List<Notification> mine = reminders(FIONA, ReminderService::mine);
        assertThat(mine).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(ReminderKind.FOLLOW_UP_DUE.name());
            assertThat(n.getMessage())
                    .contains("Send model policy")
                    .contains("Central Mosque")
                    .contains(Dates.describe(START.plusDays(3)));
        });
        assertThat(reminders(FIONA, ReminderService::myUnreadCount)).isEqualTo(1);
        assertThat(reminders(new FixedActor("someone", Set.of(Role.VIEWER)), ReminderService::mine))
                .isEmpty();
        assertThatThrownBy(() -> reminders(new FixedActor("someone", Set.of(Role.VIEWER)), r -> {
                    r.markRead(mine.get(0).getId());
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        reminders(FIONA, r -> {
            r.markRead(mine.get(0).getId());
            return null;
        });
        assertThat(reminders(FIONA, ReminderService::myUnreadCount)).isZero();
    }

    @Test
    void aPolicyReviewIsRemindedToTheLeadOfficerOnceTwoWeeksAheadAndNotAfterTheReviewMovesOn() {
        Organisation mosque = mosque("fiona");
        LocalDate review = START.plusDays(30);
        long version = crm.as(
                FIONA,
                s -> s.safeguardingProfiles()
                        .saveProfile(mosque.getId(), 0, reviewDue(review))
                        .getVersion());

        assertThat(dailyRunOn(review.minusDays(ReminderService.POLICY_REVIEW_NOTICE_DAYS + 1)))
                .isZero();
        assertThat(dailyRunOn(review.minusDays(ReminderService.POLICY_REVIEW_NOTICE_DAYS)))
                .isEqualTo(1);
        assertThat(dailyRunOn(review.plusDays(5))).isZero();
        LocalDate nextYear = review.plusYears(1);
        crm.as(FIONA, s -> s.safeguardingProfiles().saveProfile(mosque.getId(), version, reviewDue(nextYear)));
        assertThat(dailyRunOn(review.plusDays(6))).isZero();
        assertThat(dailyRunOn(nextYear.minusDays(ReminderService.POLICY_REVIEW_NOTICE_DAYS)))
                .isEqualTo(1);

        List<Notification> mine = reminders(FIONA, ReminderService::mine);
        assertThat(mine)
                .extracting(Notification::getMessage)
                .containsExactly(
                        "Safeguarding policy review due " + Dates.describe(nextYear) + " at Central Mosque",
                        "Safeguarding policy review due " + Dates.describe(review) + " at Central Mosque");
    }

    private static ProfileDetails reviewDue(LocalDate review) {
        return new ProfileDetails(
                PolicyStatus.ADOPTED,
                START.minusYears(1),
                review,
                Set.of(Procedure.REPORTING_A_CONCERN),
                null,
                null,
                null,
                true,
                DbsChecks.PARTLY,
                null);
    }
}
