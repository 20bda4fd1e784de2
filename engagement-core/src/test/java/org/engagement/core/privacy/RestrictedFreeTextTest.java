package org.engagement.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanDetails;
import org.engagement.core.plan.Rag;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.CoreAuditTemplates;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.JpaSafeguardingRepository;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.StandardDefinition;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.sharing.AgreementDetails;
import org.engagement.core.sharing.AgreementSearch;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.core.sharing.PartyDetails;
import org.engagement.core.sharing.SharingMethod;
import org.engagement.core.spi.RestrictedNames;
import org.engagement.core.testing.Crm;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.Delivery;
import org.engagement.core.training.EvaluationAnswer;
import org.engagement.core.training.EvaluationQuestion;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingSession;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A restricted person's name in the officers' free text that {@code RestrictionTest} does not cover: an organisation's
 * notes, an action plan's actions and progress notes (their page, export and history), a training session's trainers
 * and its evaluation answers, an agreement's purpose and data categories. Masked for everyone but the data protection
 * officer, kept as stored when a masked text comes back unchanged, refused when reworded; and a list's search by her
 * name does not find rows through text shown masked.
 */
class RestrictedFreeTextTest {

    private static final String SARA = "Sara Restricted";
    private static final Actor FAITH_LEAD = new FixedActor("fay", Set.of(Role.FAITH_LEAD));
    private static final Actor VIEWER = new FixedActor("vera", Set.of(Role.VIEWER));
    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor DPO_ADMIN = new FixedActor("dana", Set.of(Role.ADMIN, Role.DATA_PROTECTION_OFFICER));
    private static final Actor SYSTEM = new FixedActor("system", Set.of());

    private final TestDatabase db = new TestDatabase();
    private final Crm crm = new Crm(db);

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    /** The records naming her, each id. */
    private record Texts(long sara, long mosque, long session, long plan, long action, long agreement) {}

