package org.engagement.core.safeguarding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.engagement.core.shared.ConflictException;

/** A named set of standards (e.g. the core's voluntary, community and faith settings audit), kept in versions. */
@Entity
@Table(name = "audit_template")
@NamedQuery(name = "AuditTemplate.findByCode", query = "select t from AuditTemplate t where t.code = :code")
@NamedQuery(name = "AuditTemplate.all", query = "select t from AuditTemplate t order by t.title")
public class AuditTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_template_seq")
    @SequenceGenerator(name = "audit_template_seq", sequenceName = "audit_template_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40, unique = true)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("number")
    private List<TemplateVersion> versions = new ArrayList<>();

    protected AuditTemplate() {}

    AuditTemplate(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** A new draft version numbered after the last one. Only one draft at a time. */
    TemplateVersion newDraft(String title, List<StandardDefinition> standards, String by) {
        if (draft().isPresent()) {
            throw new ConflictException("Template " + code + " already has a draft (version "
                    + draft().get().getNumber() + "). Edit or publish that.");
        }
        TemplateVersion draft = new TemplateVersion(this, versions.size() + 1, title, standards, by);
        versions.add(draft);
        this.title = title;
        return draft;
    }

    void retitle(String newTitle) {
        this.title = newTitle;
    }

    public Optional<TemplateVersion> latestPublished() {
        return versions.stream()
                .filter(TemplateVersion::isPublished)
                .max(Comparator.comparingInt(TemplateVersion::getNumber));
    }

    public Optional<TemplateVersion> draft() {
        return versions.stream().filter(v -> !v.isPublished()).findFirst();
    }

    public Optional<TemplateVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public List<TemplateVersion> getVersions() {
        return List.copyOf(versions);
    }
}
