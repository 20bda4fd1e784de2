package org.engagement.core.user;

import java.util.Set;

/** The result of a successful password check: who signed in and the roles they hold. */
public record SignedInUser(String username, String displayName, Set<Role> roles) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }
}
