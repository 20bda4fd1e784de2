package org.engagement.plugins.taxi.domain;

/** What a driver is licensed to drive. */
public enum LicenceType {
    HACKNEY_CARRIAGE("Hackney carriage"),
    PRIVATE_HIRE("Private hire"),
    DUAL("Dual (hackney carriage and private hire)");

    private final String label;

    LicenceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
