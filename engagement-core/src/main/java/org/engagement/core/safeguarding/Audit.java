package org.engagement.core.safeguarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * An audit of one organisation against one published template version: a finding per standard. A draft may be
 * saved and changed; a finished audit is read-only, except that its actions can be marked done and its findings
 * corrected by a recorded {@link AuditAmendment}.
 */
@Entity
@Table(name = "audit")
@NamedQuery(
        name = "Audit.findByOrganisation",
        query = "select a from Audit a where a.organisation.id = :organisationId order by a.date desc, a.id desc")
public class Audit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "template_version_id", nullable = false)
    private TemplateVersion templateVersion;

    @Column(name = "audit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type", nullable = false, length = 20)
    private AuditType type;

    @Column(nullable = false, length = 100)
    private String auditor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditStatus status = AuditStatus.DRAFT;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Finding> findings = new ArrayList<>();

    /** Append-only: corrections of findings after the audit was finished. */
    @OneToMany(mappedBy = "audit", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<AuditAmendment> amendments = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected Audit() {}

    Audit(Organisation organisation, TemplateVersion templateVersion) {
        this.organisation = organisation;
        this.templateVersion = templateVersion;
    }

    /**
     * Records the audit's details and findings (replacing those of a draft) and, if asked, finishes it. Every
     * problem is reported at once, each against its field or standard line.
     */
    void record(AuditDetails details, String by) {
        requireDraft();
        List<FieldError> errors = new ArrayList<>();
        if (details.date() == null) {
            errors.add(new FieldError("date", "Enter the date of the audit."));
        } else if (details.date().isAfter(Dates.today())) {
            errors.add(new FieldError("date", "The audit date cannot be in the future."));
        }
        if (details.type() == null) {
            errors.add(new FieldError("type", "Choose the type of audit."));
        }
        String who = details.auditor() == null || details.auditor().isBlank()
                ? by
                : details.auditor().strip();
        Map<String, FindingInput> byCode = new HashMap<>();
        for (FindingInput input : details.findings()) {
            if (templateVersion.standard(input.standardCode()).isEmpty()) {
                errors.add(new FieldError(
                        "ratings",
                        "Standard " + input.standardCode() + " is not in version " + templateVersion.getNumber()
                                + " of this template."));
            } else if (byCode.put(input.standardCode(), input) != null) {
                errors.add(new FieldError("ratings", "Standard " + input.standardCode() + " is rated twice."));
            }
        }
        for (Standard standard : templateVersion.getStandards()) {
            FindingInput input = byCode.get(standard.getCode());
            errors.addAll(Finding.problems(standard, input, details.finished()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.date = details.date();
        this.type = details.type();
        this.auditor = who;
        replaceFindings(byCode);
        if (details.finished()) {
            status = AuditStatus.FINISHED;
            finishedAt = Instant.now();
        }
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    /** Updates findings in place (one row per standard), adds new ones and drops those no longer given. */
    private void replaceFindings(Map<String, FindingInput> byCode) {
        findings.removeIf(f -> !byCode.containsKey(f.getStandard().getCode()));
        for (Standard standard : templateVersion.getStandards()) {
            FindingInput input = byCode.get(standard.getCode());
            if (input == null) {
                continue;
            }
            Optional<Finding> existing = finding(standard.getCode());
            if (existing.isPresent()) {
                existing.get().update(input);
            } else {
                findings.add(new Finding(this, standard, input));
            }
        }
    }

    /**
     * Corrects one finding of a finished audit (a draft is simply changed), for a reason that is kept with the
     * finding before and after. The audit stays finished and its overall rating follows the corrected findings.
     */
    AuditAmendment amend(FindingInput input, String reason, String by) {
        if (!isFinished()) {
            throw new ConflictException("This audit is a draft: change it and finish it instead of amending it.");
        }
        String standardCode = input == null || input.standardCode() == null ? "" : input.standardCode();
        Finding finding = finding(standardCode)
                .orElseThrow(
                        () -> new InvalidInputException("standardCode", "Choose a standard of this audit to amend."));
        List<FieldError> errors = new ArrayList<>(Finding.problems(finding.getStandard(), input, true));
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null) {
            errors.add(new FieldError("reason", "Say why the finding is being amended."));
        } else if (why.length() > 1000) {
            errors.add(new FieldError("reason", "The reason must be 1,000 characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = finding.describeInFull();
        finding.amend(input);
        if (before.equals(finding.describeInFull())) {
            throw new InvalidInputException(
                    "rating", "Standard " + standardCode + ": nothing is different, so there is nothing to amend.");
        }
        AuditAmendment amendment = new AuditAmendment(this, standardCode, why, before, finding.describeInFull(), by);
        amendments.add(amendment);
        this.updatedAt = Instant.now();
        this.updatedBy = by;
        return amendment;
    }

    void completeAction(Finding finding, String by) {
        finding.completeAction();
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    private void requireDraft() {
        if (status == AuditStatus.FINISHED) {
            throw new ConflictException(
                    "This audit was finished on " + Dates.describe(finishedAt)
                            + " and cannot be changed. Amend a finding on the audit's page (the amendment is recorded), or record a new audit.");
        }
    }

    /**
     * This audit as a reader may see it: the auditor, its findings' evidence and actions and its amendments passed
     * through {@code shown} (restricted people's names masked, see {@code RestrictedNames}). A detached copy for
     * showing, never saved (the service takes an id and a version back, never an audit); this audit itself when nothing
     * changes.
     */
    public Audit shownWith(UnaryOperator<String> shown) {
        boolean same = Objects.equals(shown.apply(auditor), auditor)
                && findings.stream().allMatch(f -> f.shownIn(this, shown) == f)
                && amendments.stream().allMatch(a -> a.shownIn(this, shown) == a);
        if (same) {
            return this;
        }
        Audit copy = new Audit(organisation, templateVersion);
        copy.id = id;
        copy.version = version;
        copy.date = date;
        copy.type = type;
        copy.auditor = shown.apply(auditor);
        copy.status = status;
        copy.finishedAt = finishedAt;
        copy.findings = new ArrayList<>(
                findings.stream().map(f -> f.shownIn(copy, shown)).toList());
        copy.amendments = new ArrayList<>(
                amendments.stream().map(a -> a.shownIn(copy, shown)).toList());
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    /** See {@link OverallRating} for the rule. */
    public OverallRating overall() {
        return OverallRating.of(findings.stream()
                .map(f -> new OverallRating.Rated(f.getRating(), f.getStandard().isCritical()))
                .toList());
    }

    public Optional<Finding> finding(String standardCode) {
        return findings.stream()
                .filter(f -> f.getStandard().getCode().equals(standardCode))
                .findFirst();
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("template", templateVersion.getTemplate().getCode() + " v" + templateVersion.getNumber());
        fields.put("date", Dates.describe(date));
        fields.put("type", type == null ? null : type.label());
        fields.put("auditor", auditor);
        fields.put("status", status.label());
        fields.put("overall", overall().label());
        for (Finding f : getFindings()) {
            fields.put(f.getStandard().getCode(), f.describe());
        }
        return fields;
    }

    public boolean isFinished() {
        return status == AuditStatus.FINISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public TemplateVersion getTemplateVersion() {
        return templateVersion;
    }

    public LocalDate getDate() {
        return date;
    }

    public AuditType getType() {
        return type;
    }

    public String getAuditor() {
        return auditor;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** In the template's order of standards. */
    public List<Finding> getFindings() {
        return findings.stream()
                .sorted(Comparator.comparingInt(f -> f.getStandard().getOrdinal()))
                .toList();
    }

    /** Oldest first. */
    public List<AuditAmendment> getAmendments() {
        return List.copyOf(amendments);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
