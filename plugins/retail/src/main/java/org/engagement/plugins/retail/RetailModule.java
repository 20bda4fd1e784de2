package org.engagement.plugins.retail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.spi.DemoRecords;
import org.engagement.core.spi.DemoSeed;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.MenuEntry;
import org.engagement.core.spi.OrganisationTab;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.TrainingAudience;
import org.engagement.core.user.Role;

/**
 * Retail and the night-time economy: takeaways, shops, shopping centres, transport hubs, leisure, hotels and
 * licensed premises; awareness visits, hotspots and the coverage of premises by type and area.
 */
@ApplicationScoped
public class RetailModule implements SectorModule {

    public static final String ID = "retail";
    static final List<OrganisationType> TYPES = List.of(
            new OrganisationType("TAKEAWAY", "Takeaway", Sector.INDUSTRY),
            new OrganisationType("RETAILER", "Shop or retailer", Sector.INDUSTRY),
            new OrganisationType("SHOPPING_CENTRE", "Shopping centre", Sector.INDUSTRY),
            new OrganisationType("TRANSPORT_HUB", "Transport interchange", Sector.INDUSTRY),
            new OrganisationType("LEISURE", "Leisure centre or trust", Sector.INDUSTRY),
            new OrganisationType("HOTEL", "Hotel", Sector.INDUSTRY),
            new OrganisationType("LICENSED_PREMISES", "Licensed premises (pub, bar, club)", Sector.INDUSTRY));
    public static final Set<String> TYPE_CODES =
            TYPES.stream().map(OrganisationType::code).collect(Collectors.toUnmodifiableSet());
    static final Set<Role> READERS = RoleSets.INDUSTRY_WATCHERS;

    @Inject
    private RetailFigures figures;

    @Inject
    private RetailDemo demo;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Retail and night-time economy";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<OrganisationType> organisationTypes() {
        return TYPES;
    }

    @Override
    public List<TrainingAudience> trainingAudiences() {
        return List.of(new TrainingAudience(
                "BUSINESS_STAFF", "Business staff (shops, takeaways, hotels, licensed premises)", Sector.INDUSTRY));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(new MenuEntry(
                "retail-coverage",
                null,
                "Retail coverage",
                "/retail/coverage.xhtml",
                "pi pi-shopping-bag",
                50,
                READERS));
    }

    @Override
    public List<OrganisationTab> organisationTabs() {
        return List.of(new OrganisationTab(
                "retail", "Premises and visits", "/retail/organisation-tab.xhtml", 45, READERS, TYPE_CODES));
    }

    /** Premises visited and hotspot concerns, for the scorecard and actions' measures. */
    @Override
    public List<FigureContribution> figures() {
        return figures.figures();
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/retail/changelog.xml");
    }

    @Override
    public void seedDemo(DemoSeed seed, DemoRecords records) {
        demo.seed(seed, records);
    }
}
