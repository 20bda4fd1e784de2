package org.engagement.core.contact;

/**
 * Data Protection Act 2018 Schedule 1: the further condition some Article 9 conditions need. Only the paragraphs a
 * safeguarding partnership uses; each knows its Part, so a condition from the wrong Part is refused.
 */
public enum Schedule1Condition {
    EMPLOYMENT_SOCIAL_PROTECTION("Part 1 para 1: Employment, social security and social protection", 1),
    HEALTH_SOCIAL_CARE("Part 1 para 2: Health or social care purposes", 1),
    PUBLIC_HEALTH("Part 1 para 3: Public health", 1),
    ARCHIVING_RESEARCH_STATISTICS("Part 1 para 4: Research, archiving or statistics", 1),
    STATUTORY_PURPOSES("Part 2 para 6: Statutory and government purposes", 2),
    EQUALITY_OF_OPPORTUNITY("Part 2 para 8: Equality of opportunity or treatment", 2),
    PREVENTING_UNLAWFUL_ACTS("Part 2 para 10: Preventing or detecting unlawful acts", 2),
    SAFEGUARDING("Part 2 para 18: Safeguarding of children and of individuals at risk", 2);

    private final String label;
    private final int part;

    Schedule1Condition(String label, int part) {
        this.label = label;
        this.part = part;
    }

    public String label() {
        return label;
    }

    public int part() {
        return part;
    }
}
