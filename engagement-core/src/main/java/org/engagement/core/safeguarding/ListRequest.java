package org.engagement.core.safeguarding;

/**
 * One page of a safeguarding list as the reader asks for it: words to search for (may be null), the column to sort
 * by (null for the list's usual order; unknown names are ignored) and which rows.
 */
public record ListRequest(String search, String sortBy, boolean descending, int first, int max) {

    public ListRequest {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Ask for at least one row, from row 0 on.");
        }
        search = search == null || search.isBlank() ? null : search.strip();
    }

    public static ListRequest firstPage(int max) {
        return new ListRequest(null, null, false, 0, max);
    }
}
