package org.engagement.core.training;

/** The two open questions on the evaluation form whose answers the partnership collates into themes. */
public enum EvaluationQuestion {
    LEARNT("One thing I learnt"),
    NEEDS_TO_HAPPEN("One thing that needs to happen");

    private final String label;

    EvaluationQuestion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
