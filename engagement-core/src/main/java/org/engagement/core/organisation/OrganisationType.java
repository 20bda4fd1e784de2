package org.engagement.core.organisation;

import java.util.Objects;

/**
 * A kind of organisation, e.g. {@code SCHOOL}. Types are data, not an enum, because sector modules add
 * their own; the code is what is stored.
 */
public record OrganisationType(String code, String label, Sector sector) {

    public OrganisationType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sector, "sector");
    }
}
