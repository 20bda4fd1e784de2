package org.engagement.web.safeguarding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.engagement.core.contact.Person;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditAmendment;
import org.engagement.core.safeguarding.AuditTemplate;
import org.engagement.core.safeguarding.Finding;
import org.engagement.core.safeguarding.Procedure;
import org.engagement.core.safeguarding.SafeguardingProfile;
import org.engagement.core.safeguarding.SafeguardingReports;
import org.engagement.core.safeguarding.Standard;
import org.engagement.core.safeguarding.StandardComparison;
import org.engagement.core.safeguarding.TemplateVersion;

/** The JSON shapes of the safeguarding API, and reading enum values from text with a field error. */
public final class SafeguardingApiViews {

    private SafeguardingApiViews() {}

    /** {@code policyStatus} is the status as it stands today (REVIEW_OVERDUE once the review date has passed). */
    public record ProfileView(
            long organisationId,
            long version,
            String policyStatus,
            String policyStatusLabel,
            String recordedPolicyStatus,
            LocalDate adoptedOn,
            LocalDate nextReviewDue,
            List<String> procedures,
            Long leadPersonId,
            String leadName,
            Long deputyPersonId,
            String deputyName,
            Long trusteeLeadPersonId,
            String trusteeLeadName,
            Boolean contactsOnDisplay,
            String dbsChecks,
            String notes,
            Instant updatedAt,
            String updatedBy) {

        static ProfileView of(SafeguardingProfile p, org.engagement.web.privacy.ShownPeople shown) {
            return new ProfileView(
                    p.getOrganisation().getId(),
                    p.getVersion(),
                    p.getStatus().name(),
                    p.getStatus().label(),
                    p.getPolicyStatus().name(),
                    p.getAdoptedOn(),
                    p.getNextReviewDue(),
                    p.getProcedures().stream().map(Procedure::name).toList(),
                    shown.id(p.getLead()),
                    shown.name(p.getLead()),
                    shown.id(p.getDeputy()),
                    shown.name(p.getDeputy()),
                    shown.id(p.getTrusteeLead()),
                    shown.name(p.getTrusteeLead()),
                    p.getContactsOnDisplay(),
                    p.getDbsChecks() == null ? null : p.getDbsChecks().name(),
                    p.getNotes(),
                    p.getId() == null ? null : p.getUpdatedAt(),
                    p.getId() == null ? null : p.getUpdatedBy());
        }

        private static Long id(Person p) {
            return p == null ? null : p.getId();
        }

        private static String name(Person p) {
            return p == null ? null : p.getName();
        }
    }

    public record ActionView(
            String text, String owner, LocalDate dueDate, boolean done, LocalDate doneOn, boolean overdue) {}

    public record FindingView(
            long id,
            String standardCode,
            String standardTitle,
            boolean critical,
            String rating,
            String evidence,
            ActionView action) {

        static FindingView of(Finding f) {
            return new FindingView(
                    f.getId(),
                    f.getStandard().getCode(),
                    f.getStandard().getTitle(),
                    f.getStandard().isCritical(),
                    f.getRating() == null ? null : f.getRating().name(),
                    f.getEvidence(),
                    !f.hasAction()
                            ? null
                            : new ActionView(
                                    f.getActionText(),
                                    f.getActionOwner(),
                                    f.getActionDue(),
                                    f.isActionDone(),
                                    f.getActionDoneOn(),
                                    f.isActionOverdue()));
        }
    }

    public record ComparisonView(String standardCode, String title, String previous, String current, String change) {

        static ComparisonView of(StandardComparison c) {
            return new ComparisonView(
                    c.standardCode(),
                    c.title(),
                    c.previous() == null ? null : c.previous().name(),
                    c.current() == null ? null : c.current().name(),
                    c.change().name());
        }
    }

    /** {@code overall} is computed by the one rating rule; {@code comparison} only on a single audit. */
    public record AuditView(
            long id,
            long version,
            long organisationId,
            String templateCode,
            int templateVersion,
            LocalDate date,
            String type,
            String auditor,
            String status,
            String overall,
            String overallLabel,
            List<FindingView> findings,
            List<ComparisonView> comparison,
            List<AmendmentView> amendments) {

        static AuditView of(Audit a, List<StandardComparison> comparison) {
            return new AuditView(
                    a.getId(),
                    a.getVersion(),
                    a.getOrganisation().getId(),
                    a.getTemplateVersion().getTemplate().getCode(),
                    a.getTemplateVersion().getNumber(),
                    a.getDate(),
                    a.getType().name(),
                    a.getAuditor(),
                    a.getStatus().name(),
                    a.overall().name(),
                    a.overall().label(),
                    a.getFindings().stream().map(FindingView::of).toList(),
                    comparison == null
                            ? null
                            : comparison.stream().map(ComparisonView::of).toList(),
                    a.getAmendments().stream().map(AmendmentView::of).toList());
        }
    }

    public record AmendmentView(
            String standardCode, String reason, String before, String after, Instant amendedAt, String amendedBy) {

        static AmendmentView of(AuditAmendment m) {
            return new AmendmentView(
                    m.getStandardCode(),
                    m.getReason(),
                    m.getBefore(),
                    m.getAfter(),
                    m.getAmendedAt(),
                    m.getAmendedBy());
        }
    }

    public record StandardView(String code, String title, String guidance, String evidence, boolean critical) {

        static StandardView of(Standard s) {
            return new StandardView(s.getCode(), s.getTitle(), s.getGuidance(), s.getEvidence(), s.isCritical());
        }
    }

    public record VersionView(
            String code, int number, String title, String status, Instant publishedAt, List<StandardView> standards) {

        static VersionView of(TemplateVersion v, boolean withStandards) {
            return new VersionView(
                    v.getTemplate().getCode(),
                    v.getNumber(),
                    v.getTitle(),
                    v.getStatus().name(),
                    v.getPublishedAt(),
                    withStandards
                            ? v.getStandards().stream().map(StandardView::of).toList()
                            : null);
        }
    }

    public record TemplateView(String code, String title, Integer latestPublishedVersion, List<VersionView> versions) {

        static TemplateView of(AuditTemplate t) {
            return new TemplateView(
                    t.getCode(),
                    t.getTitle(),
                    t.latestPublished().map(TemplateVersion::getNumber).orElse(null),
                    t.getVersions().stream().map(v -> VersionView.of(v, false)).toList());
        }
    }

    public record OverviewView(
            LocalDate asOf,
            int auditDueMonths,
            List<String> sectors,
            Map<String, Integer> counts,
            int reviewsOverdue,
            int auditsDue,
            int openActions,
            int overdueActions) {

        static OverviewView of(SafeguardingReports.Overview o) {
            Map<String, Integer> counts = o.counts().entrySet().stream()
                    .collect(Collectors.toMap(
                            e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
            return new OverviewView(
                    o.asOf(),
                    o.auditDueMonths(),
                    o.sectors().stream().map(Enum::name).toList(),
                    counts,
                    o.counts().get(SafeguardingReports.Category.REVIEW_OVERDUE),
                    o.counts().get(SafeguardingReports.Category.AUDIT_DUE),
                    o.openActions(),
                    o.overdueActions());
        }
    }
}
