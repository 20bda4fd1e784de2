package org.engagement.core.training;

import java.util.Objects;

/**
 * How deep a course goes, e.g. {@code LEVEL_3}. Data, not an enum, because sector modules add their own.
 *
 * @param rank higher is more advanced; an organisation's training level is the highest rank its people hold
 */
public record TrainingLevel(String code, String label, int rank) {

    public TrainingLevel {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
