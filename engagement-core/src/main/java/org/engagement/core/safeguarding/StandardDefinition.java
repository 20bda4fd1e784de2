package org.engagement.core.safeguarding;

/** One standard of a template: what it asks, how to judge it, what evidence looks like, and whether it is critical. */
public record StandardDefinition(String code, String title, String guidance, String evidence, boolean critical) {}
