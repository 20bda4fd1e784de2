package org.engagement.core.contact;

/**
 * UK GDPR Article 9(2): the condition for holding special category data about a person, e.g. the religious belief a
 * role at a place of worship reveals, or their health or ethnic origin. Some conditions need a further condition from
 * Schedule 1 to the Data Protection Act 2018 (section 10): from Part 1 for (b), (h), (i) and (j), from Part 2 for (g).
 */
public enum Article9Condition {
    EXPLICIT_CONSENT("9(2)(a) Explicit consent", 0),
    EMPLOYMENT_SOCIAL_PROTECTION("9(2)(b) Employment, social security and social protection law", 1),
    VITAL_INTERESTS("9(2)(c) Vital interests of someone unable to consent", 0),
    NOT_FOR_PROFIT_BODY("9(2)(d) A not-for-profit body's own members or regular contacts", 0),
    MADE_PUBLIC("9(2)(e) Made public by the person themselves", 0),
    LEGAL_CLAIMS("9(2)(f) Legal claims", 0),
    SUBSTANTIAL_PUBLIC_INTEREST("9(2)(g) Reasons of substantial public interest", 2),
    HEALTH_SOCIAL_CARE("9(2)(h) Health or social care", 1),
    PUBLIC_HEALTH("9(2)(i) Public health", 1),
    ARCHIVING_RESEARCH_STATISTICS("9(2)(j) Archiving, research or statistics", 1);

    private final String label;
    private final int schedule1Part;

    Article9Condition(String label, int schedule1Part) {
        this.label = label;
        this.schedule1Part = schedule1Part;
    }

    public String label() {
        return label;
    }

    /** The Part of DPA 2018 Schedule 1 a further condition must come from: 1 or 2, or 0 when none is needed. */
    public int schedule1Part() {
        return schedule1Part;
    }
}
