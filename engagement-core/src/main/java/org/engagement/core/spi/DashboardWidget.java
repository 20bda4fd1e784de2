package org.engagement.core.spi;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.user.Role;

/**
 * A panel on the home page: a Facelets fragment the module ships under {@code META-INF/resources/}, e.g.
 * {@code /faith/dashboard-widget.xhtml}, shown to users holding one of {@code roles}.
 */
public record DashboardWidget(String id, String title, String fragment, int order, Set<Role> roles) {

    public DashboardWidget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(fragment, "fragment");
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
