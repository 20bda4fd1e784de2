package org.engagement.core.spi;

/** What the retention schedule does to a record whose period has run out. */
public enum RetentionAction {
    /** Personal data removed or replaced; the record stays, so it still counts in figures. */
    ANONYMISE("Anonymise"),
    /** The record is deleted. Only for kinds no figure counts. */
    DELETE("Delete");

    private final String label;

    RetentionAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
