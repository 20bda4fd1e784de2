package org.engagement.core.organisation;

/**
 * Filters, sort and page of an organisation list. Null or blank filters do not filter. {@code sortBy} is one
 * of {@link #SORTABLE}; {@code q} searches name, town and postcode. {@code trainingLevel} is a training level code:
 * only organisations whose training level (the highest valid level any of its people holds) is that level or higher.
 */
public record OrganisationSearch(
        String q,
        String name,
        String type,
        Sector sector,
        OrganisationStatus status,
        String postcodePrefix,
        String leadOfficer,
        String trainingLevel,
        String sortBy,
        boolean descending,
        int first,
        int size) {

    public static final java.util.List<String> SORTABLE =
            java.util.List.of("name", "type", "sector", "status", "postcode", "leadOfficer", "town");
    public static final int MAX_PAGE = 500;

    public OrganisationSearch {
        first = Math.max(0, first);
        size = size <= 0 ? 25 : Math.min(size, MAX_PAGE);
        sortBy = sortBy != null && SORTABLE.contains(sortBy) ? sortBy : "name";
    }

    /** A search without a training level filter, as most callers need. */
    public OrganisationSearch(
            String q,
            String name,
            String type,
            Sector sector,
            OrganisationStatus status,
            String postcodePrefix,
            String leadOfficer,
            String sortBy,
            boolean descending,
            int first,
            int size) {
        this(q, name, type, sector, status, postcodePrefix, leadOfficer, null, sortBy, descending, first, size);
    }

    /** Whether a free-text or name filter applies: a search for part of a word, which no index can serve. */
    public boolean searchesText() {
        return q != null && !q.isBlank() || name != null && !name.isBlank();
    }

    public static OrganisationSearch all() {
        return new OrganisationSearch(null, null, null, null, null, null, null, null, false, 0, 25);
    }
}
