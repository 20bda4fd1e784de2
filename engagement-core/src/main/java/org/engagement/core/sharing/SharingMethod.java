package org.engagement.core.sharing;

/** How information passes between the parties. */
public enum SharingMethod {
    SECURE_EMAIL("Secure email"),
    PORTAL("Secure portal"),
    MEETINGS("Meetings"),
    PHONE("Telephone"),
    PAPER("Paper, by hand");

    private final String label;

    SharingMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
