package org.engagement.plugins.taxi.domain;

/**
 * What a search of the National Register of Refusals and Revocations (NR3S) found. A match waiting for the
 * other authority's information leaves the item outstanding: the officer must consider it before renewing.
 */
public enum Nr3sResult {
    NO_MATCH("No match", true),
    MATCH_INFORMATION_REQUESTED("Match: information requested", false),
    MATCH_INFORMATION_CONSIDERED("Match: information received and considered", true);

    private final String label;
    private final boolean settled;

    Nr3sResult(String label, boolean settled) {
        this.label = label;
        this.settled = settled;
    }

    public String label() {
        return label;
    }

    public boolean settled() {
        return settled;
    }
}
