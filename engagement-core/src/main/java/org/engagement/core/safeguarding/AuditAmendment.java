package org.engagement.core.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A correction of one finding of a finished audit: who made it, when, why, and the finding before and after. Kept
 * for good (nothing changes or removes one), so a finished audit's record is never silently rewritten.
 */
@Entity
@Table(name = "audit_amendment")
public class AuditAmendment implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_amendment_seq")
    @SequenceGenerator(name = "audit_amendment_seq", sequenceName = "audit_amendment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "audit_id", nullable = false, updatable = false)
    private Audit audit;

    @Column(name = "standard_code", nullable = false, length = 40, updatable = false)
    private String standardCode;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "finding_before", nullable = false, length = 6000, updatable = false)
    private String before;

    @Column(name = "finding_after", nullable = false, length = 6000, updatable = false)
    private String after;

    @Column(name = "amended_at", nullable = false, updatable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false, length = 40, updatable = false)
    private String amendedBy;

    protected AuditAmendment() {}

    AuditAmendment(Audit audit, String standardCode, String reason, String before, String after, String by) {
        this.audit = audit;
        this.standardCode = standardCode;
        this.reason = reason;
        this.before = before;
        this.after = after;
        this.amendedAt = Instant.now();
        this.amendedBy = by;
    }

    /**
     * A detached copy under {@code audit} with its reason and findings passed through {@code shown} (see
     * {@link Audit#shownWith}), never saved; this amendment itself when nothing changes and the audit is its own.
     */
    AuditAmendment shownIn(Audit shownAudit, UnaryOperator<String> shown) {
        if (shownAudit == audit
                && Objects.equals(shown.apply(reason), reason)
                && Objects.equals(shown.apply(before), before)
                && Objects.equals(shown.apply(after), after)) {
            return this;
        }
        AuditAmendment copy = new AuditAmendment(
                shownAudit, standardCode, shown.apply(reason), shown.apply(before), shown.apply(after), amendedBy);
        copy.id = id;
        copy.amendedAt = amendedAt;
        return copy;
    }

    public Long getId() {
        return id;
    }

    public String getStandardCode() {
        return standardCode;
    }

    public String getReason() {
        return reason;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public Instant getAmendedAt() {
        return amendedAt;
    }

    public String getAmendedBy() {
        return amendedBy;
    }
}
