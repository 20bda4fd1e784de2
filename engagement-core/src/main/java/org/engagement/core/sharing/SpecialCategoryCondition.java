package org.engagement.core.sharing;

/**
 * UK GDPR Article 9(2) conditions for special-category data, with the Data Protection Act 2018 Schedule 1
 * condition where Article 9(2)(b), (g) or (h) needs one. Only the conditions a safeguarding partnership uses.
 */
public enum SpecialCategoryCondition {
    EXPLICIT_CONSENT("Explicit consent (9(2)(a))"),
    EMPLOYMENT_SOCIAL_PROTECTION("Employment, social security and social protection (9(2)(b); DPA 2018 Sch. 1 para 1)"),
    VITAL_INTERESTS("Vital interests (9(2)(c))"),
    LEGAL_CLAIMS("Legal claims (9(2)(f))"),
    STATUTORY_PURPOSES("Substantial public interest: statutory purposes (9(2)(g); DPA 2018 Sch. 1 para 6)"),
    PREVENTING_UNLAWFUL_ACTS(
            "Substantial public interest: preventing or detecting unlawful acts (9(2)(g); DPA 2018 Sch. 1 para 10)"),
    SAFEGUARDING(
            "Substantial public interest: safeguarding of children and individuals at risk (9(2)(g); DPA 2018 Sch. 1 para 18)"),
    HEALTH_SOCIAL_CARE("Health or social care (9(2)(h); DPA 2018 Sch. 1 para 2)");

    private final String label;

    SpecialCategoryCondition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
