package org.engagement.plugins.housing;

/** Landlords and letting agents in one licensing scheme, and the properties they let. */
public record SchemeCount(String scheme, long landlords, long properties) {}
