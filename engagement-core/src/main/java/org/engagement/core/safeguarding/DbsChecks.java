package org.engagement.core.safeguarding;

/** Whether those who need a DBS check (working with children) have one. */
public enum DbsChecks {
    YES("Yes, all who need one"),
    PARTLY("Partly"),
    NO("No");

    private final String label;

    DbsChecks(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
