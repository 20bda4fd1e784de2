package org.engagement.core.merge;

/** Two organisations that may be the same, and why they were paired. */
public record PossibleDuplicate(
        long firstId,
        String firstName,
        String firstPostcode,
        long secondId,
        String secondName,
        String secondPostcode,
        String reason)
        implements java.io.Serializable {}
