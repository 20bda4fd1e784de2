package org.engagement.core.safeguarding;

import java.time.LocalDate;

/**
 * Where an organisation's safeguarding policy stands. {@link #REVIEW_OVERDUE} is never stored or typed: it is
 * what an adopted policy becomes once its review date has passed (see {@link #effective}).
 */
public enum PolicyStatus {
    NONE("No policy"),
    IN_DEVELOPMENT("In development"),
    ADOPTED("Adopted"),
    REVIEW_OVERDUE("Review overdue");

    private final String label;

    PolicyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a user may record this status; the derived one may not. */
    public boolean storable() {
        return this != REVIEW_OVERDUE;
    }

    /** The status as it stands on {@code today}: an adopted policy whose review date has passed is overdue. */
    public static PolicyStatus effective(PolicyStatus stored, LocalDate nextReviewDue, LocalDate today) {
        if (stored == ADOPTED && nextReviewDue != null && nextReviewDue.isBefore(today)) {
            return REVIEW_OVERDUE;
        }
        return stored;
    }
}
