package org.engagement.core.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.mail.MailSettings;
import org.engagement.core.mail.Mailer;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.safeguarding.StandardDefinition;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementLimits;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.JpaAgreementRepository;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.DueReminder;
import org.engagement.core.spi.ReminderSource;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingSession;
import org.engagement.core.user.JpaUserRepository;
import org.engagement.core.user.Role;
import org.engagement.core.user.UserAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reminders beyond follow-ups and policy reviews, on a real Derby with the clock fixed on chosen days: training
 * about to expire, an agreement's review, and a sector module's own reminders through {@link ReminderSource}. Each is
 * made once per event, for the right people, and not for an item that has been dealt with.
 */
class MoreRemindersTest {

    private static final Actor SYSTEM = new FixedActor("system", Set.of());
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final LocalDate START = LocalDate.of(2026, 1, 12);

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private final List<ReminderSource> modules = new ArrayList<>();

    @AfterEach
    void close() {
        Dates.useClock(null);
        db.close();
    }

    private static void standOn(LocalDate day) {
        Dates.useClock(
                Clock.fixed(day.atTime(LocalTime.of(6, 15)).atZone(Dates.UK).toInstant(), Dates.UK));
    }

    private <T> T reminders(Actor actor, Function<ReminderService, T> work) {
        return db.inTransaction(em -> work.apply(new ReminderService(
                new JpaReminderRepository(em),
                new JpaUserRepository(em),
                new Mailer(MailSettings.off()),
                actor,
                modules)));
    }

    private int dailyRunOn(LocalDate day) {
        standOn(day);
        return reminders(SYSTEM, ReminderService::sendDue).created();
    }

    private List<String> messagesOf(String username) {
        return reminders(new FixedActor(username, Set.of()), ReminderService::mine).stream()
                .map(Notification::getMessage)
                .toList();
    }

    private Organisation mosqueLedByFiona() {
        return crm.as(
                FIONA,
                s -> s.organisations()
                        .create(
                                Crm.activeOrganisation("Central Mosque", "COMMUNITY_GROUP", "DN1 1AA", "fiona"),
                                false));
    }

