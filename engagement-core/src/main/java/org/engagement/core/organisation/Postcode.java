package org.engagement.core.organisation;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import org.engagement.core.shared.InvalidInputException;

/** A UK postcode in its normal form, e.g. {@code DN1 1AA}. A malformed one cannot be made. */
public final class Postcode implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Outward code (area, district, optional sub-district letter), a space, inward code. */
    private static final Pattern UK = Pattern.compile("([A-Z]{1,2}[0-9][0-9A-Z]?|GIR) ([0-9][A-Z]{2})");

    public static final String FIELD = "postcode";

    private final String value;

    private Postcode(String value) {
        this.value = value;
    }

    /** Accepts any case and spacing: {@code " dn11aa"} becomes {@code DN1 1AA}. */
    public static Postcode of(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String spaced = compact.length() < 5
                ? compact
                : compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        if (!UK.matcher(spaced).matches()) {
            throw new InvalidInputException(
                    FIELD, "'" + (text == null ? "" : text.strip()) + "' is not a UK postcode. Enter it like DN1 1AA.");
        }
        return new Postcode(spaced);
    }

    /** Empty input is no postcode; anything else must be a real one. */
    public static Postcode ofOptional(String text) {
        return text == null || text.isBlank() ? null : of(text);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Postcode p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
