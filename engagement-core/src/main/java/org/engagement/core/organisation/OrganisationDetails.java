package org.engagement.core.organisation;

import java.util.Set;

/**
 * What a user enters about an organisation. Component names equal the field names in errors, so forms can
 * show each problem beside its field. {@code parentId} is the organisation this one is a branch of, if any.
 */
public record OrganisationDetails(
        String name,
        String type,
        String addressLine1,
        String addressLine2,
        String town,
        String postcode,
        String ward,
        String phone,
        String email,
        String website,
        OrganisationStatus status,
        String leadOfficer,
        Set<String> tags,
        String notes,
        Long parentId) {

    public OrganisationDetails {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** The same details with other notes (the stored ones, where masked notes came back unchanged). */
    public OrganisationDetails withNotes(String notes) {
        return new OrganisationDetails(
                name,
                type,
                addressLine1,
                addressLine2,
                town,
                postcode,
                ward,
                phone,
                email,
                website,
                status,
                leadOfficer,
                tags,
                notes,
                parentId);
    }

    /** An active organisation known only by its name, type, town and lead officer (any may be null but the first two). */
    public static OrganisationDetails active(String name, String type, String town, String leadOfficer, String notes) {
        return new OrganisationDetails(
                name,
                type,
                null,
                null,
                town,
                null,
                null,
                null,
                null,
                null,
                OrganisationStatus.ACTIVE,
                leadOfficer,
                Set.of(),
                notes,
                null);
    }
}
