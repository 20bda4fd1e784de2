package org.engagement.core.organisation;

/** How far the partnership's relationship with an organisation has come. */
public enum OrganisationStatus {
    PROSPECT("Prospect"),
    ENGAGED("Engaged"),
    ACTIVE("Active"),
    DORMANT("Dormant"),
    CLOSED("Closed");

    private final String label;

    OrganisationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
