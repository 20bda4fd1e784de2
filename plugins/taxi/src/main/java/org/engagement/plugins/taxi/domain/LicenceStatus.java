package org.engagement.plugins.taxi.domain;

/** Where a driver's licence stands. Only a revoked or suspended licence stops a renewal on its own. */
public enum LicenceStatus {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    REVOKED("Revoked"),
    LAPSED("Lapsed");

    private final String label;

    LicenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
