package org.engagement.core.shared;

import java.util.regex.Pattern;

/** An email address that can't be malformed: something, an {@code @}, and a domain with a dot; at most 254 characters. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an email address: " + value);
        }
    }

    /** Whether the text, as typed, is an email address. */
    public static boolean isValid(String text) {
        return text != null
                && text.length() <= MAX_LENGTH
                && SHAPE.matcher(text).matches();
    }

    /**
     * What a user typed in the field: empty means none, anything else must be an address, or the field gets a
     * message saying what one looks like.
     */
    public static EmailAddress optional(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String stripped = typed.strip();
        if (!isValid(stripped)) {
            throw new InvalidInputException(
                    field, "Enter an email address like amina.khan@example.gov.uk, or leave it empty.");
        }
        return new EmailAddress(stripped);
    }

    @Override
    public String toString() {
        return value;
    }
}
