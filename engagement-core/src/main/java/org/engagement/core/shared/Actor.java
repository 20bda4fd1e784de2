package org.engagement.core.shared;

import java.util.Set;
import org.engagement.core.user.Role;

/**
 * Who is acting right now. The web module supplies it from the security context; a plain-library
 * caller or a test supplies its own. Services use it to attribute changes and to check roles.
 */
public interface Actor {

    /** The username, or {@code "system"} for work the application does by itself. */
    String username();

    Set<Role> roles();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    default boolean hasAnyRole(Role... candidates) {
        for (Role candidate : candidates) {
            if (hasRole(candidate)) {
                return true;
            }
        }
        return false;
    }
}
