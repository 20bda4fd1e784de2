package org.engagement.core.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two organisations that are the same: the survivor keeps its id, takes the fields listed from the one removed, and
 * everything that pointed at the one removed. Both versions are the ones the administrator saw, so neither can have
 * changed since.
 */
public record OrganisationMerge(
        long survivorId, long survivorVersion, long removedId, long removedVersion, Set<String> fieldsFromRemoved) {

    /**
     * The fields whose value the administrator chooses between, in the order a form shows them, with their labels;
     * tags are always combined.
     */
    public static final Map<String, String> LABELS = labels();

    public static final Set<String> FIELDS = LABELS.keySet();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", "Name");
        labels.put("type", "Type");
        labels.put("status", "Status");
        labels.put("addressLine1", "Address line 1");
        labels.put("addressLine2", "Address line 2");
        labels.put("town", "Town");
        labels.put("postcode", "Postcode");
        labels.put("ward", "Ward or area");
        labels.put("phone", "Phone");
        labels.put("email", "Email");
        labels.put("website", "Website");
        labels.put("leadOfficer", "Lead officer");
        labels.put("notes", "Notes");
        return Collections.unmodifiableMap(labels);
    }

    public OrganisationMerge {
        fieldsFromRemoved = fieldsFromRemoved == null ? Set.of() : Set.copyOf(fieldsFromRemoved);
    }
}
