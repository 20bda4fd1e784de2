package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementLimits;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.JpaAgreementRepository;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.PersonalData;
import org.engagement.core.spi.PersonalDataSection;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The data protection officer's subject access export on a real database: all of a person, and nobody else's tool. */
class PrivacyServiceTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    /** A module's part, as the taxi module would give it. */
    private final PersonalData registerModule = new PersonalData() {
        @Override
        public Set<String> personColumns() {
            return Set.of("test_register.person_id");
        }

        @Override
        public List<PersonalDataSection> export(long personId) {
            return List.of(new PersonalDataSection("Test register", List.of(Map.of("Licence", "REG-" + personId))));
        }

        @Override
        public List<String> erasureRefusals(long personId) {
            return List.of();
        }

        @Override
        public void erase(long personId, String replacementName) {}
    };

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T privacy(Actor actor, Function<PrivacyService, T> work) {
        return db.inTransaction(em -> work.apply(new PrivacyService(
                new JpaPrivacyRepository(em), new ChangeLog(em, actor), actor, List.of(registerModule))));
    }

    /** Sara: a role at a mosque, at a visit with a follow-up, trained, invited, its safeguarding lead, a signatory. */
    private long saraWithARecordInEveryCoreTable() {
        Actor admin = FixedActor.admin();
        Organisation mosque = crm.as(
                admin, s -> s.organisations().create(organisation("Central Mosque", "COMMUNITY_GROUP", null), false));
        Organisation police =
                crm.as(admin, s -> s.organisations().create(organisation("Police", "PARTNER_AGENCY", null), false));
        long sara = crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                mosque.getId(),
                                new PersonDetails(
                                        "Sara Volunteer",
                                        "07700 900123",
                                        "sara@example.org",
                                        "Urdu",
                                        null,
                                        LawfulBasis.PUBLIC_TASK,
                                        null),
                                "madrassa volunteer")
                        .personId());
        long officer = crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                police.getId(),
                                new PersonDetails(
                                        "Ian Inspector", null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                                "inspector")
                        .personId());
        crm.as(
                admin,
                s -> s.engagements()
                        .log(
                                mosque.getId(),
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(sara),
                                        "Sara Volunteer showed us the madrassa's policy (call 07700 900123)",
                                        "Policy to be written",
                                        List.of(new FollowUpDetails(
                                                "Send model policy",
                                                "admin",
                                                Dates.today().plusDays(7))))));
        crm.as(
                admin,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "MADRASSA", "Madrassa safeguarding", "BASIC", Delivery.FACE_TO_FACE, 36, null)));
        crm.as(
                admin,
                s -> s.training()
                        .attendance()
                        .recordSession(
                                new SessionDetails(
                                        "MADRASSA",
                                        Dates.today(),
                                        "COMMUNITY",
                                        "Civic Office",
                                        "CSE team",
                                        0,
                                        List.of(mosque.getId())),
                                List.of(new AttendeeDetails(sara, null, null, null, null, "CERT-77"))));
        crm.as(
                admin,
                s -> s.training()
                        .sessions()
                        .planSession(
                                new SessionDetails(
                                        "MADRASSA",
                                        Dates.today().plusMonths(2),
                                        "COMMUNITY",
                                        "Mosque hall",
                                        null,
                                        null,
                                        List.of(mosque.getId())),
                                20,
                                List.of(sara)));
        crm.as(
                admin,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                mosque.getId(),
                                0,
                                new ProfileDetails(
                                        PolicyStatus.ADOPTED,
                                        Dates.today().minusMonths(1),
                                        Dates.today().plusMonths(11),
                                        Set.of(),
                                        sara,
                                        null,
                                        null,
                                        true,
                                        DbsChecks.PARTLY,
                                        null)));
        db.inTransaction(em -> {
            ChangeLog log = new ChangeLog(em, admin);
            return crm.as(
                    admin,
                    s -> new AgreementService(
                                    new JpaAgreementRepository(em),
                                    s.organisations(),
                                    s.contacts(),
                                    AgreementLimits.of(1, 60),
                                    log,
                                    admin)
                            .create(new AgreementDetails(
                                    "Madrassa concerns",
                                    "ISA-M1",
                                    "Report concerns",
                                    "admin",
                                    LawfulBasis.PUBLIC_TASK,
                                    false,
                                    null,
                                    "Names",
                                    Set.of(SharingMethod.SECURE_EMAIL),
                                    "2 years",
                                    false,
                                    null,
                                    null,
                                    null,
                                    Dates.today().plusDays(30),
                                    null,
                                    List.of(
                                            new PartyDetails(mosque.getId(), sara, Dates.today()),
                                            new PartyDetails(police.getId(), officer, Dates.today())))));
        });
        return sara;
    }

    private static List<Map<String, String>> rows(SubjectAccessExport export, String title) {
        return export.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + title))
                .rows();
    }

    @Test
    void subjectAccessExportHoldsEveryKindOfRecordAboutThePersonAndTheModulesPart() {
        long sara = saraWithARecordInEveryCoreTable();

        SubjectAccessExport export = privacy(DPO, p -> p.subjectAccess(sara, "JSON"));

        assertThat(export.name()).isEqualTo("Sara Volunteer");
        assertThat(rows(export, "Details").get(0))
                .containsEntry("Phone", "07700 900123")
                .containsEntry("Email", "sara@example.org")
                .containsEntry("Preferred language", "Urdu");
        assertThat(rows(export, "Roles at organisations"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("Organisation", "Central Mosque")
                        .containsEntry("Role", "madrassa volunteer"));
        assertThat(rows(export, "Engagements they were present at"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry(
                                "Summary", "Sara Volunteer showed us the madrassa's policy (call 07700 900123)"));
        assertThat(rows(export, "Follow-ups of those engagements"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Action", "Send model policy"));
        assertThat(rows(export, "Training records and certificates"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Certificate number", "CERT-77"));
        assertThat(rows(export, "Training they were invited to"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Venue", "Mosque hall"));
        assertThat(rows(export, "Safeguarding roles"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("Organisation", "Central Mosque")
                        .containsEntry("Role", "Designated safeguarding lead"));
        assertThat(rows(export, "Information-sharing agreements they signed"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("Agreement", "Madrassa concerns (ISA-M1)")
                        .containsEntry("Signed for", "Central Mosque"));
        assertThat(rows(export, "Change history about them"))
                .extracting(r -> r.get("What"))
                .anyMatch(what -> what.contains("Person Sara Volunteer recorded"))
                .anyMatch(what -> what.contains("added as madrassa volunteer"));
        assertThat(rows(export, "Test register"))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("Licence", "REG-" + sara));
        assertThat(rows(export, "Requests about their data"))
                .singleElement()
                .satisfies(r -> assertThat(r)
                        .containsEntry("What", "Subject access export produced")
                        .containsEntry("By", "dora"));
    }

    @Test
    void eachExportIsRecordedAndListedInTheNext() {
        long sara = saraWithARecordInEveryCoreTable();

        privacy(DPO, p -> p.subjectAccess(sara, "PDF"));
        SubjectAccessExport second = privacy(DPO, p -> p.subjectAccess(sara, "JSON"));

        assertThat(rows(second, "Requests about their data"))
                .extracting(r -> r.get("Detail"))
                .containsExactly("As PDF", "As JSON");
    }

    @Test
    void onlyADataProtectionOfficerUsesThePrivacyTools() {
        long sara = saraWithARecordInEveryCoreTable();

        for (Role role : List.of(Role.ADMIN, Role.VIEWER, Role.FAITH_LEAD, Role.API_CLIENT)) {
            Actor other = new FixedActor("someone", Set.of(role));
            assertThatThrownBy(() -> privacy(other, p -> p.subjectAccess(sara, "JSON")))
                    .as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> privacy(other, p -> p.findPeople("Sara", 0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        Actor adminAndOfficer = new FixedActor("ada", Set.of(Role.ADMIN, Role.DATA_PROTECTION_OFFICER));
        assertThat(privacy(adminAndOfficer, p -> p.findPeople("sara", 0, 10)).items())
                .extracting(PersonSummary::name, PersonSummary::organisations)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sara Volunteer", "Central Mosque (madrassa volunteer)"));
    }

    @Test
    void thePdfIsAReadableDocument() {
        long sara = saraWithARecordInEveryCoreTable();

        byte[] pdf = SubjectAccessPdf.of(privacy(DPO, p -> p.subjectAccess(sara, "PDF")));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(2000);
    }
}
