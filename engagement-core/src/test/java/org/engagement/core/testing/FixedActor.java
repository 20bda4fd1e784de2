package org.engagement.core.testing;

import java.util.Set;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/** A signed-in user for container-free tests. */
public record FixedActor(String username, Set<Role> roles) implements Actor {

    public static FixedActor admin() {
        return new FixedActor("admin", Set.of(Role.ADMIN));
    }
}
