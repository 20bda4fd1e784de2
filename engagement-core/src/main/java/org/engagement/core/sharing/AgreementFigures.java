package org.engagement.core.sharing;

import java.io.Serializable;
import java.util.List;

/**
 * The register's figures for the dashboard, counted from the records. {@code withoutAgreement} lists (the
 * first few of) the organisations of the expected types that have no active agreement.
 */
public record AgreementFigures(
        long active,
        long dueForReview,
        long overdue,
        int reviewWindowDays,
        long organisationsWithoutAgreement,
        List<OrganisationWithout> withoutAgreement)
        implements Serializable {

    public record OrganisationWithout(long id, String name, String typeCode) implements Serializable {}
}
