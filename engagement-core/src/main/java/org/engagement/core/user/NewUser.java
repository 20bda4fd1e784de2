package org.engagement.core.user;

import java.util.Set;

/** What an administrator supplies to create an account. */
public record NewUser(String username, String displayName, Set<Role> roles, char[] password) {}
