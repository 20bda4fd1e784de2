package org.engagement.core.plan;

import java.util.List;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** Trimming and length checks the plan's records share. */
final class Text {

    private Text() {}

    static String required(String value, String field, String message, int max, List<FieldError> errors) {
        String clean = optional(value, field, max, errors);
        if (clean == null) {
            errors.add(new FieldError(field, message));
        }
        return clean;
    }

    static String optional(String value, String field, int max, List<FieldError> errors) {
        String clean = value == null || value.isBlank() ? null : value.strip();
        if (clean != null && clean.length() > max) {
            errors.add(new FieldError(field, "Use " + max + " characters or fewer."));
        }
        return clean;
    }
}
