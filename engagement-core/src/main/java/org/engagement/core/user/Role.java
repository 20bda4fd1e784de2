package org.engagement.core.user;

/** What a signed-in account may do. The names are the security role names used by the web module. */
public enum Role {
    ADMIN("Administrator"),
    FAITH_LEAD("Faith and culture lead"),
    INDUSTRY_LEAD("Industry sector lead"),
    LICENSING_OFFICER("Licensing officer"),
    VIEWER("Viewer (read only)"),
    /** The privacy tools: finds a person, answers their requests (subject access, erasure, restriction). */
    DATA_PROTECTION_OFFICER("Data protection officer"),
    API_CLIENT("API client (another system)");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Roles held by people who use the web pages; an API client only calls the API. */
    public boolean signsInToPages() {
        return this != API_CLIENT;
    }
}
