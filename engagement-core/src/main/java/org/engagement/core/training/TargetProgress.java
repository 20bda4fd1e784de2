package org.engagement.core.training;

import java.io.Serializable;

/** People trained in a financial year against the target for an audience (target null when none is set). */
public record TargetProgress(String audienceCode, String audienceLabel, Integer target, long trained)
        implements Serializable {

    /** Whole per cent of the target reached, or null without a target. */
    public Integer percent() {
        return target == null || target == 0 ? null : (int) Math.round(100.0 * trained / target);
    }
}
