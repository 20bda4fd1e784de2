package org.engagement.core.security;

/**
 * One page of the security log as an administrator asks for it: words found in the username, actor or address
 * (may be null), one kind of event (null for all), the column to sort by (null for newest first; unknown names are
 * ignored) and which rows.
 */
public record SecurityLogQuery(
        String search, SecurityEventType type, String sortBy, boolean descending, int first, int max) {

    public SecurityLogQuery {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Ask for at least one row, from row 0 on.");
        }
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static SecurityLogQuery newest(int max) {
        return new SecurityLogQuery(null, null, null, true, 0, max);
    }
}
