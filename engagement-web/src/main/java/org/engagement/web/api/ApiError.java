package org.engagement.web.api;

import java.util.List;

/** The body of every API error: what went wrong, field by field (or line by line for imports). */
public record ApiError(String message, List<Problem> errors) {

    public record Problem(String field, Integer line, String message) {

        public static Problem ofField(String field, String message) {
            return new Problem(field, null, message);
        }
    }

    public static ApiError of(String message) {
        return new ApiError(message, List.of());
    }
}
