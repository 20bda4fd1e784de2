package org.engagement.plugins.housing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.organisation.Sector;
import org.engagement.core.spi.MenuEntry;
import org.engagement.core.spi.OrganisationTab;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.TrainingAudience;
import org.engagement.core.user.Role;

/**
 * The housing sector: private landlords and letting agents, how many properties they let and whether they
 * belong to a licensing scheme, and the property inspectors who are trained to spot exploitation. The
 * smallest complete module; plugins/README.md walks through it.
 */
@ApplicationScoped
public class HousingModule implements SectorModule {

    public static final String ID = "housing";
    public static final String LANDLORD = "LANDLORD";
    public static final String LETTING_AGENT = "LETTING_AGENT";
    static final Set<String> TYPES = Set.of(LANDLORD, LETTING_AGENT);
    static final Set<Role> READERS = RoleSets.INDUSTRY_WATCHERS;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Housing";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<OrganisationType> organisationTypes() {
        return List.of(
                new OrganisationType(LANDLORD, "Private landlord", Sector.INDUSTRY),
                new OrganisationType(LETTING_AGENT, "Letting agent", Sector.INDUSTRY));
    }

    @Override
    public List<TrainingAudience> trainingAudiences() {
        return List.of(new TrainingAudience(
                "PROPERTY_INSPECTORS", "Property inspectors (Home Safety Scheme)", Sector.INDUSTRY));
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(
                new MenuEntry("housing-summary", null, "Housing", "/housing/summary.xhtml", "pi pi-home", 60, READERS));
    }

    @Override
    public List<OrganisationTab> organisationTabs() {
        return List.of(
                new OrganisationTab("housing", "Housing", "/housing/organisation-tab.xhtml", 50, READERS, TYPES));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("db/changelog/housing/changelog.xml");
    }
}
