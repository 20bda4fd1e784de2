package org.engagement.plugins.taxi.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.engagement.core.shared.InvalidInputException;

/** A driver's licence number as the council issues it: trimmed and upper-cased, so " ph-0012 " finds PH-0012. */
public record LicenceNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9/_-]{0,29}");

    public LicenceNumber {
        String clean = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(clean).matches()) {
            throw new InvalidInputException(
                    "licenceNumber",
                    "Enter a licence number of up to 30 letters, digits, hyphens or slashes, e.g. PH-01234.");
        }
        value = clean;
    }

    @Override
    public String toString() {
        return value;
    }
}
