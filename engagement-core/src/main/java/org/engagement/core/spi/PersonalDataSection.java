package org.engagement.core.spi;

import java.util.List;
import java.util.Map;

/**
 * One kind of record in a subject access export, e.g. "Training records": each row a record, as field label to the
 * value shown (dates already in words). The same sections make the JSON and the PDF, so the two never differ.
 */
public record PersonalDataSection(String title, List<Map<String, String>> rows) {

    public PersonalDataSection {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A section needs a title.");
        }
        rows = List.copyOf(rows);
    }
}
