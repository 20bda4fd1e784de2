package org.engagement.core.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Two people who are the same: the survivor keeps its id, takes the fields listed from the one removed, and everything
 * that pointed at the one removed. Both versions are the ones the administrator saw, so neither can have changed since.
 */
public record PersonMerge(
        long survivorId, long survivorVersion, long removedId, long removedVersion, Set<String> fieldsFromRemoved) {

    /**
     * The fields whose value the administrator chooses between, in the order a form shows them, with their labels.
     * {@code specialCategory} takes the health-or-ethnicity flag and the Article 9 and Schedule 1 conditions together:
     * they only make sense as one.
     */
    public static final Map<String, String> LABELS = labels();

    public static final Set<String> FIELDS = LABELS.keySet();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("name", "Name");
        labels.put("phone", "Phone");
        labels.put("email", "Email");
        labels.put("preferredLanguage", "Preferred language");
        labels.put("gender", "Gender");
        labels.put("lawfulBasis", "Lawful basis");
        labels.put("consentNotes", "Consent notes");
        labels.put("specialCategory", "Special category data and its conditions");
        return Collections.unmodifiableMap(labels);
    }

    public PersonMerge {
        fieldsFromRemoved = fieldsFromRemoved == null ? Set.of() : Set.copyOf(fieldsFromRemoved);
    }
}
