package org.engagement.core.safeguarding;

import java.util.Collection;

/**
 * An audit's overall red/amber/green rating. The rule lives here and only here:
 * <ul>
 * <li><b>RED</b>: any <em>critical</em> standard is rated Not met;</li>
 * <li><b>AMBER</b>: otherwise, any standard is rated Not met or Partly met;</li>
 * <li><b>GREEN</b>: every applicable standard is rated Met.</li>
 * </ul>
 * Standards rated Not applicable, and standards not rated yet (a draft in progress), are left out. An audit with
 * no applicable rating is {@link #NOT_RATED}.
 */
public enum OverallRating {
    RED("Red: critical standard not met"),
    AMBER("Amber: improvements needed"),
    GREEN("Green: all standards met"),
    NOT_RATED("Not rated yet");

    private final String label;

    OverallRating(String label) {
        this.label = label;
    }

    /** Words to show beside the colour, so the rating never depends on colour alone. */
    public String label() {
        return label;
    }

    /** One standard's rating and whether the standard is critical. {@code rating} may be null when not yet rated. */
    public record Rated(Rating rating, boolean critical) {}

    public static OverallRating of(Collection<Rated> ratings) {
        boolean anyApplicable = false;
        boolean anyShortfall = false;
        for (Rated r : ratings) {
            if (r.rating() == null || !r.rating().applicable()) {
                continue;
            }
            anyApplicable = true;
            if (r.rating() == Rating.NOT_MET && r.critical()) {
                return RED;
            }
            anyShortfall |= r.rating() != Rating.MET;
        }
        if (!anyApplicable) {
            return NOT_RATED;
        }
        return anyShortfall ? AMBER : GREEN;
    }
}
