package org.engagement.core.training;

import java.util.Objects;
import java.util.Set;
import org.engagement.core.organisation.Sector;

/**
 * Who a session was for, e.g. {@code PROFESSIONALS}. Data, not an enum, because sector modules add their own
 * (taxi drivers).
 *
 * @param sectors the sectors whose leads may record sessions for this audience; empty means any lead
 */
public record Audience(String code, String label, Set<Sector> sectors) {

    public Audience {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        sectors = Set.copyOf(sectors);
    }

    /** An audience any lead may record sessions for. */
    public Audience(String code, String label) {
        this(code, label, Set.of());
    }
}
