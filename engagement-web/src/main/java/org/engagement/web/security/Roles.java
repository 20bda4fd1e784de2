package org.engagement.web.security;

import org.engagement.core.user.Role;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}; each equals the name of a
 * {@link Role} (a unit test holds them together).
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String FAITH_LEAD = "FAITH_LEAD";
    public static final String INDUSTRY_LEAD = "INDUSTRY_LEAD";
    public static final String LICENSING_OFFICER = "LICENSING_OFFICER";
    public static final String VIEWER = "VIEWER";
    public static final String API_CLIENT = "API_CLIENT";

    private Roles() {
    }
}
