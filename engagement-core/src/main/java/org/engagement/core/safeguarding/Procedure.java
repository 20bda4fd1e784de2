package org.engagement.core.safeguarding;

/** Written procedures an organisation may have in place beside its safeguarding policy. */
public enum Procedure {
    REPORTING_A_CONCERN("Reporting a concern"),
    SAFER_RECRUITMENT("Safer recruitment"),
    CODE_OF_CONDUCT("Code of conduct"),
    ONLINE_SAFETY("Online safety"),
    WHISTLEBLOWING("Whistleblowing"),
    ALLEGATIONS_AGAINST_STAFF("Allegations against staff or volunteers");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
