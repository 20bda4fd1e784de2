package org.engagement.web.layout;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Actor;
import org.engagement.core.spi.OrganisationTab;
import org.engagement.core.spi.SectorModules;

/**
 * The contributed tabs of the organisation page: core features' and every sector module's, ordered. The page
 * builds all the user's tabs once and shows each only on the organisation types it names, because the
 * organisation is loaded after the page is built.
 */
@Named
@RequestScoped
public class OrganisationPageTabs {

    @Inject
    private SectorModules modules;

    @Inject
    private Actor actor;

    private List<OrganisationTab> tabs = List.of();

    @PostConstruct
    void collect() {
        List<OrganisationTab> all = new ArrayList<>(CoreTabs.entries());
        all.addAll(modules.organisationTabs());
        all.removeIf(tab -> actor.roles().stream().noneMatch(tab.roles()::contains));
        all.sort(Comparator.comparingInt(OrganisationTab::order).thenComparing(OrganisationTab::title));
        tabs = List.copyOf(all);
    }

    /** Every tab the signed-in user may see on some organisation. */
    public List<OrganisationTab> getAll() {
        return tabs;
    }

    public boolean shown(OrganisationTab tab, Organisation organisation) {
        return organisation != null && tab.shownFor(organisation.getTypeCode(), actor.roles());
    }
}
