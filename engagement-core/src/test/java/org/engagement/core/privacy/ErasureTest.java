package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.organisation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.CoreFigures;
import org.engagement.core.plan.PlanDetails;
import org.engagement.core.plan.Rag;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.DbsChecks;
import org.engagement.core.safeguarding.JpaSafeguardingRepository;
import org.engagement.core.safeguarding.PolicyStatus;
import org.engagement.core.safeguarding.ProfileDetails;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.PersonalData;
import org.engagement.core.spi.PersonalDataSection;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.testing.TextScan;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.EvaluationQuestion;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingReports;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Erasure (Article 17) on a real database: the person's name, email and phone are nowhere in any table afterwards,
 * while the quarterly training figures, the safeguarding overview and the scorecard's coverage figures stay exactly
 * as they were.
 */
class ErasureTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final String NAME = "Sara Volunteer";
    private static final String EMAIL = "sara.volunteer@example.org";
    private static final String PHONE = "07700 900123";

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);
    private final List<Long> erasedByModule = new ArrayList<>();
    private final List<String> moduleRefusals = new ArrayList<>();

    private final PersonalData module = new PersonalData() {
        @Override
        public Set<String> personColumns() {
            return Set.of();
        }

        @Override
        public List<PersonalDataSection> export(long personId) {
            return List.of();
        }

        @Override
        public List<String> erasureRefusals(long personId) {
            return List.copyOf(moduleRefusals);
        }

        @Override
        public void erase(long personId, String replacementName) {
            erasedByModule.add(personId);
        }
    };

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T privacy(Actor actor, Function<PrivacyService, T> work) {
        return db.inTransaction(em -> work.apply(
                new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, actor), actor, List.of(module))));
    }

    private long mosque;

    /** A madrassa volunteer named in every kind of record the figures count, and in officers' notes. */
    private long sara() {
        Actor admin = FixedActor.admin();
        mosque = crm.as(
                        admin,
                        s -> s.organisations()
                                .create(
                                        OrganisationDetails.active(
                                                "Central Mosque", "COMMUNITY_GROUP", null, null, "Keys: " + NAME),
                                        false))
                .getId();
        long sara = crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                new PersonDetails(
                                        NAME,
                                        PHONE,
                                        EMAIL,
                                        "Urdu",
                                        null,
                                        LawfulBasis.CONSENT,
                                        "Agreed at the open day"),
                                "madrassa volunteer")
                        .personId());
        crm.as(
                admin,
                s -> s.engagements()
                        .log(
                                mosque,
                                new EngagementDetails(
                                        Dates.today(),
                                        EngagementType.VISIT,
                                        null,
                                        List.of(sara),
                                        "Met " + NAME + " (" + EMAIL + ") about the madrassa",
                                        "Ring " + PHONE + " next month",
                                        List.of())));
        crm.as(
                admin,
                s -> s.training()
                        .courses()
                        .createCourse(new CourseDetails(
                                "MADRASSA", "Madrassa safeguarding", "BASIC", Delivery.FACE_TO_FACE, 36, null)));
        long session = crm.as(
                        admin,
                        s -> s.training()
                                .attendance()
                                .recordSession(
                                        new SessionDetails(
                                                "MADRASSA",
                                                Dates.today(),
                                                "COMMUNITY",
                                                "Hall",
                                                "CSE team with " + NAME,
                                                0,
                                                List.of(mosque)),
                                        List.of(new AttendeeDetails(sara, null, null, null, null, "CERT-SARA-1"))))
                .getId();
        crm.as(
                admin,
                s -> s.training()
                        .sessions()
                        .addAnswer(session, EvaluationQuestion.LEARNT, NAME + " explained it well", null));
        officersOtherTextsNaming(mosque);
        crm.as(
                admin,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                mosque,
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
                                        "Lead is " + NAME)));
        return sara;
    }

    /** Her name in an action plan, an agreement and an audit's auditor: the texts erasure must reach too. */
    private void officersOtherTextsNaming(long mosque) {
        Actor admin = FixedActor.admin();
        long plan = crm.plans(
                        admin,
                        p -> p.createPlan(new PlanDetails(
                                "Prevent plan",
                                Dates.today().minusMonths(2),
                                Dates.today().plusMonths(10))))
                .getId();
        long action = crm.plans(
                        admin,
                        p -> p.addAction(
                                plan,
                                new ActionDetails(
                                        1,
                                        "Safer settings",
                                        "1.1",
                                        "Visit with " + NAME,
                                        NAME + " to show the madrassa",
                                        "Faith lead and " + NAME,
                                        NAME + "'s committee",
                                        null,
                                        null,
                                        NAME + " satisfied",
                                        Rag.AMBER,
                                        "Waiting for " + NAME)))
                .getId();
        crm.plans(admin, p -> p.addProgress(action, null, "Rang " + NAME));
        long police = crm.as(
                        admin,
                        s -> s.organisations()
                                .create(organisation("South Yorkshire Police", "PARTNER_AGENCY", null), false))
                .getId();
        crm.agreements(
                admin,
                a -> a.create(new AgreementDetails(
                        "Madrassa concerns",
                        "ISA-7",
                        "Share concerns raised by " + NAME,
                        "admin",
                        LawfulBasis.PUBLIC_TASK,
                        false,
                        null,
                        "Names, including " + NAME + "'s",
                        Set.of(SharingMethod.SECURE_EMAIL),
                        "2 years",
                        false,
                        null,
                        null,
                        null,
                        Dates.today().plusDays(30),
                        null,
                        List.of(new PartyDetails(mosque, null, null), new PartyDetails(police, null, null)))));
        crm.as(FixedActor.admin(), s -> {
            s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH);
            return null;
        });
        crm.as(
                admin,
                s -> s.audits()
                        .startAudit(
                                mosque,
                                new AuditDetails(
                                        CoreAuditTemplates.COMMUNITY_SETTINGS,
                                        null,
                                        Dates.today(),
                                        AuditType.values()[0],
                                        NAME,
                                        List.of(),
                                        false)));
    }

    /** The quarterly training table, the safeguarding overview, the core's scorecard figures, the mosque's level. */
    private Map<String, Object> figures() {
        Actor admin = FixedActor.admin();
        return db.inTransaction(em -> {
            Map<String, Object> all = new LinkedHashMap<>();
            TrainingCatalogue catalogue = new TrainingCatalogue(new SectorModules(List.of()));
            LocalDate from = Dates.today().minusYears(1);
            LocalDate to = Dates.today().plusYears(1);
            all.put(
                    "quarterly",
                    new TrainingReports(new JpaTrainingRepository(em), catalogue, admin).byQuarter(from, to));
            all.put("safeguarding", new SafeguardingReports(new JpaSafeguardingRepository(em), admin).overview(12));
            for (FigureContribution figure : new CoreFigures(em, new JpaTrainingRepository(em), catalogue).figures()) {
                all.put(figure.id(), figure.valueFor(from, to));
            }
            all.put("mosque level", crm.as(admin, s -> s.training().records().levelOf(mosque)));
            return all;
        });
    }

    @Test
    void erasureLeavesTheNameEmailAndPhoneNowhereAndEveryFigureAsItWas() {
        long sara = sara();
        privacy(DPO, p -> p.subjectAccess(sara, "PDF"));
        Map<String, Object> before = figures();
        assertThat(TextScan.whereFound(db.dataSource(), NAME))
                .as("where the name is before")
                .isNotEmpty();

        privacy(DPO, p -> {
            p.erase(sara, "Her written request of " + Dates.describe(Dates.today()) + ", signed " + NAME);
            return null;
        });

        assertThat(figures()).isEqualTo(before);
        for (String identifier : List.of(NAME, EMAIL, PHONE, "Agreed at the open day", "CERT-SARA-1")) {
            assertThat(TextScan.whereFound(db.dataSource(), identifier))
                    .as("columns still holding " + identifier)
                    .isEmpty();
        }
        Person erased = db.inTransaction(em -> em.find(Person.class, sara));
        assertThat(erased.getName()).isEqualTo("Erased person " + sara);
        assertThat(erased.isErased()).isTrue();
        assertThat(erasedByModule).containsExactly(sara);
        SubjectAccessExport after = privacy(DPO, p -> p.subjectAccess(sara, "JSON"));
        assertThat(rows(after, "Requests about their data"))
                .extracting(r -> r.get("What") + ": " + r.get("Detail"))
                .contains("Personal data erased: Her written request of " + Dates.describe(Dates.today())
                        + ", signed Erased person " + sara);
        assertThat(rows(after, "Engagements they were present at"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("Summary"))
                        .isEqualTo("Met Erased person " + sara + " (Erased person " + sara + ") about the madrassa"));
    }

    /** Erasure rewrites history entries; it re-seals their hash chain and says so in the history, chained too. */
    @Test
    void erasureReSealsTheHistoryChainAndRecordsThatItDid() {
        long sara = sara();
        privacy(DPO, p -> {
            p.erase(sara, "Her written request of " + Dates.describe(Dates.today()));
            return null;
        });

        org.engagement.core.integrity.ChainCheck chain =
                db.inTransaction(em -> new org.engagement.core.integrity.HashChain(em)
                        .check(org.engagement.core.integrity.HashChain.CHANGE_LOG));
        assertThat(chain.intact()).as(chain.describe()).isTrue();
        SubjectAccessExport after = privacy(DPO, p -> p.subjectAccess(sara, "JSON"));
        assertThat(rows(after, "Change history about them"))
                .anySatisfy(r -> assertThat(r.toString()).contains("re-sealed after the erasure", "before it: Intact"));
    }

    @Test
    void erasureNeedsAReasonAndIsRefusedWithTheModulesReasonWhileALegalDutyHolds() {
        long sara = sara();

        assertThatThrownBy(() -> privacy(DPO, p -> {
                    p.erase(sara, "  ");
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("reason"));
        moduleRefusals.add("taxi licence D1 is in force until 1 May 2027");
        assertThatThrownBy(() -> privacy(DPO, p -> {
                    p.erase(sara, "Her request of today");
                    return null;
                }))
                .isInstanceOf(ConflictException.class)
                .hasMessage(NAME + " cannot be erased now: taxi licence D1 is in force until 1 May 2027. Record the"
                        + " request and erase them once that no longer holds.");

        assertThat(TextScan.whereFound(db.dataSource(), EMAIL)).contains("person.email");
        assertThat(erasedByModule).isEmpty();
    }

    @Test
    void anErasedPersonIsNotErasedTwiceNorCorrectedBackAndOnlyTheOfficerErases() {
        long sara = sara();
        assertThatThrownBy(() -> privacy(FixedActor.admin(), p -> {
                    p.erase(sara, "An administrator's try");
                    return null;
                }))
                .isInstanceOf(org.engagement.core.shared.AccessDeniedException.class);
        privacy(DPO, p -> {
            p.erase(sara, "Her request of today");
            return null;
        });

        assertThatThrownBy(() -> privacy(DPO, p -> {
                    p.erase(sara, "Her request of today");
                    return null;
                }))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already erased");
        long version = db.inTransaction(
                (EntityManager em) -> em.find(Person.class, sara).getVersion());
        assertThatThrownBy(() -> crm.as(
                        FixedActor.admin(),
                        s -> s.contacts()
                                .updatePerson(
                                        sara,
                                        version,
                                        new PersonDetails(NAME, null, null, null, null, LawfulBasis.CONSENT, null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("erased");
    }

    private static List<Map<String, String>> rows(SubjectAccessExport export, String title) {
        return export.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow()
                .rows();
    }
}
