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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * One numbered version of a template's standards. Drafts may be edited; once published a version never changes,
 * so audits done against it keep exactly the standards they were rated on.
 */
@Entity
@Table(name = "audit_template_version")
public class TemplateVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_template_version_seq")
    @SequenceGenerator(
            name = "audit_template_version_seq",
            sequenceName = "audit_template_version_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "template_id", nullable = false)
    private AuditTemplate template;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TemplateStatus status = TemplateStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("ordinal")
    private List<Standard> standards = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected TemplateVersion() {}

    TemplateVersion(AuditTemplate template, int number, String title, List<StandardDefinition> standards, String by) {
        this.template = template;
        this.number = number;
        replace(title, standards, by);
    }

    /** Replaces a draft's title and standards. */
    void replace(String newTitle, List<StandardDefinition> definitions, String by) {
        if (isPublished()) {
            throw new ConflictException("Version " + number + " of " + template.getCode()
                    + " is published and cannot change. Start a new draft version instead.");
        }
        validate(newTitle, definitions);
        this.title = newTitle.strip();
        standards.clear();
        for (int i = 0; i < definitions.size(); i++) {
            standards.add(new Standard(this, i, definitions.get(i)));
        }
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    private static void validate(String title, List<StandardDefinition> definitions) {
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "Enter the template's title."));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            StandardDefinition d = definitions.get(i);
            String line = "standards[" + i + "]";
            if (d.code() == null || d.code().isBlank() || d.code().strip().length() > 20) {
                errors.add(new FieldError(
                        line + ".code", "Standard " + (i + 1) + ": enter a short code (up to 20 characters)."));
            } else if (!codes.add(d.code().strip())) {
                errors.add(new FieldError(
                        line + ".code",
                        "Standard " + (i + 1) + ": code " + d.code().strip() + " is used twice."));
            }
            if (d.title() == null || d.title().isBlank()) {
                errors.add(new FieldError(line + ".title", "Standard " + (i + 1) + ": enter what the standard asks."));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    void publish(String by) {
        if (standards.isEmpty()) {
            throw new InvalidInputException("standards", "Add at least one standard before publishing.");
        }
        if (isPublished()) {
            throw new ConflictException("Version " + number + " of " + template.getCode() + " is already published.");
        }
        status = TemplateStatus.PUBLISHED;
        publishedAt = Instant.now();
        updatedAt = publishedAt;
        updatedBy = by;
    }

    /** Whether the standards say the same as these definitions (so installing them again changes nothing). */
    boolean sameStandardsAs(List<StandardDefinition> definitions) {
        return definitions().equals(definitions);
    }

    public List<StandardDefinition> definitions() {
        return standards.stream().map(Standard::definition).toList();
    }

    public Optional<Standard> standard(String code) {
        return standards.stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("status", status.label());
        for (Standard s : standards) {
            fields.put("standard " + s.getCode(), s.getTitle() + (s.isCritical() ? " (critical)" : ""));
        }
        return fields;
    }

    public boolean isPublished() {
        return status == TemplateStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public AuditTemplate getTemplate() {
        return template;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public TemplateStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<Standard> getStandards() {
        return List.copyOf(standards);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
