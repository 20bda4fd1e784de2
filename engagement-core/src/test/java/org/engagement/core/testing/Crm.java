package org.engagement.core.testing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.JpaContactRepository;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.JpaEngagementRepository;
import org.engagement.core.importing.EngagementImport;
import org.engagement.core.importing.OrganisationImport;
import org.engagement.core.importing.PersonImport;
import org.engagement.core.importing.SavedMappings;
import org.engagement.core.merge.JpaMergeRepository;
import org.engagement.core.merge.MergeService;
import org.engagement.core.organisation.JpaOrganisationRepository;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.OrganisationTypes;
import org.engagement.core.organisation.Sector;
import org.engagement.core.plan.BoardReports;
import org.engagement.core.plan.CoreFigures;
import org.engagement.core.plan.Figures;
import org.engagement.core.plan.JpaPlanRepository;
import org.engagement.core.plan.PlanService;
import org.engagement.core.safeguarding.AuditService;
import org.engagement.core.safeguarding.AuditTemplateService;
import org.engagement.core.safeguarding.JpaSafeguardingRepository;
import org.engagement.core.safeguarding.ProfileService;
import org.engagement.core.safeguarding.SafeguardingPermissions;
import org.engagement.core.shared.Actor;
import org.engagement.core.sharing.AgreementLimits;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.JpaAgreementRepository;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.core.spi.MergedPeople;
import org.engagement.core.spi.OrganisationRecords;
import org.engagement.core.spi.PersonReferences;
import org.engagement.core.spi.RecordHistory;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.training.JpaTrainingRepository;
import org.engagement.core.training.TrainingCatalogue;
import org.engagement.core.training.TrainingReports;
import org.engagement.core.user.Role;

/**
 * The CRM's services wired by hand on a {@link TestDatabase}, each call in its own transaction as the
 * container would run it. A test-only sector module adds an industry type, as a real plugin would.
 */
public final class Crm {

    public static final String TEST_INDUSTRY_TYPE = "TEST_TAKEAWAY";

    private final TestDatabase db;
    private final SectorModules modules;
    private final OrganisationTypes types;
    /** What sector modules' records say still refers to a person; a test adds its own. */
    public final List<PersonReferences> personReferences = new ArrayList<>();

    public Crm(TestDatabase db) {
        this(db, TEST_INDUSTRY);
    }

    /** The CRM with a real sector module's types and audiences, for that module's own tests. */
    public Crm(TestDatabase db, SectorModule module) {
        this.db = db;
        this.modules = new SectorModules(List.of(module));
        this.types = new OrganisationTypes(modules);
    }

    private static final SectorModule TEST_INDUSTRY = new SectorModule() {
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
    };

    /** The services as seen by one user. */
    public record Services(
            OrganisationService organisations,
            ContactService contacts,
            EngagementService engagements,
            ProfileService safeguardingProfiles,
            AuditService audits,
            AuditTemplateService auditTemplates,
            TrainingServices training,
            ChangeLog changeLog,
            Actor actor) {

        /** The organisations as the published module API offers them. */
        public OrganisationRecords organisationRecords() {
            return new OrganisationRecords(organisations, engagements);
        }

        /** The change history as the published module API offers it. */
        public RecordHistory history() {
            return new RecordHistory(changeLog);
        }
    }

