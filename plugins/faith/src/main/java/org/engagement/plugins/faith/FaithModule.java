package org.engagement.plugins.faith;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.spi.AuditTemplateContribution;
import org.engagement.core.spi.DashboardWidget;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.spi.DemoSeed;
import org.engagement.core.spi.MenuEntry;
import org.engagement.core.spi.OrganisationTab;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.TrainingAudience;
import org.engagement.core.user.Role;

/**
 * Faith and culture: places of worship and madrassas, the communities they serve, each one's engagement
 * pathway, and the audit template for supplementary schools.
 */
@ApplicationScoped
public class FaithModule implements SectorModule {

    @Inject
    private FaithDemo demo;

    public static final String ID = "faith";
    static final List<OrganisationType> TYPES = List.of(
            new OrganisationType("MOSQUE", "Mosque", Sector.FAITH),
            new OrganisationType("MADRASSA", "Madrassa or supplementary school", Sector.FAITH),
            new OrganisationType("CHURCH", "Church", Sector.FAITH),
            new OrganisationType("GURDWARA", "Gurdwara", Sector.FAITH),
            new OrganisationType("TEMPLE", "Temple", Sector.FAITH),
            new OrganisationType("FAITH_OTHER", "Other faith or cultural setting", Sector.FAITH));
    public static final Set<String> TYPE_CODES =
            Set.of("MOSQUE", "MADRASSA", "CHURCH", "GURDWARA", "TEMPLE", "FAITH_OTHER");
    static final Set<Role> READERS = RoleSets.ALL_SECTOR_READERS;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Faith and culture";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<OrganisationType> organisationTypes() {
        return TYPES;
    }

    @Override
    public List<TrainingAudience> trainingAudiences() {
        return List.of(
                new TrainingAudience("FAITH_LEADERS", "Faith leaders and volunteers", Sector.FAITH),
                new TrainingAudience(
                        "SUPPLEMENTARY_SCHOOL_STAFF", "Madrassa and supplementary school staff", Sector.FAITH));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(
                "faith-overview", null, "Faith overview", "/faith/overview.xhtml", "pi pi-sun", 40, READERS));
    }

    @Override
    public List<OrganisationTab> organisationTabs() {
        return List.of(new OrganisationTab(
                "faith", "Faith and community", "/faith/organisation-tab.xhtml", 40, READERS, TYPE_CODES));
    }

    @Override
    public List<DashboardWidget> dashboardWidgets() {
        return List.of(new DashboardWidget(
                "faith-pathway",
                "Faith settings by pathway step",
                "/faith/dashboard-widget.xhtml",
                10,
                RoleSets.FAITH_EDITORS));
    }

    @Override
    public List<AuditTemplateContribution> auditTemplates() {
        return List.of(SupplementarySchoolTemplate.TEMPLATE);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/faith/changelog.xml");
    }

    @Override
    public void seedDemo(DemoSeed seed, DemoRecords records) {
        demo.seed(seed, records);
    }
}
