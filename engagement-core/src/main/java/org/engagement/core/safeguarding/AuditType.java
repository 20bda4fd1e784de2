package org.engagement.core.safeguarding;

public enum AuditType {
    SELF_ASSESSMENT("Self-assessment"),
    OFFICER_LED("Officer-led"),
    RE_AUDIT("Re-audit");

    private final String label;

    AuditType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
