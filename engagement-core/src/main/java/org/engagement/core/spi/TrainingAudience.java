package org.engagement.core.spi;

import java.util.Objects;
import org.engagement.core.organisation.Sector;

/**
 * A group of people training is delivered to, e.g. {@code PROPERTY_INSPECTORS}. The training feature offers
 * the core's audiences and every module's; the code is what is stored.
 */
public record TrainingAudience(String code, String label, Sector sector) {

    public TrainingAudience {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sector, "sector");
    }
}
