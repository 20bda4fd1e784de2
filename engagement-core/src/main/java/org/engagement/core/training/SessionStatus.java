package org.engagement.core.training;

/** A session is planned (booked, on a future date) until attendance is recorded; only delivered sessions count. */
public enum SessionStatus {
    PLANNED("Planned"),
    DELIVERED("Delivered");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
