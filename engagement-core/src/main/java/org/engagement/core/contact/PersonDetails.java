package org.engagement.core.contact;

/** What a user enters about a person; field names match the form's component ids. */
public record PersonDetails(
        String name,
        String phone,
        String email,
        String preferredLanguage,
        Gender gender,
        LawfulBasis lawfulBasis,
        String consentNotes) {}
