package org.engagement.core.contact;

/** Optional; recorded only where the person has chosen to say. */
public enum Gender {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Another gender"),
    PREFER_NOT_TO_SAY("Prefers not to say");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
