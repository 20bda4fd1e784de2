package org.engagement.plugins.taxi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.spi.DashboardWidget;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.spi.DemoSeed;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.MenuEntry;
import org.engagement.core.spi.OrganisationTab;
import org.engagement.core.spi.PageAccess;
import org.engagement.core.spi.PeopleRegister;
import org.engagement.core.spi.RegisterRecords;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.TrainingAudience;
import org.engagement.core.user.Role;
import org.engagement.plugins.taxi.application.FirstUse;
import org.engagement.plugins.taxi.application.TaxiDemo;
import org.engagement.plugins.taxi.application.TaxiFigures;
import org.engagement.plugins.taxi.persistence.TaxiRepository;

/**
 * Taxi and private hire licensing: the driver register, drivers' safeguarding training, and the licensing
 * officer's check that a driver's training is valid for renewal.
 */
@ApplicationScoped
public class TaxiModule implements SectorModule {

    public static final String ID = "taxi";

    /** The national safeguarding course for drivers, which the default renewal rule names; added at start-up. */
    public static final RegisterRecords.ModuleCourse DRIVER_COURSE = new RegisterRecords.ModuleCourse(
            "TAXI-CSE",
            "Safeguarding and child sexual exploitation awareness for taxi and private hire drivers",
            "AWARENESS",
            36);

    public static final String OPERATOR = "TAXI_OPERATOR";
    public static final String DRIVERS_AUDIENCE = "TAXI_DRIVERS";
    public static final Set<Role> READERS = RoleSets.LICENSING;
    public static final Set<Role> CHECKERS = RoleSets.LICENSING_CALLERS;
    public static final Set<Role> IMPORTERS = RoleSets.INDUSTRY_EDITORS;
    public static final Set<Role> ADMINS = RoleSets.ADMINS;
    /** Checklists: the licensing officer's work (and an administrator's). */
    public static final Set<Role> CHECKLISTERS = RoleSets.LICENSING_OFFICERS;

    @Inject
    private TaxiRepository repository;

    @Inject
    private TaxiFigures figures;

    @Inject
    private TaxiDemo demo;

    @Inject
    private FirstUse firstUse;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Taxi and private hire";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public List<OrganisationType> organisationTypes() {
        return List.of(new OrganisationType(OPERATOR, "Taxi or private hire operator", Sector.INDUSTRY));
    }

    @Override
    public List<TrainingAudience> trainingAudiences() {
        return List.of(new TrainingAudience(DRIVERS_AUDIENCE, "Taxi and private hire drivers", Sector.INDUSTRY));
    }

    /** An operator's page lists its licensed drivers. */
    @Override
    public List<OrganisationTab> organisationTabs() {
        return List.of(new OrganisationTab(
                "taxi-drivers", "Drivers", "/taxi/operator-tab.xhtml", 40, READERS, Set.of(OPERATOR)));
    }

    /** Renewals coming up and the share of drivers trained, on the home page of those who do licensing work. */
    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(
                new DashboardWidget("taxi-renewals", "Taxi licensing", "/taxi/dashboard-widget.xhtml", 10, READERS));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                MenuEntry.group("taxi", "Taxi licensing", "pi pi-car", 40, READERS),
                new MenuEntry(
                        "taxi-check", "taxi", "Renewal check", "/taxi/check.xhtml", "pi pi-check-circle", 1, READERS),
                new MenuEntry(
                        "taxi-bulk", "taxi", "Bulk renewal check", "/taxi/bulk.xhtml", "pi pi-list-check", 2, READERS),
                new MenuEntry(
                        "taxi-coverage",
                        "taxi",
                        "Training coverage",
                        "/taxi/coverage.xhtml",
                        "pi pi-chart-line",
                        4,
                        READERS),
                new MenuEntry(
                        "taxi-drivers", "taxi", "Licensed drivers", "/taxi/drivers.xhtml", "pi pi-id-card", 0, READERS),
                new MenuEntry("taxi-rule", "taxi", "Renewal rule", "/taxi/rule.xhtml", "pi pi-cog", 5, ADMINS),
                new MenuEntry(
                        "taxi-check-log",
                        "taxi",
                        "Renewal check log",
                        "/taxi/check-log.xhtml",
                        "pi pi-history",
                        6,
                        ADMINS),
                new MenuEntry(
                        "taxi-import",
                        "taxi",
                        "Import register and training",
                        "/taxi/import.xhtml",
                        "pi pi-upload",
                        3,
                        IMPORTERS));
    }

    /** The module's pages are for licensing work; the menu adds its narrower pages (rule, log, import). */
    @Override
    public List<PageAccess> pageAccess() {
        return List.of(new PageAccess("/taxi/*", READERS), new PageAccess("/taxi/checklist.xhtml", CHECKLISTERS));
    }

    /** Licensed drivers are people of the register: only those who may read the register see them in the core. */
    @Override
    public List<PeopleRegister> peopleRegisters() {
        return List.of(new PeopleRegister() {
            @Override
            public Set<Role> readers() {
                return READERS;
            }

            @Override
            public Set<Long> registered(Collection<Long> personIds) {
                return repository.driversAmong(personIds);
            }
        });
    }

    /** The share of licensed drivers with valid training, for the scorecard and actions' measures. */
    @Override
    public List<FigureContribution> figures() {
        return List.of(figures.driversTrained());
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/taxi/changelog.xml");
    }

    @Override
    public void seedDemo(DemoSeed seed, DemoRecords records) {
        demo.seed(seed, records);
    }

    /**
     * The course and the check's rows before the demo's one transaction: inside it, adding the course in a transaction
     * of its own would wait for the history the demo holds locked.
     */
    @Override
    public void prepare() {
        firstUse.prepare();
    }
}
