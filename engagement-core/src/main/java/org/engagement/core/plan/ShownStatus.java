package org.engagement.core.plan;

/**
 * An action's status as people see it, with its reason: a lead's (set by hand, or overriding the measure), or the
 * bound measure's suggestion.
 *
 * @param suggestion the measure's suggestion, also when a lead overrode it; null for an action with no bound measure
 */
public record ShownStatus(Rag rag, String reason, boolean overridden, Suggestion suggestion)
        implements java.io.Serializable {

    /** "Amber (suggested by the measure)", "Red (set by the lead, overriding the measure's green)". */
    public String describe() {
        if (suggestion == null) {
            return rag.label();
        }
        return overridden
                ? rag.label() + " (set by the lead, overriding the measure's "
                        + suggestion.rag().label().toLowerCase() + ")"
                : rag.label() + " (suggested by the measure)";
    }
}
