package org.engagement.core.safeguarding;

/** A draft can be saved and finished later; a finished audit is read-only apart from closing its actions. */
public enum AuditStatus {
    DRAFT("Draft"),
    FINISHED("Finished");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
