package org.engagement.core.contact;

/**
 * What a user enters about a person; field names match the form's component ids. {@code healthOrEthnicity} says the
 * record includes their health or ethnic origin; with it, or with a role at a faith organisation, the Article 9
 * condition (and the Schedule 1 condition it needs) must be given.
 */
public record PersonDetails(
        String name,
        String phone,
        String email,
        String preferredLanguage,
        Gender gender,
        LawfulBasis lawfulBasis,
        String consentNotes,
        boolean healthOrEthnicity,
        Article9Condition article9Condition,
        Schedule1Condition schedule1Condition) {

    /** Details with no special category data and no Article 9 condition. */
    public PersonDetails(
            String name,
            String phone,
            String email,
            String preferredLanguage,
            Gender gender,
            LawfulBasis lawfulBasis,
            String consentNotes) {
        this(name, phone, email, preferredLanguage, gender, lawfulBasis, consentNotes, false, null, null);
    }
}
