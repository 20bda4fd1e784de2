package org.engagement.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;
import org.engagement.core.user.SignedInUser;

/** The signed-in person, for the layout and for rendering only what their roles allow. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private Actor actor;

    @Inject
    private CredentialCheck credentials;

    public String getUsername() {
        return actor.username();
    }

    public String getDisplayName() {
        return credentials
                .current(actor.username())
                .map(SignedInUser::displayName)
                .orElse(actor.username());
    }

    public boolean hasRole(String role) {
        return actor.hasRole(Role.valueOf(role));
    }

    public boolean isSignedIn() {
        return !SecurityContextActor.SYSTEM.equals(actor.username());
    }

    /** The user's roles in words, in a stable order. */
    public List<String> getRoleLabels() {
        return credentials.current(actor.username()).stream()
                .flatMap(u -> u.roles().stream())
                .sorted()
                .map(Role::label)
                .toList();
    }
}
