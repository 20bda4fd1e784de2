package org.engagement.plugins.taxi.domain;

/** Licences expiring in the next {@code days} days, and how many of those drivers may not be renewed. */
public record RenewalsDue(int days, long expiring, long notEligible) {}
