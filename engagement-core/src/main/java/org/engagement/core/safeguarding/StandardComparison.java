package org.engagement.core.safeguarding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One standard of an audit beside the same standard (by code) in the organisation's previous finished audit, and
 * whether it improved or got worse. Standards match by code, so a comparison works across template versions.
 */
public record StandardComparison(
        String standardCode, String title, boolean critical, Rating previous, Rating current, Change change)
        implements Serializable {

    public enum Change {
        IMPROVED("Improved"),
        WORSE("Got worse"),
        SAME("No change"),
        NEW("Not in the previous audit"),
        NOT_COMPARABLE("Not comparable");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The audit's standards in template order, each compared with {@code previous} (which may be null). */
    public static List<StandardComparison> between(Audit previous, Audit current) {
        List<StandardComparison> rows = new ArrayList<>();
        for (Standard standard : current.getTemplateVersion().getStandards()) {
            Rating now =
                    current.finding(standard.getCode()).map(Finding::getRating).orElse(null);
            Rating before = previous == null
                    ? null
                    : previous.finding(standard.getCode())
                            .map(Finding::getRating)
                            .orElse(null);
            rows.add(new StandardComparison(
                    standard.getCode(),
                    standard.getTitle(),
                    standard.isCritical(),
                    before,
                    now,
                    change(previous, before, now)));
        }
        return rows;
    }

    private static Change change(Audit previous, Rating before, Rating now) {
        if (previous == null || before == null) {
            return Change.NEW;
        }
        if (now == null || !now.applicable() || !before.applicable()) {
            return Change.NOT_COMPARABLE;
        }
        int difference = Integer.compare(now.score(), before.score());
        return difference > 0 ? Change.IMPROVED : difference < 0 ? Change.WORSE : Change.SAME;
    }
}
