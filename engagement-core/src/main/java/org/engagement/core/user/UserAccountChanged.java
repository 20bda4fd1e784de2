package org.engagement.core.user;

/** Fired after an account's password, roles or enabled flag change, so cached credentials can be dropped. */
public record UserAccountChanged(String username) {}