    public <T> T as(Actor actor, Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(services(em, actor)));
    }

    /** The action plans as one user sees them. */
    public <T> T plans(Actor actor, Function<PlanService, T> work) {
        return db.inTransaction(em -> work.apply(new PlanService(
                new JpaPlanRepository(em),
                new Figures(
                        new CoreFigures(em, new JpaTrainingRepository(em), new TrainingCatalogue(modules)), modules),
                new ChangeLog(em, actor),
                actor)));
    }

    /** The quarterly board reports as one user sees them. */
    public <T> T boardReports(Actor actor, Function<BoardReports, T> work) {
        return db.inTransaction(em -> {
            TrainingCatalogue catalogue = new TrainingCatalogue(modules);
            PlanService plans = new PlanService(
                    new JpaPlanRepository(em),
                    new Figures(new CoreFigures(em, new JpaTrainingRepository(em), catalogue), modules),
                    new ChangeLog(em, actor),
                    actor);
            return work.apply(new BoardReports(
                    plans,
                    new JpaPlanRepository(em),
                    new TrainingReports(new JpaTrainingRepository(em), catalogue, actor),
                    modules,
                    actor));
        });
    }

    /** The information-sharing agreements as one user sees them. */
    public <T> T agreements(Actor actor, Function<AgreementService, T> work) {
        return db.inTransaction(em -> {
            Services s = services(em, actor);
            return work.apply(new AgreementService(
                    new JpaAgreementRepository(em),
                    s.organisations(),
                    s.contacts(),
                    AgreementLimits.of(1, 60),
                    s.changeLog(),
                    actor));
        });
    }

    public <T> T as(String username, Role role, Function<Services, T> work) {
        return as(new FixedActor(username, Set.of(role)), work);
    }

    /**
     * Runs the work with the core's services and a sector module's entity manager, as the container would in one
     * request; both commit at the end.
     */
    public <T> T withModule(Actor actor, String moduleUnit, BiFunction<Services, EntityManager, T> work) {
        return db.inTransactions(moduleUnit, (core, module) -> work.apply(services(core, actor), module));
    }

    /** The merge service, on the same services, in one transaction. */
    public <T> T merging(Actor actor, List<MergedOrganisations> modules, Function<MergeService, T> work) {
        return mergingPeople(actor, modules, List.of(), work);
    }

    /** The merge service with modules' records that follow merged organisations and people, in one transaction. */
    public <T> T mergingPeople(
            Actor actor,
            List<MergedOrganisations> modules,
            List<MergedPeople> peopleModules,
            Function<MergeService, T> work) {
        return db.inTransaction(em -> {
            Services s = services(em, actor);
            return work.apply(new MergeService(
                    new JpaMergeRepository(em),
                    s.organisations(),
                    s.contacts(),
                    s.changeLog(),
                    actor,
                    modules,
                    peopleModules));
        });
    }

    /**
     * The merge service with one sector module's {@link MergedOrganisations}, made on the module's entity manager, as
     * the container runs a merge in one request.
     */
    public <T> T mergingWith(
            Actor actor,
            String moduleUnit,
            Function<EntityManager, MergedOrganisations> module,
            Function<MergeService, T> work) {
        return db.inTransactions(moduleUnit, (core, moduleEm) -> {
            Services s = services(core, actor);
            return work.apply(new MergeService(
                    new JpaMergeRepository(core),
                    s.organisations(),
                    s.contacts(),
                    s.changeLog(),
                    actor,
                    List.of(module.apply(moduleEm)),
                    List.of()));
        });
    }

    /** The organisation import, on the same services, in one transaction. */
    public <T> T importing(Actor actor, Function<OrganisationImport, T> work) {
        return db.inTransaction(em -> {
            Services s = services(em, actor);
            return work.apply(new OrganisationImport(s.organisations(), new JpaOrganisationRepository(em), actor));
        });
    }

    /** The people import, on the same services, in one transaction. */
    public <T> T importingPeople(Actor actor, Function<PersonImport, T> work) {
        return db.inTransaction(em -> {
            Services s = services(em, actor);
            return work.apply(new PersonImport(
                    s.contacts(),
                    new JpaContactRepository(em),
                    s.organisations(),
                    new JpaOrganisationRepository(em),
                    actor));
        });
    }

    /** The engagement import, on the same services, in one transaction. */
    public <T> T importingEngagements(Actor actor, Function<EngagementImport, T> work) {
        return db.inTransaction(em -> {
            Services s = services(em, actor);
            return work.apply(new EngagementImport(
                    s.engagements(),
                    new JpaEngagementRepository(em),
                    new JpaContactRepository(em),
                    s.organisations(),
                    new JpaOrganisationRepository(em),
                    actor));
        });
    }

    /** The saved import mappings, in one transaction. */
    public <T> T savedMappings(Actor actor, Function<SavedMappings, T> work) {
        return db.inTransaction(em -> work.apply(new SavedMappings(em, new ChangeLog(em, actor), actor)));
    }

    /** Rows of the core's tables that name the organisation (itself, its branches, and everything recorded on it). */
    public long coreRowsNaming(long organisationId) {
        return db.inTransaction(em -> {
            long total = 0;
            for (String sql : List.of(
                    "SELECT COUNT(*) FROM affiliation WHERE organisation_id = ?1",
                    "SELECT COUNT(*) FROM engagement WHERE organisation_id = ?1",
                    "SELECT COUNT(*) FROM audit WHERE organisation_id = ?1",
                    "SELECT COUNT(*) FROM agreement_party WHERE organisation_id = ?1",
                    "SELECT COUNT(*) FROM safeguarding_profile WHERE organisation_id = ?1",
                    "SELECT COUNT(*) FROM training_session_organisation WHERE organisation_id = ?1",
                    "SELECT COUNT(*) FROM organisation WHERE parent_id = ?1 OR id = ?1")) {
                total += ((Number) em.createNativeQuery(sql)
                                .setParameter(1, organisationId)
                                .getSingleResult())
                        .longValue();
            }
            return total;
        });
    }

    private Services services(EntityManager em, Actor actor) {
        ChangeLog log = new ChangeLog(em, actor);
        JpaOrganisationRepository organisationRepository = new JpaOrganisationRepository(em);
        OrganisationService organisations = new OrganisationService(organisationRepository, types, log, actor);
        JpaContactRepository people = new JpaContactRepository(em);
        ContactService contacts = new ContactService(people, organisations, log, modules, actor, personReferences);
        JpaSafeguardingRepository safeguarding = new JpaSafeguardingRepository(em);
        SafeguardingPermissions permissions = new SafeguardingPermissions(organisations, actor);
        return new Services(
                organisations,
                contacts,
                new EngagementService(new JpaEngagementRepository(em), organisations, contacts, log, actor),
                new ProfileService(safeguarding, permissions, contacts, log, actor),
                new AuditService(safeguarding, permissions, contacts, log, actor),
                new AuditTemplateService(safeguarding, permissions, log, actor),
                TrainingServices.on(em, new TrainingCatalogue(modules), organisations, contacts, log, actor),
                log,
                actor);
    }

    public static OrganisationDetails organisation(String name, String type, String postcode) {
        return details(name, type, postcode, OrganisationStatus.PROSPECT, null);
    }

    /** An active organisation with a lead officer: the one reminders go to. */
    public static OrganisationDetails activeOrganisation(
            String name, String type, String postcode, String leadOfficer) {
        return details(name, type, postcode, OrganisationStatus.ACTIVE, leadOfficer);
    }

    private static OrganisationDetails details(
            String name, String type, String postcode, OrganisationStatus status, String leadOfficer) {
        return new OrganisationDetails(
                name,
                type,
                "1 High Street",
                null,
                "Doncaster",
                postcode,
                "Town",
                null,
                null,
                null,
                status,
                leadOfficer,
                Set.of(),
                null,
                null);
    }
}
