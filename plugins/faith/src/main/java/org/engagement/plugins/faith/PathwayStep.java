package org.engagement.plugins.faith;

/** The steps a faith setting takes with the partnership, in order (from the council report's narrative). */
public enum PathwayStep {
    CONTACT_MADE("Contact made"),
    AGREED_TO_ENGAGE("Agreed to engage"),
    POLICY_IN_DEVELOPMENT("Safeguarding policy in development"),
    POLICY_ADOPTED("Safeguarding policy adopted"),
    TRAINING_DELIVERED("Training delivered"),
    AUDIT_DONE("Audit done");

    private final String label;

    PathwayStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
