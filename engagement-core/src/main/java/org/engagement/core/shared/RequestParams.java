package org.engagement.core.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Reads the text a client sent (a query parameter or a JSON field) as a date or one of a set of choices, the same
 * way for every resource, core or module: blank is "not given" (null), and anything unreadable is a field error
 * saying what to send instead.
 */
public final class RequestParams {

    private RequestParams() {}

    /** An ISO date (YYYY-MM-DD), null when blank, or a field error on {@code field}. */
    public static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "Write the date as YYYY-MM-DD, e.g. 2016-04-01.");
        }
    }

    /** The constant named by the text in any case, null when blank, or a field error listing the choices. */
    public static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(
                    field, "Unknown " + field + " '" + text + "'. Choose one of " + EnumSet.allOf(type) + ".");
        }
    }
}
