package org.engagement.core.shared;

import java.util.Map;

/**
 * One page of a list as the reader asks for it, the one paged-query shape every list of the product takes: words to
 * search for (may be null), each column's filter by the column's name (empty values left out), the column to sort by
 * (null for the list's usual order; a service ignores names it does not know) and which rows.
 */
public record ListRequest(
        String search, Map<String, String> filters, String sortBy, boolean descending, int first, int max) {

    public ListRequest {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Ask for at least one row, from row 0 on.");
        }
        search = blankIsNull(search);
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    /** A request with no column filters. */
    public ListRequest(String search, String sortBy, boolean descending, int first, int max) {
        this(search, Map.of(), sortBy, descending, first, max);
    }

    public static ListRequest firstPage(int max) {
        return new ListRequest(null, null, false, 0, max);
    }

    /** The column's filter, or null when the reader set none. */
    public String filter(String column) {
        return blankIsNull(filters.get(column));
    }

    /**
     * The column's filter as one of the enum's constants, or null when none is set.
     *
     * @throws InvalidInputException naming the column when the value is none of them
     */
    public <E extends Enum<E>> E filter(String column, Class<E> type) {
        String value = filter(column);
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(column, "Choose one of the listed values.");
        }
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
