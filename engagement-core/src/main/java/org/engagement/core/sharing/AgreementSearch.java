package org.engagement.core.sharing;

import org.engagement.core.organisation.Sector;

/**
 * A filter on the register and the page wanted. {@code status} is the status users see, so
 * {@link AgreementStatus#REVIEW_DUE} finds active agreements whose review date is within the window.
 * {@code sortBy} is one of title, reference, status, reviewDate, startDate, endDate, owner.
 */
public record AgreementSearch(
        String q,
        AgreementStatus status,
        Long organisationId,
        Sector sector,
        int first,
        int size,
        String sortBy,
        boolean descending) {

    public AgreementSearch {
        first = Math.max(0, first);
        size = size <= 0 ? 25 : Math.min(size, 500);
        sortBy = sortBy == null || sortBy.isBlank() ? "reviewDate" : sortBy;
    }

    public static AgreementSearch all() {
        return new AgreementSearch(null, null, null, null, 0, 500, null, false);
    }
}
