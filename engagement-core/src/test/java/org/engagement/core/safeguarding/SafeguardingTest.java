package org.engagement.core.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.engagement.core.testing.Crm.TEST_INDUSTRY_TYPE;
import static org.engagement.core.testing.Crm.organisation;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.organisation.Sector;
import org.engagement.core.safeguarding.SafeguardingReports.Category;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.ListRequest;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Profiles, templates and audits on a real (in-memory) Derby migrated by the real changelogs. */
class SafeguardingTest {

    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor ADMIN = FixedActor.admin();
    private static final String T = CoreAuditTemplates.COMMUNITY_SETTINGS;

    private final TestDatabase db = new TestDatabase();
    private final OrganisationTypes types = new OrganisationTypes(new SectorModules(List.of(new SectorModule() {
        @Override
        public String id() {
            return "test-industry";
        }

        @Override
        public String displayName() {
            return "Test industry";
        }

        @Override
        public List<OrganisationType> organisationTypes() {
            return List.of(new OrganisationType(TEST_INDUSTRY_TYPE, "Takeaway", Sector.INDUSTRY));
        }
    })));

    record Services(
            OrganisationService organisations,
            ContactService contacts,
            ProfileService safeguardingProfiles,
            AuditService audits,
            AuditTemplateService auditTemplates,
            SafeguardingReports reports) {}

