package org.engagement.core.contact;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.organisation.Sector;

/**
 * A person as their own page shows them, with what the reader may see: phone, email and gender are null (and
 * {@code personalDataHidden} true) for readers not entitled to personal data, and {@code roles} lists only roles at
 * organisations the reader may read.
 */
public record PersonProfile(
        long id,
        long version,
        String name,
        String phone,
        String email,
        String preferredLanguage,
        Gender gender,
        LawfulBasis lawfulBasis,
        String consentNotes,
        boolean personalDataHidden,
        List<RoleAt> roles,
        SpecialCategoryData specialCategory)
        implements Serializable {

    /**
     * Special category data and consent: whether the record includes health or ethnic origin, its Article 9 and
     * Schedule 1 conditions (hidden, like phone and email, from readers not entitled to personal data), and when and by
     * whom a withdrawal of consent was recorded.
     */
    public record SpecialCategoryData(
            boolean healthOrEthnicity,
            Article9Condition article9Condition,
            Schedule1Condition schedule1Condition,
            java.time.Instant consentWithdrawnAt,
            String consentWithdrawnBy)
            implements Serializable {}

    /** Whether a current role is at a faith organisation, which reveals the person's religious belief. */
    public boolean hasFaithRole() {
        return roles.stream().anyMatch(r -> !r.ended() && r.sector() == Sector.FAITH);
    }

    /** A role the person holds at an organisation; {@code editable} when the reader may change or remove it. */
    public record RoleAt(
            long affiliationId,
            long version,
            long organisationId,
            String organisationName,
            Sector sector,
            String role,
            LocalDate endedOn,
            boolean editable)
            implements Serializable {

        static RoleAt of(Affiliation affiliation, boolean editable) {
            return new RoleAt(
                    affiliation.getId(),
                    affiliation.getVersion(),
                    affiliation.getOrganisation().getId(),
                    affiliation.getOrganisation().getName(),
                    affiliation.getOrganisation().getSector(),
                    affiliation.getRole(),
                    affiliation.getEndedOn(),
                    editable);
        }

        public boolean ended() {
            return endedOn != null;
        }
    }

    static PersonProfile of(Person p, List<RoleAt> roles, boolean showPersonalData) {
        return new PersonProfile(
                p.getId(),
                p.getVersion(),
                p.getName(),
                showPersonalData ? p.getPhone() : null,
                showPersonalData ? p.getEmail() : null,
                p.getPreferredLanguage(),
                showPersonalData ? p.getGender() : null,
                p.getLawfulBasis(),
                p.getConsentNotes(),
                !showPersonalData,
                roles,
                new SpecialCategoryData(
                        showPersonalData && p.isHealthOrEthnicity(),
                        showPersonalData ? p.getArticle9Condition() : null,
                        showPersonalData ? p.getSchedule1Condition() : null,
                        p.getConsentWithdrawnAt(),
                        p.getConsentWithdrawnBy()));
    }
}
