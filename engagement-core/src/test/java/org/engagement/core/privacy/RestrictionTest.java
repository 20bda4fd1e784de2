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
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUp;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.JpaSafeguardingRepository;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.StandardDefinition;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.RestrictedNames;
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
        assertThat(historyText(admin)).doesNotContain("Sara Restricted").contains(RestrictedNames.MASK);
        assertThat(presentAt(visit, DPO_ADMIN)).containsExactlyInAnyOrder("Sara Restricted", "Imam Visible");
        assertThat(historyText(DPO_ADMIN)).contains("Sara Restricted");

        // An officer who cannot see her corrects the visit and the profile: she stays present and the lead (the
        // summary naming her goes back as it was shown, masked).
        org.engagement.core.engagement.Engagement shown =
                crm.as(admin, s -> s.engagements().get(visit));
        crm.as(
                admin,
                s -> s.engagements()
                        .update(
                                visit,
                                shown.getVersion(),
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(imam),
                                        shown.getSummary(),
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

    /** The records of officers' free text the tests below write about her, naming her in every text field. */
    private record FreeText(long sara, long imam, long visit, long audit, String standard) {}

    private static final Actor SYSTEM = new FixedActor("system", Set.of());

    private FreeText freeTextNamingSara() {
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
                                                List.of(imam),
                                                "Met Sara Restricted and the imam",
                                                "sara restricted to ring back",
                                                List.of(new FollowUpDetails(
                                                        "Ring Sara Restricted",
                                                        "admin",
                                                        Dates.today().plusDays(7))))))
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
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "Restricted, Sara leads on safeguarding")));
        crm.as(SYSTEM, s -> s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH));
        List<FindingInput> findings = new java.util.ArrayList<>();
        for (StandardDefinition standard : CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH.standards()) {
            boolean first = findings.isEmpty();
            findings.add(new FindingInput(
                    standard.code(),
                    first ? Rating.NOT_MET : Rating.MET,
                    first ? "Policy seen with Sara Restricted" : "Seen at visit",
                    first ? "Sara Restricted to name a deputy" : null,
                    first ? "admin" : null,
                    first ? Dates.today().plusDays(30) : null));
        }
        long audit = crm.as(
                        admin,
                        s -> s.audits()
                                .startAudit(
                                        mosque,
                                        new AuditDetails(
                                                CoreAuditTemplates.COMMUNITY_SETTINGS,
                                                null,
                                                Dates.today(),
                                                AuditType.values()[0],
                                                null,
                                                findings,
                                                true)))
                .getId();
        return new FreeText(sara, imam, visit, audit, findings.get(0).standardCode());
    }

    /** Every free text about the mosque that the services hand the reader: for pages, the API and exports alike. */
    private String freeTextShownTo(Actor reader, FreeText texts) {
        StringBuilder shown = new StringBuilder();
        crm.as(reader, s -> {
            for (Engagement e : s.engagements().engagementsWith(mosque)) {
                shown.append(e.getSummary()).append('\n').append(e.getOutcome()).append('\n');
                e.getFollowUps().forEach(f -> shown.append(f.getAction()).append('\n'));
            }
            shown.append(s.engagements().get(texts.visit()).getSummary()).append('\n');
            s.engagements()
                    .myOpenFollowUps()
                    .forEach(f -> shown.append(f.action()).append('\n'));
            s.organisationRecords()
                    .engagementsWith(mosque)
                    .forEach(e -> shown.append(e.summary()).append('\n'));
            shown.append(s.safeguardingProfiles().profile(mosque).getNotes()).append('\n');
            for (Audit audit : List.of(
                    s.audits().audit(texts.audit()), s.audits().auditsOf(mosque).get(0))) {
                audit.getFindings()
                        .forEach(f -> shown.append(f.getEvidence())
                                .append('\n')
                                .append(f.getActionText())
                                .append('\n'));
            }
            return null;
        });
        db.inTransaction(em -> {
            new SafeguardingReports(new JpaSafeguardingRepository(em), reader)
                    .openActions(ListRequest.firstPage(50))
                    .items()
                    .forEach(a -> shown.append(a.action()).append('\n'));
            return null;
        });
        return shown.toString();
    }

    private static final List<String> HER_TEXTS = List.of(
            "Met Sara Restricted and the imam",
            "sara restricted to ring back",
            "Ring Sara Restricted",
            "Restricted, Sara leads on safeguarding",
            "Policy seen with Sara Restricted",
            "Sara Restricted to name a deputy");

    @Test
    void herNameInOfficersTextIsMaskedForEveryoneButTheOfficerUntilTheRestrictionIsLifted() {
        FreeText texts = freeTextNamingSara();
        assertThat(freeTextShownTo(VIEWER, texts)).contains(HER_TEXTS);

        privacy(p -> {
            p.restrict(texts.sara(), "She contests the accuracy of her record (letter of today)");
            return null;
        });

        for (Actor reader : List.of(VIEWER, FixedActor.admin())) {
            assertThat(freeTextShownTo(reader, texts))
                    .as("officers' text shown to " + reader.username())
                    .doesNotContainIgnoringCase("Sara Restricted")
                    .doesNotContainIgnoringCase("Restricted, Sara")
                    .contains(
                            "Met " + RestrictedNames.MASK + " and the imam",
                            RestrictedNames.MASK + " leads on safeguarding",
                            "Policy seen with " + RestrictedNames.MASK);
        }
        assertThat(freeTextShownTo(DPO_ADMIN, texts))
                .as("the officer reads the text as written")
                .contains(HER_TEXTS)
                .doesNotContain(RestrictedNames.MASK);

        privacy(p -> {
            p.liftRestriction(texts.sara(), "Her record was checked and corrected");
            return null;
        });
        assertThat(freeTextShownTo(FixedActor.admin(), texts))
                .contains(HER_TEXTS)
                .doesNotContain(RestrictedNames.MASK);
    }

    @Test
    void anOfficerWhoCannotSeeHerKeepsHerNameWhereItWasAndCannotRewordATextNamingHer() {
        FreeText texts = freeTextNamingSara();
        privacy(p -> {
            p.restrict(texts.sara(), "She objects to the processing (email of today)");
            return null;
        });
        Actor admin = FixedActor.admin();
        Engagement shown = crm.as(admin, s -> s.engagements().get(texts.visit()));

        // The form sends the masked texts back unchanged with another type: the stored texts keep her name.
        Engagement saved = crm.as(
                admin,
                s -> s.engagements()
                        .update(
                                texts.visit(),
                                shown.getVersion(),
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.MEETING,
                                        null,
                                        List.of(texts.imam()),
                                        shown.getSummary(),
                                        shown.getOutcome(),
                                        List.of())));
        assertThat(saved.getSummary()).isEqualTo("Met " + RestrictedNames.MASK + " and the imam");
        Engagement stored = crm.as(DPO_ADMIN, s -> s.engagements().get(texts.visit()));
        assertThat(stored.getSummary()).isEqualTo("Met Sara Restricted and the imam");
        assertThat(stored.getOutcome()).isEqualTo("sara restricted to ring back");
        assertThat(stored.getType()).isEqualTo(EngagementType.MEETING);

        assertThatThrownBy(() -> crm.as(
                        admin,
                        s -> s.engagements()
                                .update(
                                        texts.visit(),
                                        saved.getVersion(),
                                        new EngagementDetails(
                                                Dates.today(),
                                                EngagementType.MEETING,
                                                null,
                                                List.of(texts.imam()),
                                                "Met " + RestrictedNames.MASK + " and the imam at noon",
                                                saved.getOutcome(),
                                                List.of()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .singleElement()
                                .isEqualTo(
                                        new InvalidInputException.FieldError("summary", RestrictedNames.EDIT_REFUSED)));

        FollowUp followUp = saved.getFollowUps().get(0);
        crm.as(
                admin,
                s -> s.engagements()
                        .changeFollowUp(
                                texts.visit(),
                                saved.getVersion(),
                                followUp.getId(),
                                new FollowUpDetails(
                                        followUp.getAction(),
                                        "admin",
                                        Dates.today().plusDays(14))));
        long afterFollowUp =
                crm.as(admin, s -> s.engagements().get(texts.visit()).getVersion());
        assertThatThrownBy(() -> crm.as(
                        admin,
                        s -> s.engagements()
                                .changeFollowUp(
                                        texts.visit(),
                                        afterFollowUp,
                                        followUp.getId(),
                                        new FollowUpDetails("Ring her back", "admin", Dates.today()))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("followUps[0].action"));
        assertThat(crm.as(DPO_ADMIN, s -> s.engagements().get(texts.visit()))
                        .getFollowUps()
                        .get(0))
                .satisfies(f -> {
                    assertThat(f.getAction()).isEqualTo("Ring Sara Restricted");
                    assertThat(f.getDue()).isEqualTo(Dates.today().plusDays(14));
                });

        SafeguardingProfile profile =
                crm.as(admin, s -> s.safeguardingProfiles().profile(mosque));
        assertThatThrownBy(() -> crm.as(
                        admin,
                        s -> s.safeguardingProfiles()
                                .saveProfile(mosque, profile.getVersion(), profileWithNotes("Notes rewritten"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("notes"));
        crm.as(
                admin,
                s -> s.safeguardingProfiles()
                        .saveProfile(mosque, profile.getVersion(), profileWithNotes(profile.getNotes())));
        assertThat(crm.as(DPO_ADMIN, s -> s.safeguardingProfiles().profile(mosque))
                        .getNotes())
                .isEqualTo("Restricted, Sara leads on safeguarding");

        Audit audit = crm.as(admin, s -> s.audits().audit(texts.audit()));
        Finding finding = audit.finding(texts.standard()).orElseThrow();
        assertThatThrownBy(() -> crm.as(
                        admin,
                        s -> s.audits()
                                .amendFinding(
                                        texts.audit(),
                                        audit.getVersion(),
                                        amended(finding, "Policy seen", finding.getActionText()),
                                        "Evidence reworded")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("ratings[" + texts.standard() + "].evidence"));
        crm.as(
                admin,
                s -> s.audits()
                        .amendFinding(
                                texts.audit(),
                                audit.getVersion(),
                                amended(finding, finding.getEvidence(), finding.getActionText()),
                                "Action moved back a week"));
        Finding storedFinding = crm.as(DPO_ADMIN, s -> s.audits().audit(texts.audit()))
                .finding(texts.standard())
                .orElseThrow();
        assertThat(storedFinding.getEvidence()).isEqualTo("Policy seen with Sara Restricted");
        assertThat(storedFinding.getActionText()).isEqualTo("Sara Restricted to name a deputy");
        assertThat(storedFinding.getActionDue()).isEqualTo(Dates.today().plusDays(37));

        // The data protection officer sees her name and may reword the text.
        long current = crm.as(DPO_ADMIN, s -> s.engagements().get(texts.visit()).getVersion());
        crm.as(
                DPO_ADMIN,
                s -> s.engagements()
                        .update(
                                texts.visit(),
                                current,
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.MEETING,
                                        null,
                                        List.of(texts.imam()),
                                        "Met a volunteer and the imam",
                                        null,
                                        List.of())));
        assertThat(crm.as(admin, s -> s.engagements().get(texts.visit())).getSummary())
                .isEqualTo("Met a volunteer and the imam");
    }

    private static ProfileDetails profileWithNotes(String notes) {
        return new ProfileDetails(
                PolicyStatus.IN_DEVELOPMENT, null, null, Set.of(), null, null, null, null, null, notes);
    }

    private static FindingInput amended(Finding finding, String evidence, String action) {
        return new FindingInput(
                finding.getStandard().getCode(),
                finding.getRating(),
                evidence,
                action,
                finding.getActionOwner(),
                Dates.today().plusDays(37));
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