    private TrainingSession awarenessSession(LocalDate on, long host, AttendeeDetails attendee) {
        return crm.as(
                FIONA,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "AWARE", on, "COMMUNITY", "Mosque hall", "CSE team", 0, List.of(host)),
                                List.of(attendee)));
    }

    @Test
    void expiringTrainingIsRemindedToTheLeadOfficerAMonthAheadOnceAndNotAfterItIsRenewed() {
        standOn(START);
        crm.as(
                FixedActor.admin(),
                s -> s.training()
                        .courses()
                        .createCourse(
                                new CourseDetails("AWARE", "Awareness", "AWARENESS", Delivery.FACE_TO_FACE, 12, null)));
        Organisation mosque = mosqueLedByFiona();
        awarenessSession(START, mosque.getId(), AttendeeDetails.named("Imam Ali", null, mosque.getId()));
        LocalDate expires = START.plusMonths(12).minusDays(1);

        assertThat(dailyRunOn(expires.minusDays(ReminderService.TRAINING_EXPIRY_NOTICE_DAYS + 1)))
                .isZero();
        assertThat(dailyRunOn(expires.minusDays(ReminderService.TRAINING_EXPIRY_NOTICE_DAYS)))
                .isEqualTo(1);
        assertThat(dailyRunOn(expires.minusDays(10))).isZero();
        assertThat(messagesOf("fiona"))
                .containsExactly(
                        "Training expires " + Dates.describe(expires) + ": Imam Ali (Awareness) at Central Mosque");

        long imam =
                db.inTransaction(em -> em.createQuery("SELECT p.id FROM Person p WHERE p.name = 'Imam Ali'", Long.class)
                        .getSingleResult());
        awarenessSession(START.plusMonths(6), mosque.getId(), AttendeeDetails.existing(imam));
        assertThat(dailyRunOn(expires.minusDays(1)))
                .as("renewed: the old record is not reminded")
                .isZero();
        LocalDate renewedExpiry = START.plusMonths(18).minusDays(1);
        assertThat(dailyRunOn(renewedExpiry.minusDays(5))).isEqualTo(1);
    }

    @Test
    void aRestrictedPersonsExpiringTrainingIsNotReminded() {
        standOn(START);
        crm.as(
                FixedActor.admin(),
                s -> s.training()
                        .courses()
                        .createCourse(
                                new CourseDetails("AWARE", "Awareness", "AWARENESS", Delivery.FACE_TO_FACE, 12, null)));
        Organisation mosque = mosqueLedByFiona();
        awarenessSession(START, mosque.getId(), AttendeeDetails.named("Imam Ali", null, mosque.getId()));
        db.inTransaction(em -> {
            em.createQuery("select p from Person p where p.name = 'Imam Ali'", Person.class)
                    .getSingleResult()
                    .restrict("dpo");
            return null;
        });
        LocalDate expires = START.plusMonths(12).minusDays(1);

        assertThat(dailyRunOn(expires.minusDays(ReminderService.TRAINING_EXPIRY_NOTICE_DAYS)))
                .isZero();
        assertThat(messagesOf("fiona")).isEmpty();
    }

    @Test
    void anActiveAgreementsReviewIsRemindedToItsOwnerAMonthAheadOnce() {
        standOn(START);
        InformationSharingAgreement active = activeAgreementOwnedBy("ivan", START.plusDays(60));

        assertThat(dailyRunOn(START.plusDays(60 - ReminderService.AGREEMENT_REVIEW_NOTICE_DAYS - 1)))
                .isZero();
        assertThat(dailyRunOn(START.plusDays(60 - ReminderService.AGREEMENT_REVIEW_NOTICE_DAYS)))
                .isEqualTo(1);
        assertThat(dailyRunOn(START.plusDays(61)))
                .as("overdue, already reminded")
                .isZero();
        assertThat(messagesOf("ivan"))
                .containsExactly("Information-sharing agreement review due " + Dates.describe(START.plusDays(60)) + ": "
                        + active.getTitle());
    }

    @Test
    void aModulesRemindersGoThroughTheSpiToEveryActiveHolderOfTheirRolesOnce() {
        account("lola", Role.LICENSING_OFFICER, true);
        account("larry", Role.LICENSING_OFFICER, false);
        account("vic", Role.VIEWER, true);
        modules.add(new ReminderSource() {
            @Override
            public String kind() {
                return "test.LICENCE_RENEWAL";
            }

            @Override
            public List<DueReminder> dueOn(LocalDate today) {
                LocalDate renewal = START.plusDays(20);
                return today.isBefore(renewal.minusDays(14))
                        ? List.of()
                        : List.of(DueReminder.toHoldersOf(
                                Set.of(Role.LICENSING_OFFICER),
                                7,
                                renewal,
                                "Driver D. Driver's training will not be valid on their renewal date",
                                null));
            }
        });

        assertThat(dailyRunOn(START)).isZero();
        assertThat(dailyRunOn(START.plusDays(6))).isEqualTo(1);
        assertThat(dailyRunOn(START.plusDays(7))).isZero();
        assertThat(messagesOf("lola"))
                .containsExactly("Driver D. Driver's training will not be valid on their renewal date");
        assertThat(messagesOf("larry")).as("disabled").isEmpty();
        assertThat(messagesOf("vic")).as("not a licensing officer").isEmpty();
        assertThat(reminders(new FixedActor("lola", Set.of()), ReminderService::mine))
                .extracting(Notification::getKind)
                .containsExactly("test.LICENCE_RENEWAL");
    }

    @Test
    void anAuditActionIsRemindedToItsOwnerOnItsDueDayOnceAndNotOnceDone() {
        standOn(START);
        crm.as(SYSTEM, s -> s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH));
        Organisation mosque = mosqueLedByFiona();
        LocalDate due = START.plusDays(30);
        List<FindingInput> findings = new ArrayList<>();
        for (StandardDefinition standard : CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH.standards()) {
            boolean first = findings.isEmpty();
            findings.add(new FindingInput(
                    standard.code(),
                    first ? Rating.NOT_MET : Rating.MET,
                    "Seen at visit",
                    first ? "Appoint a safeguarding trustee" : null,
                    first ? "fiona" : null,
                    first ? due : null));
        }
        crm.as(
                FIONA,
                s -> s.audits()
                        .startAudit(
                                mosque.getId(),
                                new AuditDetails(
                                        CoreAuditTemplates.COMMUNITY_SETTINGS,
                                        null,
                                        START,
                                        AuditType.values()[0],
                                        null,
                                        findings,
                                        true)));

        assertThat(dailyRunOn(due.minusDays(1))).isZero();
        assertThat(dailyRunOn(due)).isEqualTo(1);
        assertThat(dailyRunOn(due.plusDays(1))).isZero();
        assertThat(messagesOf("fiona"))
                .containsExactly("Audit action due " + Dates.describe(due)
                        + " at Central Mosque: Appoint a safeguarding trustee");
    }

    private void account(String username, Role role, boolean enabled) {
        db.inTransaction(em -> {
            UserAccount account = new UserAccount(username, username, Set.of(role), "not a real hash", "admin");
            if (!enabled) {
                account.changeDetails(username, Set.of(role), false, "admin");
            }
            new JpaUserRepository(em).add(account);
            return account;
        });
    }

    private InformationSharingAgreement activeAgreementOwnedBy(String owner, LocalDate review) {
        FixedActor lead = new FixedActor(owner, Set.of(Role.INDUSTRY_LEAD));
        return db.inTransaction(em -> {
            ChangeLog log = new ChangeLog(em, lead);
            OrganisationService organisations = new OrganisationService(
                    new JpaOrganisationRepository(em), new OrganisationTypes(new SectorModules(List.of())), log, lead);
            ContactService contacts = new ContactService(
                    new JpaContactRepository(em), organisations, log, new SectorModules(List.of()), lead);
            AgreementService agreements = new AgreementService(
                    new JpaAgreementRepository(em), organisations, contacts, AgreementLimits.of(1, 60), log, lead);
            long centre = organisations
                    .create(Crm.organisation("Frenchgate Centre", "BUSINESS", "DN1 1LF"), false)
                    .getId();
            long police = organisations
                    .create(Crm.organisation("South Yorkshire Police", "PARTNER_AGENCY", "S9 3TY"), false)
                    .getId();
            long manager = contacts.addContact(centre, person("Maya Manager"), "manager")
                    .personId();
            long inspector = contacts.addContact(police, person("Ian Inspector"), "inspector")
                    .personId();
            InformationSharingAgreement draft = agreements.create(new AgreementDetails(
                    "Centre intelligence sharing",
                    "ISA-1",
                    "Report concerns",
                    owner,
                    LawfulBasis.PUBLIC_TASK,
                    false,
                    null,
                    "Descriptions",
                    Set.of(SharingMethod.SECURE_EMAIL),
                    "2 years",
                    false,
                    null,
                    null,
                    null,
                    review,
                    null,
                    List.of(
                            new PartyDetails(centre, manager, Dates.today()),
                            new PartyDetails(police, inspector, Dates.today()))));
            InformationSharingAgreement inReview =
                    agreements.moveTo(draft.getId(), draft.getVersion(), AgreementStatus.IN_REVIEW);
            em.flush();
            return agreements.moveTo(inReview.getId(), inReview.getVersion(), AgreementStatus.ACTIVE);
        });
    }

    private static PersonDetails person(String name) {
        return new PersonDetails(name, null, null, null, null, LawfulBasis.PUBLIC_TASK, null);
    }
}
