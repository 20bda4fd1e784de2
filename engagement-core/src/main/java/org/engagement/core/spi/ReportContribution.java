package org.engagement.core.spi;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.user.Role;

/** A report a module offers: a page ({@code view}) that shows figures computed from records, with export. */
public record ReportContribution(String id, String title, String description, String view, Set<Role> roles) {

    public ReportContribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(view, "view");
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
