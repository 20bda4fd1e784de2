package org.engagement.core.plan;

/** An action's status as the board reads it; always shown in words beside any colour. */
public enum Rag {
    RED("Red"),
    AMBER("Amber"),
    GREEN("Green"),
    COMPLETE("Complete");

    private final String label;

    Rag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status whose label the change history holds, or null (e.g. "Suggested by the measure", or none). */
    static Rag byLabel(String label) {
        for (Rag rag : values()) {
            if (rag.label.equals(label)) {
                return rag;
            }
        }
        return null;
    }

    /** Red and amber say something is wrong; the board wants to know why. */
    boolean needsReason() {
        return this == RED || this == AMBER;
    }
}
