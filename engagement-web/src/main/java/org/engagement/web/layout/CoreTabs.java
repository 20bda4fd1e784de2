package org.engagement.web.layout;

import java.util.List;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.spi.OrganisationTab;

/**
 * Organisation-page tabs of core features, in the same shape sector modules contribute theirs, so that a
 * core feature (training, safeguarding, agreements) adds its tab by listing it here rather than by editing
 * {@code organisations/view.xhtml}. People, Engagements and History stay written into the page itself
 * because every organisation has them.
 */
final class CoreTabs {

    private CoreTabs() {}

    static List<OrganisationTab> entries() {
        return List.of(
                new OrganisationTab(
                        "training",
                        "Training",
                        "/WEB-INF/organisation-tabs/training.xhtml",
                        10,
                        RoleSets.TRAINING_READERS,
                        Set.of()),
                new OrganisationTab(
                        "safeguarding",
                        "Safeguarding",
                        "/WEB-INF/organisation-tabs/safeguarding.xhtml",
                        20,
                        RoleSets.AUDIT_READERS,
                        Set.of()),
                new OrganisationTab(
                        "agreements",
                        "Agreements",
                        "/WEB-INF/organisation-tabs/agreements.xhtml",
                        30,
                        RoleSets.AGREEMENT_READERS,
                        Set.of()));
    }
}