    private <T> T as(Actor actor, Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(services(em, actor)));
    }

    private <T> List<T> asList(Actor actor, Function<Services, List<T>> work) {
        return as(actor, work);
    }

    private Services services(EntityManager em, Actor actor) {
        ChangeLog log = new ChangeLog(em, actor);
        OrganisationService organisations =
                new OrganisationService(new JpaOrganisationRepository(em), types, log, actor);
        ContactService contacts = new ContactService(
                new JpaContactRepository(em), organisations, log, new SectorModules(List.of()), actor);
        JpaSafeguardingRepository repository = new JpaSafeguardingRepository(em);
        SafeguardingPermissions permissions = new SafeguardingPermissions(organisations, actor);
        return new Services(
                organisations,
                contacts,
                new ProfileService(repository, permissions, contacts, log, actor),
                new AuditService(repository, permissions, contacts, log, actor),
                new AuditTemplateService(repository, permissions, log, actor),
                new SafeguardingReports(repository, actor));
    }

    @BeforeEach
    void installCoreTemplate() {
        as(
                new FixedActor("system", Set.of()),
                s -> s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private Organisation communityGroup(String name) {
        return as(FIONA, s -> s.organisations().create(organisation(name, "COMMUNITY_GROUP", "DN1 1AA"), false));
    }

    private static ProfileDetails adopted(LocalDate adoptedOn, LocalDate review, Long lead) {
        return new ProfileDetails(
                PolicyStatus.ADOPTED,
                adoptedOn,
                review,
                Set.of(Procedure.REPORTING_A_CONCERN, Procedure.WHISTLEBLOWING),
                lead,
                null,
                null,
                true,
                DbsChecks.PARTLY,
                null);
    }

    /** Every standard met, except those given as not met (each with an action). */
    private static List<FindingInput> ratings(String... notMet) {
        List<FindingInput> inputs = new ArrayList<>();
        for (StandardDefinition s : CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH.standards()) {
            boolean failed = List.of(notMet).contains(s.code());
            inputs.add(new FindingInput(
                    s.code(),
                    failed ? Rating.NOT_MET : Rating.MET,
                    "Seen at visit",
                    failed ? "Fix " + s.code() : null,
                    failed ? "fiona" : null,
                    failed ? Dates.today().plusDays(30) : null));
        }
        return inputs;
    }

    private Audit audit(
            Actor actor, long organisationId, LocalDate date, AuditType type, boolean finished, String... notMet) {
        return as(
                actor,
                s -> s.audits()
                        .startAudit(
                                organisationId,
                                new AuditDetails(T, null, date, type, null, ratings(notMet), finished)));
    }

    @Test
    void adoptedPolicyPastItsReviewDateIsReportedOverdueAndTheChangeIsInTheHistory() {
        Organisation group = communityGroup("Hope Centre");
        Contact dsl = as(
                FIONA,
                s -> s.contacts()
                        .addContact(
                                group.getId(),
                                new PersonDetails("Sara Khan", null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                                "designated safeguarding lead"));

        SafeguardingProfile saved = as(
                FIONA,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                group.getId(),
                                0,
                                adopted(
                                        Dates.today().minusYears(2),
                                        Dates.today().minusMonths(1),
                                        dsl.personId())));

        assertThat(saved.getStatus()).isEqualTo(PolicyStatus.REVIEW_OVERDUE);
        assertThat(saved.getPolicyStatus()).isEqualTo(PolicyStatus.ADOPTED);
        assertThat(saved.getLead().getName()).isEqualTo("Sara Khan");
        SafeguardingReports.Overview overview = as(FIONA, s -> s.reports().overview(12));
        assertThat(overview.counts()).containsEntry(Category.REVIEW_OVERDUE, 1).containsEntry(Category.ADOPTED, 0);
        assertThat(asList(
                        FIONA,
                        s -> s.reports()
                                .organisations(Category.REVIEW_OVERDUE, 12, ListRequest.firstPage(25))
                                .items()))
                .extracting(SafeguardingReports.OrganisationRow::name)
                .containsExactly("Hope Centre");
        List<ChangeLogEntry> history = as(FIONA, s -> s.audits().historyOf(group.getId()));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).getSummary()).contains("Safeguarding profile of Hope Centre recorded");
    }

    @Test
    void reviewOverdueCannotBeTypedAndAdoptedNeedsADate() {
        Organisation group = communityGroup("Hope Centre");

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.safeguardingProfiles()
                                .saveProfile(
                                        group.getId(),
                                        0,
                                        new ProfileDetails(
                                                PolicyStatus.REVIEW_OVERDUE,
                                                null,
                                                null,
                                                Set.of(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("worked out from the review date");
        assertThatThrownBy(() -> as(
                        FIONA, s -> s.safeguardingProfiles().saveProfile(group.getId(), 0, adopted(null, null, null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("adoptedOn"));
        assertThat(as(FIONA, s -> s.safeguardingProfiles().profile(group.getId()))
                        .getVersion())
                .isZero();
    }

    @Test
    void leadMustBeSomeoneAtTheOrganisation() {
        Organisation group = communityGroup("Hope Centre");
        Organisation other = communityGroup("Other Centre");
        Contact elsewhere = as(
                FIONA,
                s -> s.contacts()
                        .addContact(
                                other.getId(),
                                new PersonDetails("Omar Ali", null, null, null, null, LawfulBasis.PUBLIC_TASK, null),
                                "trustee"));

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.safeguardingProfiles()
                                .saveProfile(
                                        group.getId(),
                                        0,
                                        adopted(Dates.today(), Dates.today().plusYears(1), elsewhere.personId()))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("this organisation's people");
    }

    @Test
    void staleProfileVersionIsRefused() {
        Organisation group = communityGroup("Hope Centre");
        as(
                FIONA,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                group.getId(),
                                0,
                                adopted(Dates.today(), Dates.today().plusYears(1), null)));

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.safeguardingProfiles()
                                .saveProfile(
                                        group.getId(),
                                        0,
                                        adopted(Dates.today(), Dates.today().plusYears(2), null))))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void criticalStandardNotMetIsRedWithItsActionOpenAndAReAuditMeetingItIsGreenAndImproved() {
        Organisation group = communityGroup("Hope Centre");
        Audit first = audit(FIONA, group.getId(), Dates.today().minusMonths(1), AuditType.OFFICER_LED, true, "DSL1");

        assertThat(first.overall()).isEqualTo(OverallRating.RED);
        assertThat(asList(
                        FIONA,
                        s -> s.reports().openActions(ListRequest.firstPage(25)).items()))
                .extracting(SafeguardingReports.OpenAction::action)
                .containsExactly("Fix DSL1");

        Audit second = audit(FIONA, group.getId(), Dates.today(), AuditType.RE_AUDIT, true);

        assertThat(second.overall()).isEqualTo(OverallRating.GREEN);
        List<StandardComparison> comparison = as(FIONA, s -> s.audits().comparison(second.getId()));
        assertThat(comparison)
                .filteredOn(c -> c.standardCode().equals("DSL1"))
                .singleElement()
                .satisfies(c -> assertThat(c.change()).isEqualTo(StandardComparison.Change.IMPROVED));
        assertThat(comparison)
                .filteredOn(c -> c.change() != StandardComparison.Change.IMPROVED)
                .allSatisfy(c -> assertThat(c.change()).isEqualTo(StandardComparison.Change.SAME));
        assertThat(asList(
                        FIONA,
                        s -> s.reports().openActions(ListRequest.firstPage(25)).items()))
                .isEmpty();
        assertThat(as(FIONA, s -> s.audits().audit(first.getId())).overall()).isEqualTo(OverallRating.RED);
    }

    @Test
    void oldAuditsKeepTheirStandardsAndRatingAfterANewTemplateVersionIsPublished() {
        Organisation group = communityGroup("Hope Centre");
        Audit done = audit(FIONA, group.getId(), Dates.today(), AuditType.SELF_ASSESSMENT, true, "GOV1");
        assertThat(done.overall()).isEqualTo(OverallRating.RED);

        TemplateVersion draft = as(ADMIN, s -> s.auditTemplates().startDraft(T, null));
        List<StandardDefinition> revised = new ArrayList<>(draft.definitions());
        revised.set(
                0, new StandardDefinition("GOV1", "Leaders own safeguarding (revised)", "New guidance", null, false));
        revised.add(new StandardDefinition("NEW1", "A new standard", null, null, true));
        TemplateVersion saved =
                as(ADMIN, s -> s.auditTemplates().saveDraft(T, draft.getVersion(), draft.getTitle(), revised));
        TemplateVersion v2 = as(ADMIN, s -> s.auditTemplates().publish(T, saved.getVersion()));

        assertThat(v2.getNumber()).isEqualTo(2);
        Audit reloaded = as(FIONA, s -> s.audits().audit(done.getId()));
        assertThat(reloaded.getTemplateVersion().getNumber()).isEqualTo(1);
        assertThat(reloaded.getTemplateVersion().getStandards())
                .hasSize(11)
                .extracting(Standard::getTitle)
                .contains("Trustees or leaders take responsibility for safeguarding")
                .doesNotContain("Leaders own safeguarding (revised)");
        assertThat(reloaded.overall()).isEqualTo(OverallRating.RED);
        assertThat(as(FIONA, s -> s.auditTemplates().templateVersion(T, 1))
                        .getStandards()
                        .get(0)
                        .isCritical())
                .isTrue();
        assertThatThrownBy(() -> as(ADMIN, s -> s.auditTemplates().saveDraft(T, v2.getVersion(), "x", List.of())))
                .isInstanceOf(org.engagement.core.shared.NotFoundException.class);
        assertThat(asList(FIONA, s -> s.auditTemplates().latestPublished()))
                .singleElement()
                .satisfies(v -> assertThat(v.getNumber()).isEqualTo(2));
    }

    @Test
    void installingTheSameDefinitionAgainChangesNothingAndAChangedOneIsANewVersion() {
        TemplateVersion again = as(
                new FixedActor("system", Set.of()),
                s -> s.auditTemplates().install(CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH));
        assertThat(again.getNumber()).isEqualTo(1);

        AuditTemplateDefinition changed = new AuditTemplateDefinition(
                T,
                "Changed title",
                CoreAuditTemplates.VOLUNTARY_COMMUNITY_FAITH.standards().subList(0, 3));
        TemplateVersion next =
                as(new FixedActor("system", Set.of()), s -> s.auditTemplates().install(changed));
        assertThat(next.getNumber()).isEqualTo(2);
        assertThat(next.getStandards()).hasSize(3);
    }

    @Test
    void draftAuditCanBeFinishedLaterButAFinishedOneIsReadOnly() {
        Organisation group = communityGroup("Hope Centre");
        List<FindingInput> partial = List.of(new FindingInput("GOV1", Rating.MET, "Minutes seen", null, null, null));
        Audit draft = as(
                FIONA,
                s -> s.audits()
                        .startAudit(
                                group.getId(),
                                new AuditDetails(
                                        T, 1, Dates.today(), AuditType.SELF_ASSESSMENT, null, partial, false)));
        assertThat(draft.getStatus()).isEqualTo(AuditStatus.DRAFT);

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .saveAudit(
                                        draft.getId(),
                                        draft.getVersion(),
                                        new AuditDetails(
                                                T, 1, Dates.today(), AuditType.SELF_ASSESSMENT, null, partial, true))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.errors()).hasSize(10));

        Audit finished = as(
                FIONA,
                s -> s.audits()
                        .saveAudit(
                                draft.getId(),
                                draft.getVersion(),
                                new AuditDetails(
                                        T, 1, Dates.today(), AuditType.SELF_ASSESSMENT, null, ratings(), true)));
        assertThat(finished.isFinished()).isTrue();
        assertThat(finished.getAuditor()).isEqualTo("fiona");
        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .saveAudit(
                                        draft.getId(),
                                        finished.getVersion(),
                                        new AuditDetails(
                                                T,
                                                1,
                                                Dates.today(),
                                                AuditType.SELF_ASSESSMENT,
                                                null,
                                                ratings("GOV1"),
                                                true))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot be changed");
    }

    @Test
    void notMetWithoutAnActionIsRefusedStandardByStandard() {
        Organisation group = communityGroup("Hope Centre");
        List<FindingInput> inputs = new ArrayList<>(ratings());
        inputs.set(0, new FindingInput("GOV1", Rating.NOT_MET, null, null, null, null));

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .startAudit(
                                        group.getId(),
                                        new AuditDetails(
                                                T, null, Dates.today(), AuditType.OFFICER_LED, null, inputs, true))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("ratings[GOV1].action"));
        assertThat(asList(FIONA, s -> s.audits().auditsOf(group.getId()))).isEmpty();
    }

    @Test
    void rolesDecideWhoSeesAndChangesSafeguarding() {
        Organisation group = communityGroup("Hope Centre");
        Organisation takeaway = as(
                ADMIN, s -> s.organisations().create(organisation("Kebab Co", TEST_INDUSTRY_TYPE, "DN1 2BB"), false));
        Actor industryLead = new FixedActor("ian", Set.of(Role.INDUSTRY_LEAD));
        Actor licensing = new FixedActor("lou", Set.of(Role.LICENSING_OFFICER));
        Actor viewer = new FixedActor("vic", Set.of(Role.VIEWER));

        assertThatThrownBy(() -> audit(industryLead, group.getId(), Dates.today(), AuditType.OFFICER_LED, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit(industryLead, takeaway.getId(), Dates.today(), AuditType.OFFICER_LED, true)
                        .overall())
                .isEqualTo(OverallRating.GREEN);
        assertThatThrownBy(() -> audit(FIONA, takeaway.getId(), Dates.today(), AuditType.OFFICER_LED, true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(licensing, s -> s.audits().auditsOf(takeaway.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(licensing, s -> s.reports().overview(12)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asList(viewer, s -> s.audits().auditsOf(takeaway.getId()))).hasSize(1);
        assertThatThrownBy(() -> as(
                        viewer,
                        s -> s.safeguardingProfiles()
                                .saveProfile(group.getId(), 0, adopted(Dates.today(), null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(FIONA, s -> s.auditTemplates().startDraft(T, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void organisationsWithoutARecentFinishedAuditAreDue() {
        Organisation recent = communityGroup("Recent Centre");
        Organisation old = communityGroup("Old Centre");
        communityGroup("Never Centre");
        audit(FIONA, recent.getId(), Dates.today().minusMonths(2), AuditType.OFFICER_LED, true);
        audit(FIONA, old.getId(), Dates.today().minusMonths(14), AuditType.OFFICER_LED, true);

        assertThat(asList(
                        FIONA,
                        s -> s.reports()
                                .organisations(Category.AUDIT_DUE, 12, ListRequest.firstPage(25))
                                .items()))
                .extracting(SafeguardingReports.OrganisationRow::name)
                .containsExactly("Never Centre", "Old Centre");
        assertThat(as(FIONA, s -> s.reports().overview(1)).counts())
                .containsEntry(Category.AUDIT_DUE, 3)
                .containsEntry(Category.NO_POLICY, 3);
    }

    private void profile(Organisation o, PolicyStatus status, LocalDate review) {
        as(
                FIONA,
                s -> s.safeguardingProfiles()
                        .saveProfile(
                                o.getId(),
                                0,
                                new ProfileDetails(
                                        status,
                                        status == PolicyStatus.ADOPTED
                                                ? Dates.today().minusYears(2)
                                                : null,
                                        review,
                                        Set.of(),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)));
    }

    @Test
    void overviewFiguresAreCountedInTheDatabaseForTheReadersSectorsOnly() {
        communityGroup("No Profile Centre");
        profile(communityGroup("None Recorded Centre"), PolicyStatus.NONE, null);
        profile(communityGroup("Drafting Centre"), PolicyStatus.IN_DEVELOPMENT, null);
        Organisation inDate = communityGroup("In Date Centre");
        profile(inDate, PolicyStatus.ADOPTED, Dates.today().plusMonths(6));
        Organisation overdue = communityGroup("Overdue Centre");
        profile(overdue, PolicyStatus.ADOPTED, Dates.today().minusDays(1));
        as(ADMIN, s -> s.organisations().create(organisation("Chicken Shack", TEST_INDUSTRY_TYPE, "DN1 1AB"), false));
        audit(FIONA, inDate.getId(), Dates.today().minusMonths(2), AuditType.OFFICER_LED, true);
        audit(FIONA, overdue.getId(), Dates.today().minusMonths(3), AuditType.OFFICER_LED, true, "DSL1", "GOV1");
        audit(FIONA, overdue.getId(), Dates.today(), AuditType.SELF_ASSESSMENT, false, "DSL1");

        SafeguardingReports.Overview figures = as(FIONA, s -> s.reports().overview(12));

        assertThat(figures.sectors()).doesNotContain(Sector.INDUSTRY);
        assertThat(figures.counts())
                .containsEntry(Category.NO_POLICY, 2)
                .containsEntry(Category.IN_DEVELOPMENT, 1)
                .containsEntry(Category.ADOPTED, 1)
                .containsEntry(Category.REVIEW_OVERDUE, 1)
                .containsEntry(Category.AUDIT_DUE, 3);
        assertThat(figures.openActions()).isEqualTo(2);
        assertThat(figures.overdueActions()).isZero();
        assertThat(as(ADMIN, s -> s.reports().overview(12)).counts())
                .containsEntry(Category.NO_POLICY, 3)
                .containsEntry(Category.AUDIT_DUE, 4);
        assertThat(as(FIONA, s -> s.reports().overview(2)).counts()).containsEntry(Category.AUDIT_DUE, 4);
    }

    @Test
    void listBehindAFigureIsPagedSortedAndSearchedInTheDatabaseWithItsTotal() {
        for (int i = 1; i <= 7; i++) {
            communityGroup("Group 0" + i);
        }
        profile(
                communityGroup("Adopted Group"),
                PolicyStatus.ADOPTED,
                Dates.today().plusYears(1));
        Organisation first = as(
                        FIONA,
                        s -> s.organisations()
                                .search(new OrganisationSearch(
                                        "Group 02", null, null, null, null, null, null, null, false, 0, 1)))
                .items()
                .get(0);
        Organisation second = as(
                        FIONA,
                        s -> s.organisations()
                                .search(new OrganisationSearch(
                                        "Group 05", null, null, null, null, null, null, null, false, 0, 1)))
                .items()
                .get(0);
        audit(FIONA, second.getId(), Dates.today().minusMonths(20), AuditType.OFFICER_LED, true);
        audit(FIONA, first.getId(), Dates.today().minusMonths(30), AuditType.OFFICER_LED, true);

        PageOf<SafeguardingReports.OrganisationRow> page = as(
                FIONA,
                s -> s.reports().organisations(Category.NO_POLICY, 12, new ListRequest(null, "name", true, 2, 3)));
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items())
                .extracting(SafeguardingReports.OrganisationRow::name)
                .containsExactly("Group 05", "Group 04", "Group 03");

        PageOf<SafeguardingReports.OrganisationRow> searched = as(
                FIONA,
                s -> s.reports()
                        .organisations(Category.NO_POLICY, 12, new ListRequest("  group   03 ", null, false, 0, 25)));
        assertThat(searched.total()).isEqualTo(1);
        assertThat(searched.items())
                .extracting(SafeguardingReports.OrganisationRow::name)
                .containsExactly("Group 03");

        PageOf<SafeguardingReports.OrganisationRow> byAudit = as(
                FIONA,
                s -> s.reports()
                        .organisations(Category.AUDIT_DUE, 12, new ListRequest("group", "lastAudit", false, 0, 2)));
        assertThat(byAudit.total()).isEqualTo(8);
        assertThat(byAudit.items())
                .extracting(SafeguardingReports.OrganisationRow::name)
                .containsExactly("Group 02", "Group 05");
        assertThat(byAudit.items().get(0).lastAuditDate())
                .isEqualTo(Dates.today().minusMonths(30));
        assertThat(byAudit.items()).allMatch(SafeguardingReports.OrganisationRow::auditDue);
    }

    @Test
    void openActionsArePagedSortedAndSearchedInTheDatabase() {
        Organisation hope = communityGroup("Hope Centre");
        Organisation zion = communityGroup("Zion Hall");
        audit(FIONA, hope.getId(), Dates.today().minusMonths(1), AuditType.OFFICER_LED, true, "DSL1", "GOV1");
        audit(FIONA, zion.getId(), Dates.today().minusMonths(1), AuditType.OFFICER_LED, true, "DSL1");

        PageOf<SafeguardingReports.OpenAction> byOrganisation =
                as(FIONA, s -> s.reports().openActions(new ListRequest(null, "organisation", true, 0, 2)));
        assertThat(byOrganisation.total()).isEqualTo(3);
        assertThat(byOrganisation.items())
                .extracting(SafeguardingReports.OpenAction::organisationName)
                .containsExactly("Zion Hall", "Hope Centre");

        PageOf<SafeguardingReports.OpenAction> searched =
                as(FIONA, s -> s.reports().openActions(new ListRequest("fix gov", null, false, 0, 25)));
        assertThat(searched.total()).isEqualTo(1);
        assertThat(searched.items())
                .extracting(SafeguardingReports.OpenAction::standardCode)
                .containsExactly("GOV1");
    }

    @Test
    void findingOfAFinishedAuditIsAmendedForAReasonThatIsKeptWithBeforeAndAfterAndInTheHistory() {
        Organisation group = communityGroup("Hope Centre");
        Audit audit = audit(FIONA, group.getId(), Dates.today().minusMonths(1), AuditType.OFFICER_LED, true, "DSL1");
        FindingInput corrected =
                new FindingInput("DSL1", Rating.MET, "Deputy named in the March minutes", null, null, null);

        assertThatThrownBy(() ->
                        as(FIONA, s -> s.audits().amendFinding(audit.getId(), audit.getVersion(), corrected, " ")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .containsExactly("reason"));
        assertThatThrownBy(() -> as(
                        new FixedActor("vera", Set.of(Role.VIEWER)),
                        s -> s.audits()
                                .amendFinding(audit.getId(), audit.getVersion(), corrected, "Minutes seen later")))
                .isInstanceOf(AccessDeniedException.class);
        Audit amended = as(
                FIONA,
                s -> s.audits()
                        .amendFinding(
                                audit.getId(),
                                audit.getVersion(),
                                corrected,
                                "The deputy was named before the visit; minutes seen later"));

        assertThat(amended.isFinished()).isTrue();
        assertThat(amended.overall()).isEqualTo(OverallRating.GREEN);
        Audit reread = as(FIONA, s -> s.audits().audit(audit.getId()));
        assertThat(reread.getStatus()).isEqualTo(AuditStatus.FINISHED);
        assertThat(reread.getAmendments()).singleElement().satisfies(a -> {
            assertThat(a.getStandardCode()).isEqualTo("DSL1");
            assertThat(a.getReason()).isEqualTo("The deputy was named before the visit; minutes seen later");
            assertThat(a.getAmendedBy()).isEqualTo("fiona");
            assertThat(a.getBefore()).startsWith("Not met; action: Fix DSL1");
            assertThat(a.getAfter()).isEqualTo("Met; evidence: Deputy named in the March minutes");
        });
        assertThat(asList(
                        FIONA,
                        s -> s.reports().openActions(ListRequest.firstPage(25)).items()))
                .isEmpty();
        assertThat(as(FIONA, s -> s.audits().historyOf(group.getId())).get(0).getSummary())
                .contains("standard DSL1 amended (The deputy was named before the visit");

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .amendFinding(
                                        audit.getId(),
                                        audit.getVersion(),
                                        new FindingInput("GOV1", Rating.PARTLY_MET, null, null, null, null),
                                        "Second look")))
                .isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .saveAudit(
                                        audit.getId(),
                                        reread.getVersion(),
                                        new AuditDetails(
                                                T, null, Dates.today(), AuditType.OFFICER_LED, null, ratings(), true))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void amendingADraftOrWithNothingDifferentIsRefused() {
        Organisation group = communityGroup("Hope Centre");
        Audit draft = audit(FIONA, group.getId(), Dates.today(), AuditType.SELF_ASSESSMENT, false);
        Audit finished = audit(FIONA, group.getId(), Dates.today(), AuditType.OFFICER_LED, true);

        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .amendFinding(
                                        draft.getId(),
                                        draft.getVersion(),
                                        new FindingInput("DSL1", Rating.NOT_APPLICABLE, null, null, null, null),
                                        "Typo")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .amendFinding(
                                        finished.getId(),
                                        finished.getVersion(),
                                        new FindingInput("DSL1", Rating.MET, "Seen at visit", null, null, null),
                                        "Typo")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nothing is different");
        assertThatThrownBy(() -> as(
                        FIONA,
                        s -> s.audits()
                                .amendFinding(
                                        finished.getId(),
                                        finished.getVersion(),
                                        new FindingInput("DSL1", Rating.NOT_MET, null, null, null, null),
                                        "Missed it")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("record the action agreed");
        assertThat(as(FIONA, s -> s.audits().audit(finished.getId())).getAmendments())
                .isEmpty();
    }
}
