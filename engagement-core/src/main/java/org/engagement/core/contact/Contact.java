package org.engagement.core.contact;

/**
 * A person as seen at one organisation, with what the reader may see: phone, email and gender are null
 * (and {@code personalDataHidden} true) for readers not entitled to personal data.
 */
public record Contact(long affiliationId, long personId, long personVersion, String name, String role, String phone,
        String email, String preferredLanguage, Gender gender, LawfulBasis lawfulBasis, String consentNotes,
        boolean personalDataHidden) {

    static Contact of(Affiliation affiliation, boolean showPersonalData) {
        Person p = affiliation.getPerson();
        return new Contact(affiliation.getId(), p.getId(), p.getVersion(), p.getName(), affiliation.getRole(),
                showPersonalData ? p.getPhone() : null, showPersonalData ? p.getEmail() : null, p.getPreferredLanguage(),
                showPersonalData ? p.getGender() : null, p.getLawfulBasis(), p.getConsentNotes(), !showPersonalData);
    }
}
