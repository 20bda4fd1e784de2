package org.engagement.core.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One standard within a template version. Never changes once its version is published. */
@Entity
@Table(name = "audit_standard")
public class Standard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_standard_seq")
    @SequenceGenerator(name = "audit_standard_seq", sequenceName = "audit_standard_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "template_version_id", nullable = false)
    private TemplateVersion templateVersion;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String guidance;

    @Column(length = 2000)
    private String evidence;

    @Column(nullable = false)
    private boolean critical;

    protected Standard() {}

    Standard(TemplateVersion templateVersion, int ordinal, StandardDefinition definition) {
        this.templateVersion = templateVersion;
        this.ordinal = ordinal;
        this.code = definition.code().strip();
        this.title = definition.title().strip();
        this.guidance = blankToNull(definition.guidance());
        this.evidence = blankToNull(definition.evidence());
        this.critical = definition.critical();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    StandardDefinition definition() {
        return new StandardDefinition(code, title, guidance, evidence, critical);
    }

    public Long getId() {
        return id;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getGuidance() {
        return guidance;
    }

    public String getEvidence() {
        return evidence;
    }

    public boolean isCritical() {
        return critical;
    }
}
