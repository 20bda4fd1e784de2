package org.engagement.web.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.engagement.core.spi.OrganisationTab;
import org.engagement.core.user.Role;

/**
 * Organisation-page tabs of core features, in the same shape sector modules contribute theirs, so that a
 * core feature (training, safeguarding, agreements) adds its tab by listing it here rather than by editing
 * {@code organisations/view.xhtml}. People, Engagements and History stay written into the page itself
 * because every organisation has them.
 */
final class CoreTabs {

    private CoreTabs() {
    }

    /** Training, safeguarding and agreements are for the leads, administrators and viewers; never licensing officers. */
    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.FAITH_LEAD, Role.INDUSTRY_LEAD, Role.VIEWER);

    static List<OrganisationTab> entries() {
        return List.of(
                new OrganisationTab("training", "Training", "/WEB-INF/organisation-tabs/training.xhtml", 10, READERS, Set.of()),
                new OrganisationTab("safeguarding", "Safeguarding", "/WEB-INF/organisation-tabs/safeguarding.xhtml", 20, READERS, Set.of()),
                new OrganisationTab("agreements", "Agreements", "/WEB-INF/organisation-tabs/agreements.xhtml", 30, READERS, Set.of()));
    }
}
