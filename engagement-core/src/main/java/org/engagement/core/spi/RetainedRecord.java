package org.engagement.core.spi;

import java.time.LocalDate;

/**
 * A record the retention schedule will deal with: its id within its kind, the date its period counts from, and a short
 * description for the data protection officer's dry run (e.g. "Visit to Central Mosque").
 */
public record RetainedRecord(long id, LocalDate countsFrom, String description) {}
