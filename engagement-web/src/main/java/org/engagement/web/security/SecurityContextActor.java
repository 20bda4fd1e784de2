package org.engagement.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import org.engagement.core.shared.Actor;
import org.engagement.core.user.Role;

/** The core's {@link Actor}: whoever the container says is calling, or "system" outside a request. */
@ApplicationScoped
public class SecurityContextActor implements Actor {

    public static final String SYSTEM = "system";

    /** Roles the application's own start-up work holds on this thread (see {@link #runAsSystem}); never a request's. */
    private static final ThreadLocal<Set<Role>> SYSTEM_ROLES = new ThreadLocal<>();

    /**
     * Runs start-up work (the demo seed) as {@value #SYSTEM} holding {@code roles}, so that it goes through the same
     * services and checks as users' work and its changes are attributed to "system". Outside any request only: a
     * request's caller is always the container's.
     */
    public static <T> T runAsSystem(Set<Role> roles, java.util.function.Supplier<T> work) {
        SYSTEM_ROLES.set(EnumSet.copyOf(roles));
        try {
            return work.get();
        } finally {
            SYSTEM_ROLES.remove();
        }
    }

    @Inject
    private SecurityContext security;

    @Inject
    private BeanManager beans;

    @Inject
    private HttpServletRequest request;

    @Override
    public String username() {
        Principal caller = caller();
        return caller == null ? SYSTEM : caller.getName();
    }

    @Override
    public Set<Role> roles() {
        Set<Role> established = establishedRoles();
        if (established != null) {
            return established.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(established);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (!inRequest() && SYSTEM_ROLES.get() != null) {
            return EnumSet.copyOf(SYSTEM_ROLES.get());
        }
        if (caller() != null) {
            for (Role role : Role.values()) {
                if (security.isCallerInRole(role.name())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /** Services ask this on every call: the roles the authentication put on the request, else one policy question. */
    @Override
    public boolean hasRole(Role role) {
        Set<Role> established = establishedRoles();
        if (established != null) {
            return established.contains(role);
        }
        if (!inRequest() && SYSTEM_ROLES.get() != null) {
            return SYSTEM_ROLES.get().contains(role);
        }
        return caller() != null && security.isCallerInRole(role.name());
    }

    /** The roles {@link EngagementAuthentication} established for this request's caller, or null if it did not. */
    @SuppressWarnings("unchecked")
    private Set<Role> establishedRoles() {
        if (!inRequest()) {
            return null;
        }
        try {
            return (Set<Role>) request.getAttribute(EngagementAuthentication.ROLES);
        } catch (IllegalStateException noServletRequest) {
            return null; // a request scope without a servlet request (e.g. a CDI-activated one)
        }
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
