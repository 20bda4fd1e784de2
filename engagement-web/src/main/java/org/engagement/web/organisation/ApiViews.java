package org.engagement.web.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.organisation.Organisation;

/** The JSON shapes of the organisation API, and reading enum values from text with a field error. */
public final class ApiViews {

    private ApiViews() {}

    public record OrganisationView(
            long id,
            long version,
            String name,
            String type,
            String sector,
            String status,
            String addressLine1,
            String addressLine2,
            String town,
            String postcode,
            String ward,
            String phone,
            String email,
            String website,
            String leadOfficer,
            List<String> tags,
            String notes,
            Long parentId,
            Instant updatedAt,
            String updatedBy) {

        public static OrganisationView of(Organisation o) {
            return new OrganisationView(
                    o.getId(),
                    o.getVersion(),
                    o.getName(),
                    o.getTypeCode(),
                    o.getSector().name(),
                    o.getStatus().name(),
                    o.getAddressLine1(),
                    o.getAddressLine2(),
                    o.getTown(),
                    o.getPostcodeText(),
                    o.getWard(),
                    o.getPhone(),
                    o.getEmail(),
                    o.getWebsite(),
                    o.getLeadOfficer(),
                    List.copyOf(o.getTags()),
                    o.getNotes(),
                    o.getParent() == null ? null : o.getParent().getId(),
                    o.getUpdatedAt(),
                    o.getUpdatedBy());
        }
    }

    public record PageView(List<OrganisationView> items, long total) {}

    /** A person's role at an organisation; {@code version} is the role's, {@code personVersion} the person's. */
    public record ContactView(
            long id,
            long version,
            long personId,
            long personVersion,
            String name,
            String role,
            LocalDate endedOn,
            String phone,
            String email,
            String preferredLanguage,
            String gender,
            String lawfulBasis,
            String consentNotes,
            boolean personalDataHidden) {

        static ContactView of(Contact c) {
            return new ContactView(
                    c.affiliationId(),
                    c.version(),
                    c.personId(),
                    c.personVersion(),
                    c.name(),
                    c.role(),
                    c.endedOn(),
                    c.phone(),
                    c.email(),
                    c.preferredLanguage(),
                    c.gender() == null ? null : c.gender().name(),
                    c.lawfulBasis().name(),
                    c.consentNotes(),
                    c.personalDataHidden());
        }
    }

    public record RoleView(long contactId, long organisationId, String organisationName, String role) {}

    public record PersonView(
            long id,
            long version,
            String name,
            String phone,
            String email,
            String preferredLanguage,
            String gender,
            String lawfulBasis,
            String consentNotes,
            boolean personalDataHidden,
            List<RoleView> roles,
            PersonProfile.SpecialCategoryData specialCategory) {

        public static PersonView of(PersonProfile p) {
            return new PersonView(
                    p.id(),
                    p.version(),
                    p.name(),
                    p.phone(),
                    p.email(),
                    p.preferredLanguage(),
                    p.gender() == null ? null : p.gender().name(),
                    p.lawfulBasis().name(),
                    p.consentNotes(),
                    p.personalDataHidden(),
                    p.roles().stream()
                            .map(r ->
                                    new RoleView(r.affiliationId(), r.organisationId(), r.organisationName(), r.role()))
                            .toList(),
                    p.specialCategory());
        }
    }

    public record FollowUpView(long id, String action, String owner, LocalDate due, boolean done, boolean overdue) {}

    public record EngagementView(
            long id,
            long version,
            long organisationId,
            LocalDate date,
            String type,
            String officer,
            List<Long> personIds,
            String summary,
            String outcome,
            List<FollowUpView> followUps) {

        static EngagementView of(Engagement e, org.engagement.web.privacy.ShownPeople shown) {
            return new EngagementView(
                    e.getId(),
                    e.getVersion(),
                    e.getOrganisation().getId(),
                    e.getDate(),
                    e.getType().name(),
                    e.getOfficer(),
                    shown.of(e.getPeople()).stream().map(p -> p.getId()).toList(),
                    e.getSummary(),
                    e.getOutcome(),
                    e.getFollowUps().stream()
                            .map(f -> new FollowUpView(
                                    f.getId(), f.getAction(), f.getOwner(), f.getDue(), f.isDone(), f.isOverdue()))
                            .toList());
        }
    }

    public record FieldChangeView(String field, String before, String after) {}

    public record HistoryView(
            String recordType,
            long recordId,
            String action,
            String changedBy,
            Instant at,
            String summary,
            List<FieldChangeView> changes) {

        public static HistoryView of(ChangeLogEntry e) {
            return new HistoryView(
                    e.getRecordType(),
                    e.getRecordId(),
                    e.getAction().name(),
                    e.getChangedBy(),
                    e.getAt(),
                    e.getSummary(),
                    e.getChanges().stream()
                            .map(c -> new FieldChangeView(c.getField(), c.getBefore(), c.getAfter()))
                            .toList());
        }
    }
}
