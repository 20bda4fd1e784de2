package org.engagement.core.contact;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A person as seen at one organisation, with what the reader may see: phone, email and gender are null
 * (and {@code personalDataHidden} true) for readers not entitled to personal data. {@code version} is the role's,
 * {@code personVersion} the person's; {@code endedOn} is set once the role has ended.
 */
public record Contact(
        long affiliationId,
        long version,
        long personId,
        long personVersion,
        String name,
        String role,
        LocalDate endedOn,
        String phone,
        String email,
        String preferredLanguage,
        Gender gender,
        LawfulBasis lawfulBasis,
        String consentNotes,
        boolean personalDataHidden)
        implements Serializable {

    static Contact of(Affiliation affiliation, boolean showPersonalData) {
        Person p = affiliation.getPerson();
        return new Contact(
                affiliation.getId(),
                affiliation.getVersion(),
                p.getId(),
                p.getVersion(),
                p.getName(),
                affiliation.getRole(),
                affiliation.getEndedOn(),
                showPersonalData ? p.getPhone() : null,
                showPersonalData ? p.getEmail() : null,
                p.getPreferredLanguage(),
                showPersonalData ? p.getGender() : null,
                p.getLawfulBasis(),
                p.getConsentNotes(),
                !showPersonalData);
    }

    public boolean ended() {
        return endedOn != null;
    }
}
