package org.engagement.core.merge;

/** Two people who may be the same, and why they were paired. */
public record PossibleDuplicatePerson(long firstId, String firstName, long secondId, String secondName, String reason)
        implements java.io.Serializable {}
