package org.engagement.plugins.faith;

/** How many people usually attend, in bands: exact figures are rarely known and change week to week. */
public enum CongregationSize {
    UNDER_50("Under 50"),
    FROM_50_TO_199("50 to 199"),
    FROM_200_TO_499("200 to 499"),
    FROM_500_TO_999("500 to 999"),
    OVER_1000("1,000 or more");

    private final String label;

    CongregationSize(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
