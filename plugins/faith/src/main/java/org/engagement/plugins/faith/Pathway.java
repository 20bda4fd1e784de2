package org.engagement.plugins.faith;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.Dates;

/**
 * Where a setting is on the pathway: every step with the date it was reached (null when not yet). The current
 * step is the furthest reached, so a setting audited before its training shows as audited.
 */
public record Pathway(List<Step> steps) implements java.io.Serializable {

    public static Pathway of(Map<PathwayStep, LocalDate> reached) {
        Map<PathwayStep, LocalDate> copy =
                reached.isEmpty() ? new EnumMap<>(PathwayStep.class) : new EnumMap<>(reached);
        return new Pathway(Arrays.stream(PathwayStep.values())
                .map(s -> new Step(s, copy.get(s)))
                .toList());
    }

    /** The furthest step reached, or null when there has been no contact yet. */
    public PathwayStep current() {
        return steps.stream()
                .filter(Step::done)
                .map(Step::step)
                .reduce((a, b) -> b)
                .orElse(null);
    }

    public String currentLabel() {
        PathwayStep current = current();
        return current == null ? "No contact yet" : current.label();
    }

    public record Step(PathwayStep step, LocalDate reachedOn) implements java.io.Serializable {

        public boolean done() {
            return reachedOn != null;
        }

        public String label() {
            return step.label();
        }

        /** Status in words, for the page and for exports. */
        public String status() {
            return done() ? "Done " + Dates.describe(reachedOn) : "Not yet";
        }
    }
}
