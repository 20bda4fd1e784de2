package org.engagement.core.integrity;

import java.time.Instant;

/**
 * An entry's content as the text its hash covers: each value written as its length, a colon, itself and a semicolon
 * (no value: a tilde), so no two different entries read the same. Instants are written as epoch milliseconds, the
 * precision both databases keep.
 */
public final class Canonical {

    private final StringBuilder text = new StringBuilder();

    public Canonical add(Object value) {
        if (value == null) {
            text.append("~;");
            return this;
        }
        String written = value instanceof Instant instant ? String.valueOf(instant.toEpochMilli()) : value.toString();
        text.append(written.length()).append(':').append(written).append(';');
        return this;
    }

    public String text() {
        return text.toString();
    }
}
