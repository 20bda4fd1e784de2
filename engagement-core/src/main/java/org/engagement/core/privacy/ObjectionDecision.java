package org.engagement.core.privacy;

/**
 * The data protection officer's decision on an objection (Article 21): upheld, the processing stops (the person is
 * restricted, or erased); rejected, the partnership's compelling legitimate grounds override the person's.
 */
public enum ObjectionDecision {
    RESTRICT("Upheld: processing restricted"),
    ERASE("Upheld: personal data erased"),
    REJECT("Rejected: compelling legitimate grounds");

    private final String label;

    ObjectionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean upheld() {
        return this != REJECT;
    }
}
