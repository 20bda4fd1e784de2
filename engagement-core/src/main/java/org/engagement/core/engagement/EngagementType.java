package org.engagement.core.engagement;

public enum EngagementType {
    VISIT("Visit"),
    CALL("Call"),
    MEETING("Meeting"),
    EMAIL("Email"),
    EVENT("Event"),
    OTHER("Other");

    private final String label;

    EngagementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
