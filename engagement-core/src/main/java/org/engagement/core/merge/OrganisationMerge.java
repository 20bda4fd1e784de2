package org.engagement.core.merge;

import java.util.Set;

/**
 * Two organisations that are the same: the survivor keeps its id, takes the fields listed from the one removed, and
 * everything that pointed at the one removed. Both versions are the ones the administrator saw, so neither can have
 * changed since.
 */
public record OrganisationMerge(
        long survivorId, long survivorVersion, long removedId, long removedVersion, Set<String> fieldsFromRemoved) {

    /** The fields whose value the administrator chooses between; tags are always combined. */
    public static final Set<String> FIELDS = Set.of(
            "name",
            "type",
            "addressLine1",
            "addressLine2",
            "town",
            "postcode",
            "ward",
            "phone",
            "email",
            "website",
            "status",
            "leadOfficer",
            "notes");

    public OrganisationMerge {
        fieldsFromRemoved = fieldsFromRemoved == null ? Set.of() : Set.copyOf(fieldsFromRemoved);
    }
}
