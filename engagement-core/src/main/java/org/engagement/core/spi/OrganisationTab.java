package org.engagement.core.spi;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.user.Role;

/**
 * A tab on the organisation page. {@code fragment} is a Facelets file the module ships under
 * {@code META-INF/resources/}, e.g. {@code /housing/organisation-tab.xhtml}; it is included inside the tab
 * with the organisation, an {@link OrganisationRef}, in the EL variable {@code organisation}. Shown to users holding one of {@code roles},
 * and only on organisations of the listed {@code organisationTypes} (codes; empty means every type).
 */
public record OrganisationTab(
        String id, String title, String fragment, int order, Set<Role> roles, Set<String> organisationTypes) {

    public OrganisationTab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fragment, "fragment");
        roles = Set.copyOf(roles);
        organisationTypes = Set.copyOf(organisationTypes);
    }

    public boolean shownFor(String organisationType, Set<Role> userRoles) {
        return (organisationTypes.isEmpty() || organisationTypes.contains(organisationType))
                && userRoles.stream().anyMatch(roles::contains);
    }
}