    private Texts textsNamingSara() {
        Actor admin = FixedActor.admin();
        long mosque = crm.as(
                        admin,
                        s -> s.organisations()
                                .create(
                                        OrganisationDetails.active(
                                                "Central Mosque",
                                                "COMMUNITY_GROUP",
                                                "Doncaster",
                                                null,
                                                "Keys held by Sara Restricted"),
                                        false))
                .getId();
        long police = crm.as(
                        admin,
                        s -> s.organisations()
                                .create(
                                        OrganisationDetails.active(
                                                "South Yorkshire Police", "PARTNER_AGENCY", null, null, null),
                                        false))
                .getId();
        long sara = crm.as(
                admin,
                s -> s.contacts()
                        .addContact(
                                mosque,
                                new PersonDetails(SARA, null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                                "madrassa volunteer")
                        .personId());
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
                                                "Sara Restricted and the CSE team",
                                                5,
                                                List.of(mosque)),
                                        List.<AttendeeDetails>of()))
                .getId();
        crm.as(
                admin,
                s -> s.training()
                        .sessions()
                        .addAnswer(session, EvaluationQuestion.LEARNT, "Sara Restricted explained it well", null));
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
                                        "Visit with Sara Restricted",
                                        "Sara Restricted to show the madrassa",
                                        "Faith lead",
                                        "Sara Restricted's committee",
                                        Dates.today().minusMonths(1),
                                        Dates.today().minusDays(1),
                                        "Sara Restricted satisfied",
                                        Rag.AMBER,
                                        "Waiting for Sara Restricted")))
                .getId();
        crm.plans(admin, p -> p.addProgress(action, null, "Rang Sara Restricted"));
        long agreement = crm.agreements(
                        admin,
                        a -> a.create(new AgreementDetails(
                                "Madrassa concerns",
                                "ISA-7",
                                "Share concerns raised by Sara Restricted",
                                "admin",
                                LawfulBasis.PUBLIC_TASK,
                                false,
                                null,
                                "Names, including Sara Restricted's",
                                Set.of(SharingMethod.SECURE_EMAIL),
                                "2 years",
                                false,
                                null,
                                null,
                                null,
                                Dates.today().plusDays(30),
                                null,
                                List.of(new PartyDetails(mosque, null, null), new PartyDetails(police, null, null)))))
                .getId();
        return new Texts(sara, mosque, session, plan, action, agreement);
    }

    private void restrict(long sara) {
        db.inTransaction(em -> {
            new PrivacyService(new JpaPrivacyRepository(em), new ChangeLog(em, DPO), DPO, List.of())
                    .restrict(sara, "She contests the accuracy of her record (letter of today)");
            return null;
        });
    }

    /** Every text of those records that the services hand this reader, for pages, the API and exports alike. */
    private List<String> shownTo(Actor reader, Texts texts) {
        List<String> shown = new ArrayList<>();
        crm.as(reader, s -> {
            Organisation mosque = s.organisations().get(texts.mosque());
            shown.add(s.organisations().shown(mosque).getNotes());
            shown.add(s.organisations().shown(List.of(mosque)).get(0).getNotes());
            TrainingSession session = s.training().sessions().session(texts.session());
            shown.add(session.getTrainers());
            s.training()
                    .sessions()
                    .sessions(Dates.today().minusDays(1), Dates.today().plusDays(1), null)
                    .forEach(t -> shown.add(t.getTrainers()));
            s.training().sessions().sessionsHostedBy(texts.mosque()).forEach(t -> shown.add(t.getTrainers()));
            s.training().sessions().answersOf(texts.session()).stream()
                    .map(EvaluationAnswer::getText)
                    .forEach(shown::add);
            return null;
        });
        crm.plans(reader, p -> {
            for (PlanAction a :
                    List.of(p.action(texts.action()), p.actionsOf(texts.plan()).get(0))) {
                shown.addAll(List.of(
                        a.getTitle(),
                        a.getDescription(),
                        a.getPartnerAgencies(),
                        a.getMeasureOfSuccess(),
                        a.getStatusReason(),
                        p.statusOf(a).reason()));
            }
            p.progressOf(texts.action()).forEach(u -> shown.add(u.getNote()));
            p.latestProgressOf(texts.plan()).values().forEach(u -> shown.add(u.getNote()));
            shown.add(new String(p.exportCsv(texts.plan()), StandardCharsets.UTF_8));
            for (ChangeLogEntry e : p.history(texts.action())) {
                shown.add(e.getSummary());
                e.getChanges().forEach(c -> shown.add(c.getField() + ": " + c.getBefore() + " -> " + c.getAfter()));
            }
            assertThat(p.needingAttention())
                    .as("the overdue action needs attention")
                    .hasSize(1);
            p.needingAttention().forEach(a -> shown.addAll(List.of(a.getTitle(), a.getDescription())));
            return null;
        });
        crm.boardReports(reader, r -> {
            r.report(texts.plan(), null, null)
                    .actions()
                    .forEach(line -> shown.addAll(
                            List.of(line.title(), line.leadOfficer(), line.reason(), line.latestProgress())));
            return null;
        });
        crm.agreements(reader, a -> {
            InformationSharingAgreement agreement = a.get(texts.agreement());
            shown.add(agreement.getPurpose());
            shown.add(agreement.getDataCategories());
            a.search(new AgreementSearch(null, null, null, null, 0, 25, null, false))
                    .items()
                    .forEach(found -> shown.add(found.getPurpose() + " / " + found.getDataCategories()));
            return null;
        });
        return shown;
    }

    @Test
    void herNameInTheseTextsIsMaskedForEveryRoleButTheOfficer() {
        Texts texts = textsNamingSara();
        assertThat(String.join("\n", shownTo(FAITH_LEAD, texts))).contains(SARA);

        restrict(texts.sara());

        for (Actor reader : List.of(FAITH_LEAD, VIEWER, FixedActor.admin())) {
            List<String> shown = shownTo(reader, texts);
            assertThat(String.join("\n", shown))
                    .as("texts shown to " + reader.username())
                    .doesNotContainIgnoringCase(SARA)
                    .contains(
                            "Keys held by " + RestrictedNames.MASK,
                            RestrictedNames.MASK + " and the CSE team",
                            RestrictedNames.MASK + " explained it well",
                            "Visit with " + RestrictedNames.MASK,
                            RestrictedNames.MASK + " to show the madrassa",
                            RestrictedNames.MASK + "'s committee",
                            "Waiting for " + RestrictedNames.MASK,
                            "Rang " + RestrictedNames.MASK,
                            "Share concerns raised by " + RestrictedNames.MASK,
                            "Names, including " + RestrictedNames.MASK + "'s");
        }
        assertThat(String.join("\n", shownTo(DPO_ADMIN, texts)))
                .as("the officer reads the texts as written")
                .contains(
                        "Keys held by Sara Restricted",
                        "Sara Restricted and the CSE team",
                        "Sara Restricted explained it well",
                        "Sara Restricted to show the madrassa",
                        "Rang Sara Restricted",
                        "Share concerns raised by Sara Restricted")
                .doesNotContain(RestrictedNames.MASK);
    }

    @Test
    void aMaskedTextSentBackUnchangedKeepsHerNameAndRewordingItIsRefused() {
        Texts texts = textsNamingSara();
        restrict(texts.sara());
        Actor admin = FixedActor.admin();

        // The organisation's form: notes back as shown, another town.
        Organisation shownMosque =
                crm.as(admin, s -> s.organisations().shown(s.organisations().get(texts.mosque())));
        crm.as(
                admin,
                s -> s.organisations()
                        .update(
                                texts.mosque(),
                                shownMosque.getVersion(),
                                OrganisationDetails.active(
                                        "Central Mosque", "COMMUNITY_GROUP", "Bentley", null, shownMosque.getNotes())));
        Organisation stored = crm.as(DPO_ADMIN, s -> s.organisations().get(texts.mosque()));
        assertThat(stored.getNotes()).isEqualTo("Keys held by Sara Restricted");
        assertThat(stored.getTown()).isEqualTo("Bentley");
        assertRefused(
                "notes",
                () -> crm.as(
                        admin,
                        s -> s.organisations()
                                .update(
                                        texts.mosque(),
                                        stored.getVersion(),
                                        OrganisationDetails.active(
                                                "Central Mosque",
                                                "COMMUNITY_GROUP",
                                                "Bentley",
                                                null,
                                                "Keys held by " + RestrictedNames.MASK + " and the imam"))));

        // The action's form: every text back as shown, a later due date.
        PlanAction shownAction = crm.plans(admin, p -> p.action(texts.action()));
        crm.plans(
                admin,
                p -> p.updateAction(
                        texts.action(), shownAction.getVersion(), details(shownAction, shownAction.getDescription())));
        PlanAction storedAction = crm.plans(DPO_ADMIN, p -> p.action(texts.action()));
        assertThat(storedAction.getDescription()).isEqualTo("Sara Restricted to show the madrassa");
        assertThat(storedAction.getStatusReason()).isEqualTo("Waiting for Sara Restricted");
        assertThat(storedAction.getDueDate()).isEqualTo(Dates.today().plusMonths(4));
        assertRefused(
                "description",
                () -> crm.plans(
                        admin,
                        p -> p.updateAction(
                                texts.action(),
                                storedAction.getVersion(),
                                details(shownAction, "Ask " + RestrictedNames.MASK + " to show the madrassa"))));
        assertRefused(
                "statusReason",
                () -> crm.plans(
                        admin, p -> p.setStatus(texts.action(), storedAction.getVersion(), Rag.RED, "Still waiting")));

        // The agreement's form: purpose and data categories back as shown, a later review date.
        InformationSharingAgreement shownAgreement = crm.agreements(admin, a -> a.get(texts.agreement()));
        crm.agreements(
                admin,
                a -> a.update(
                        texts.agreement(),
                        shownAgreement.getVersion(),
                        agreement(shownAgreement, shownAgreement.getPurpose(), texts)));
        InformationSharingAgreement storedAgreement = crm.agreements(DPO_ADMIN, a -> a.get(texts.agreement()));
        assertThat(storedAgreement.getPurpose()).isEqualTo("Share concerns raised by Sara Restricted");
        assertThat(storedAgreement.getDataCategories()).isEqualTo("Names, including Sara Restricted's");
        assertThat(storedAgreement.getReviewDate()).isEqualTo(Dates.today().plusDays(60));
        assertRefused(
                "purpose",
                () -> crm.agreements(
                        admin,
                        a -> a.update(
                                texts.agreement(),
                                storedAgreement.getVersion(),
                                agreement(shownAgreement, "Share every concern", texts))));

        // The officer sees the names and may reword.
        crm.as(
                DPO_ADMIN,
                s -> s.organisations()
                        .update(
                                texts.mosque(),
                                stored.getVersion(),
                                OrganisationDetails.active(
                                        "Central Mosque", "COMMUNITY_GROUP", "Bentley", null, "Keys with the imam")));
        assertThat(crm.as(FixedActor.admin(), s -> s.organisations().get(texts.mosque()))
                        .getNotes())
                .isEqualTo("Keys with the imam");
    }

    private static void assertRefused(String field, Runnable edit) {
        assertThatThrownBy(edit::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.errors())
                                .singleElement()
                                .isEqualTo(new FieldError(field, RestrictedNames.EDIT_REFUSED)));
    }

    private static ActionDetails details(PlanAction shown, String description) {
        return new ActionDetails(
                1,
                "Safer settings",
                shown.getReference(),
                shown.getTitle(),
                description,
                shown.getLeadOfficer(),
                shown.getPartnerAgencies(),
                shown.getStartDate(),
                Dates.today().plusMonths(4),
                shown.getMeasureOfSuccess(),
                shown.getStatus(),
                shown.getStatusReason());
    }

    private static AgreementDetails agreement(InformationSharingAgreement shown, String purpose, Texts texts) {
        List<PartyDetails> parties = shown.getParties().stream()
                .map(p -> new PartyDetails(p.getOrganisation().getId(), null, null))
                .toList();
        return new AgreementDetails(
                shown.getTitle(),
                shown.getReference(),
                purpose,
                shown.getOwner(),
                shown.getLawfulBasis(),
                false,
                null,
                shown.getDataCategories(),
                Set.of(SharingMethod.SECURE_EMAIL),
                shown.getRetentionPeriod(),
                false,
                null,
                null,
                null,
                Dates.today().plusDays(60),
                null,
                parties);
    }

    @Test
    void searchingTheOpenActionsByHerNameFindsNothingThroughTheMaskedTextButTheOfficerFindsIt() {
        Texts texts = textsNamingSara();
        crm.as(SYSTEM, s -> s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH));
        List<FindingInput> findings = new ArrayList<>();
        for (StandardDefinition standard : CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH.standards()) {
            boolean first = findings.isEmpty();
            findings.add(new FindingInput(
                    standard.code(),
                    first ? Rating.NOT_MET : Rating.MET,
                    "Seen at visit",
                    first ? "Sara Restricted to name a deputy" : null,
                    first ? "admin" : null,
                    first ? Dates.today().plusDays(30) : null));
        }
        crm.as(
                FixedActor.admin(),
                s -> s.audits()
                        .startAudit(
                                texts.mosque(),
                                new AuditDetails(
                                        CoreAuditTemplates.COMMUNITY_SETTINGS,
                                        null,
                                        Dates.today(),
                                        AuditType.values()[0],
                                        null,
                                        findings,
                                        true)));
        assertThat(openActionsFound(FAITH_LEAD, "Sara Restricted")).isEqualTo(1);

        restrict(texts.sara());

        for (String term : List.of("Sara Restricted", "restricted", "sara", "Restricted, Sara", "sara restricted to")) {
            assertThat(openActionsFound(FAITH_LEAD, term))
                    .as("open actions a faith lead finds by '" + term + "'")
                    .isZero();
        }
        for (String term : List.of("Sara Restricted", "restricted", "sara", "sara restricted to")) {
            assertThat(openActionsFound(DPO_ADMIN, term))
                    .as("open actions the officer finds by '" + term + "'")
                    .isEqualTo(1);
        }
        assertThat(openActionsFound(FAITH_LEAD, "name a deputy"))
                .as("a term beside her name still searches the action")
                .isEqualTo(1);
        assertThat(openActionsFound(FAITH_LEAD, "central mosque"))
                .as("a search by the organisation still finds it")
                .isEqualTo(1);
    }

    private long openActionsFound(Actor reader, String term) {
        return db.inTransaction(em -> new SafeguardingReports(new JpaSafeguardingRepository(em), reader)
                .openActions(new ListRequest(term, java.util.Map.of(), null, false, 0, 50))
                .total());
    }
}
