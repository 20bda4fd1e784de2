package org.engagement.core.safeguarding;

/** A draft template version may be edited; a published one never changes. */
public enum TemplateStatus {
    DRAFT("Draft"),
    PUBLISHED("Published");

    private final String label;

    TemplateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
