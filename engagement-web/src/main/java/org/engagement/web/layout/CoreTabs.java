package org.engagement.web.layout;

import java.util.List;
import org.engagement.core.spi.OrganisationTab;

/**
 * Organisation-page tabs of core features, in the same shape sector modules contribute theirs, so that a
 * core feature (training, safeguarding, agreements) adds its tab by listing it here rather than by editing
 * {@code organisations/view.xhtml}. People, Engagements and History stay written into the page itself
 * because every organisation has them.
 */
final class CoreTabs {

    private CoreTabs() {
    }

    static List<OrganisationTab> entries() {
        return List.of();
    }
}
