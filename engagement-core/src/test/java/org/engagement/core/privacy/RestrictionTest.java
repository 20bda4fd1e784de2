package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingRecord;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Restriction of processing (Article 18) on a real database: a restricted person's data stays, but their page, their
 * place in the organisation's people and in a session's attendees are shown to nobody, administrators included,
 * until the data protection officer lifts it; the officer still finds and exports them.
 */
class RestrictionTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private long mosque;
    private long session;

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T privacy(Function<PrivacyService, T> work) {
        return db.inTransaction(em ->
                work.apply(new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, DPO), DPO, List.of())));
    }

    private long sara() {
        Actor admin = FixedActor.admin();
        mosque = crm.as(
                        admin,
                        s -> s.organisations().create(organisation("Central Mosque", "COMMUNITY_GROUP", null), false))
                .getId();
        crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                new PersonDetails(
                                        "Imam Visible", null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                                "imam"));
        long sara = crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                new PersonDetails(
                                        "Sara Restricted",
                                        null,
                                        "sara@example.org",
                                        null,
                                        null,
                                        LawfulBasis.CONSENT,
                                        null),
                                "madrassa volunteer")
                        .personId());
        crm.as(
                admin,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "MADRASSA", "Madrassa safeguarding", "BASIC", Delivery.FACE_TO_FACE, 36, null)));
        session = crm.as(
                        admin,
                        s -> s.training()
                                .attendance()
                                .recordSession(
                                        new SessionDetails(
                                                "MADRASSA",
                                                Dates.today(),
                                                "COMMUNITY",
                                                "Hall",
                                                null,
                                                0,
                                                List.of(mosque)),
                                        List.of(AttendeeDetails.existing(sara))))
                .getId();
        return sara;
    }

    private List<String> peopleAtTheMosque(Actor actor) {
        return crm.as(actor, s -> s.contacts().contactsOf(mosque)).stream()
                .map(Contact::name)
                .toList();
    }

    private List<String> attendees(Actor actor) {
        return crm.as(actor, s -> s.training().attendance().attendeesOf(session)).stream()
                .map(TrainingRecord::getPerson)
                .map(p -> p.getName())
                .toList();
    }

    /** Whose training records the organisation's Training tab lists. */
    private List<String> trainingAtTheMosque(Actor actor) {
        List<TrainingRecord> records = crm.as(actor, s -> s.training().records().recordsOfPeopleAt(mosque));
        return records.stream().map(r -> r.getPerson().getName()).toList();
    }

    @Test
    void aRestrictedPersonIsShownToNobodyButTheOfficerUntilTheRestrictionIsLifted() {
        long sara = sara();
        assertThat(peopleAtTheMosque(VIEWER)).contains("Sara Restricted");

        privacy(p -> {
            p.restrict(sara, "She contests the accuracy of her record (letter of today)");
            return null;
        });

        for (Actor reader : List.of(VIEWER, FixedActor.admin())) {
            assertThatThrownBy(() -> crm.as(reader, s -> s.contacts().person(sara)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(peopleAtTheMosque(reader)).containsExactly("Imam Visible");
            assertThat(attendees(reader)).isEmpty();
            assertThat(trainingAtTheMosque(reader))
                    .as("the organisation's training records")
                    .isEmpty();
            assertThatThrownBy(() -> crm.as(reader, s -> s.training().records().recordsOf(sara)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(privacy(p -> p.findPeople("restricted", 0, 10)).items())
                .singleElement()
                .satisfies(found -> assertThat(found.restricted()).isTrue());
        assertThat(privacy(p -> p.subjectAccess(sara, "JSON"))
                        .sections()
                        .get(0)
                        .rows()
                        .get(0))
                .containsEntry("Email", "sara@example.org");

        privacy(p -> {
            p.liftRestriction(sara, "Her record was checked and corrected");
            return null;
        });

        assertThat(crm.as(VIEWER, s -> s.contacts().person(sara)).name()).isEqualTo("Sara Restricted");
        assertThat(peopleAtTheMosque(VIEWER)).contains("Sara Restricted");
        assertThat(attendees(VIEWER)).containsExactly("Sara Restricted");
        assertThat(trainingAtTheMosque(VIEWER)).containsExactly("Sara Restricted");
        assertThat(privacy(p -> p.subjectAccess(sara, "JSON")).sections().stream()
                        .filter(s -> s.title().equals("Requests about their data"))
                        .flatMap(s -> s.rows().stream())
                        .map(r -> r.get("What"))
                        .toList())
                .containsSubsequence("Processing restricted", "Restriction lifted");
    }

    private static final Actor DPO_ADMIN = new FixedActor("dana", Set.of(Role.ADMIN, Role.DATA_PROTECTION_OFFICER));

    @Test
    void aRestrictedPersonLeavesEngagementsSafeguardingRolesAndTheHistoryUntilLifted() {
        long sara = sara();
        Actor admin = FixedActor.admin();
        long imam = crm.as(admin, s -> s.contacts().contactsOf(mosque)).stream()
                .filter(c -> c.name().equals("Imam Visible"))
                .findFirst()
                .orElseThrow()
                .personId();
        long visit = crm.as(
                        admin,
                        s -> s.engagements()
                                .log(
                                        mosque,
                                        new EngagementDetails(
                                                Dates.today(),
                                                EngagementType.VISIT,
                                                null,
                                                List.of(sara, imam),
                                                "Met Sara Restricted and the imam",
                                                null,
                                                List.of())))
                .getId();
        crm.as(
                admin,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                mosque,
                                0,
                                new ProfileDetails(
                                        PolicyStatus.IN_DEVELOPMENT,
                                        null,
                                        null,
                                        Set.of(),
                                        sara,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)));
        privacy(p -> {
            p.restrict(sara, "She objects to the processing (email of today)");
            return null;
        });

        assertThat(presentAt(visit, admin)).containsExactly("Imam Visible");
        org.engagement.core.contact.Person hiddenLead = crm.as(
                admin,
                s -> s.contacts().shown(s.safeguardingProfiles().profile(mosque).getLead()));
        assertThat(hiddenLead).isNull();
        assertThat(historyText(admin)).doesNotContain("Sara Restricted").contains(RestrictedPeople.SHOWN_NAME);
        assertThat(presentAt(visit, DPO_ADMIN)).containsExactlyInAnyOrder("Sara Restricted", "Imam Visible");
        assertThat(historyText(DPO_ADMIN)).contains("Sara Restricted");

        // An officer who cannot see her corrects the visit and the profile: she stays present and the lead.
        long version = crm.as(admin, s -> s.engagements().get(visit).getVersion());
        crm.as(
                admin,
                s -> s.engagements()
                        .update(
                                visit,
                                version,
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(imam),
                                        "Met the imam",
                                        null,
                                        List.of())));
        long profileVersion =
                crm.as(admin, s -> s.safeguardingProfiles().profile(mosque).getVersion());
        crm.as(
                admin,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                mosque,
                                profileVersion,
                                new ProfileDetails(
                                        PolicyStatus.IN_DEVELOPMENT,
                                        null,
                                        null,
                                        Set.of(),
                                        null,
                                        imam,
                                        null,
                                        null,
                                        null,
                                        "Reviewed")));

        privacy(p -> {
            p.liftRestriction(sara, "The objection was withdrawn in writing");
            return null;
        });
        assertThat(presentAt(visit, admin)).containsExactlyInAnyOrder("Sara Restricted", "Imam Visible");
        String leadAgain = crm.as(
                admin,
                s -> s.contacts()
                        .shown(s.safeguardingProfiles().profile(mosque).getLead())
                        .getName());
        assertThat(leadAgain).isEqualTo("Sara Restricted");
        assertThat(historyText(VIEWER)).contains("Sara Restricted");
    }

    private List<String> presentAt(long engagementId, Actor actor) {
        return crm
                .as(
                        actor,
                        s -> s.contacts()
                                .shown(s.engagements().get(engagementId).getPeople()))
                .stream()
                .map(p -> p.getName())
                .toList();
    }

    /** Every word of the organisation's timeline and safeguarding history as the actor sees them. */
    private String historyText(Actor actor) {
        List<org.engagement.core.audit.ChangeLogEntry> entries = crm.as(actor, s -> {
            List<org.engagement.core.audit.ChangeLogEntry> all =
                    new java.util.ArrayList<>(s.engagements().historyOf(mosque));
            all.addAll(s.audits().historyOf(mosque));
            return all;
        });
        StringBuilder text = new StringBuilder();
        entries.forEach(e -> {
            text.append(e.getSummary()).append('\n');
            e.getChanges()
                    .forEach(c -> text.append(c.getBefore())
                            .append(' ')
                            .append(c.getAfter())
                            .append('\n'));
        });
        return text.toString();
    }

    @Test
    void restrictingNeedsAReasonAndOnlyTheOfficerRestricts() {
        long sara = sara();

        assertThatThrownBy(() -> privacy(p -> {
                    p.restrict(sara, "");
                    return null;
                }))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Write why the person is restricted");
        assertThatThrownBy(() -> privacy(p -> {
                    p.liftRestriction(sara, "Nothing to lift here");
                    return null;
                }))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> db.inTransaction(em -> {
                    new PrivacyService(
                                    new JpaPrivacyRepository(em),
                                    new ChangeLog(em, FixedActor.admin()),
                                    FixedActor.admin(),
                                    List.of())
                            .restrict(sara, "An administrator's try at it");
                    return null;
                }))
                .isInstanceOf(org.engagement.core.shared.AccessDeniedException.class);
    }
}
