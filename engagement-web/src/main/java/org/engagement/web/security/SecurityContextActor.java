package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/** The core's {@link Actor}: whoever the container says is calling, or "system" outside a request. */
@ApplicationScoped
public class SecurityContextActor implements Actor {

    public static final String SYSTEM = "system";

    @Inject
    private SecurityContext security;

    @Inject
    private BeanManager beans;

    @Override
    public String username() {
        Principal caller = caller();
        return caller == null ? SYSTEM : caller.getName();
    }

    @Override
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (caller() != null) {
            for (Role role : Role.values()) {
                if (security.isCallerInRole(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** One policy question rather than one per role: services ask this on every call. */
    @Override
    public boolean hasRole(Role role) {
        return caller() != null && security.isCallerInRole(role.name());
    }

    private Principal caller() {
        if (!inRequest()) {
            return null; // start-up work: asking the security context would only log a warning
        }
        try {
            return security.getCallerPrincipal();
        } catch (IllegalStateException noRequest) {
            return null;
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException inactive) {
            return false;
        }
    }
}
