package org.engagement.core.organisation;

/** The broad part of the community an organisation belongs to; decides who may change it. */
public enum Sector {
    FAITH("Faith"),
    INDUSTRY("Industry"),
    COMMUNITY("Community"),
    STATUTORY("Statutory partner");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
