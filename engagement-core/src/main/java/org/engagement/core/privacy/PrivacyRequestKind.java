package org.engagement.core.privacy;

/** What the data protection officer did for a person. */
public enum PrivacyRequestKind {
    SUBJECT_ACCESS_EXPORT("Subject access export produced"),
    ERASURE("Personal data erased"),
    RESTRICTION("Processing restricted"),
    RESTRICTION_LIFTED("Restriction lifted"),
    OBJECTION("Objection (Article 21) decided");

    private final String label;

    PrivacyRequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
