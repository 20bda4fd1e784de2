package org.engagement.core.importing;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.Spreadsheet;

/**
 * Which heading of the file fills which field: the user's matching, suggested from headings that already say the
 * field's name or label. A field with no heading is left empty.
 */
public record ColumnMapping(Map<String, String> headingByField) implements Serializable {

    public ColumnMapping {
        Map<String, String> kept = new LinkedHashMap<>();
        if (headingByField != null) {
            headingByField.forEach((field, heading) -> {
                if (heading != null && !heading.isBlank()) {
                    kept.put(field, heading);
                }
            });
        }
        headingByField = Map.copyOf(kept);
    }

    /** Each field matched to the heading that names it (its label or its key, in any case or spacing). */
    public static ColumnMapping suggested(List<String> headings, List<ImportField> fields) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (ImportField field : fields) {
            headings.stream()
                    .filter(h -> Spreadsheet.normal(h).equals(Spreadsheet.normal(field.label()))
                            || Spreadsheet.normal(h).replace(" ", "").equals(Spreadsheet.normal(field.key())))
                    .findFirst()
                    .ifPresent(h -> matched.put(field.key(), h));
        }
        return new ColumnMapping(matched);
    }

    /** The heading chosen for the field, or null. */
    public String heading(String field) {
        return headingByField.get(field);
    }
}
