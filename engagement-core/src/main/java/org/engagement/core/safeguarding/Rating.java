package org.engagement.core.safeguarding;

/** How well an organisation meets one standard. */
public enum Rating {
    MET("Met", 2),
    PARTLY_MET("Partly met", 1),
    NOT_MET("Not met", 0),
    NOT_APPLICABLE("Not applicable", -1);

    private final String label;
    private final int score;

    Rating(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }

    /** Higher is better; compare only applicable ratings. */
    int score() {
        return score;
    }
}
