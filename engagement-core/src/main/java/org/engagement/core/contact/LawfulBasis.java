package org.engagement.core.contact;

/** UK GDPR Article 6(1): why the partnership may hold a person's data. */
public enum LawfulBasis {
    CONSENT("Consent (6(1)(a))"),
    CONTRACT("Contract (6(1)(b))"),
    LEGAL_OBLIGATION("Legal obligation (6(1)(c))"),
    VITAL_INTERESTS("Vital interests (6(1)(d))"),
    PUBLIC_TASK("Public task (6(1)(e))"),
    LEGITIMATE_INTERESTS("Legitimate interests (6(1)(f))");

    private final String label;

    LawfulBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
