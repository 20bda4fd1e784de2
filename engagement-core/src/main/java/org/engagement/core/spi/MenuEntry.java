package org.engagement.core.spi;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.user.Role;

/**
 * One item of the main menu. {@code parent} is the id of the group it sits under (null for a top-level
 * entry); {@code view} is the page's path inside the application, e.g. {@code /taxi/check.xhtml}; a group
 * has no view. Shown only to users holding one of {@code roles}.
 */
public record MenuEntry(String id, String parent, String label, String view, String icon, int order, Set<Role> roles) {

    public MenuEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        roles = Set.copyOf(roles);
    }

    public static MenuEntry group(String id, String label, String icon, int order, Set<Role> roles) {
        return new MenuEntry(id, null, label, null, icon, order, roles);
    }

    public boolean isGroup() {
        return view == null;
    }

    public boolean visibleTo(Set<Role> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
