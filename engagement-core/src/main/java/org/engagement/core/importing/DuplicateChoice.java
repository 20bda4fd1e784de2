package org.engagement.core.importing;

/** What to do with a row that matches a record already kept. */
public enum DuplicateChoice {
    SKIP("Skip it: keep the record as it is"),
    UPDATE("Update the record with the file's values"),
    CREATE("Create a new record anyway");

    private final String label;

    DuplicateChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
