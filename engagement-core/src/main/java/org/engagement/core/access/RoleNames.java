package org.engagement.core.access;

import org.engagement.core.user.Role;

/**
 * Role names as compile-time constants for {@code @RolesAllowed} (an annotation cannot take a {@link Role} or a
 * set). Each equals the name of a {@link Role}, and every annotation's list equals one of the {@link RoleSets}:
 * tests hold both.
 */
public final class RoleNames {

    public static final String ADMIN = "ADMIN";
    public static final String FAITH_LEAD = "FAITH_LEAD";
    public static final String INDUSTRY_LEAD = "INDUSTRY_LEAD";
    public static final String LICENSING_OFFICER = "LICENSING_OFFICER";
    public static final String VIEWER = "VIEWER";
    public static final String DATA_PROTECTION_OFFICER = "DATA_PROTECTION_OFFICER";
    public static final String API_CLIENT = "API_CLIENT";

    private RoleNames() {}
}
