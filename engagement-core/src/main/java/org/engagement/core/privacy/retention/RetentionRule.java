package org.engagement.core.privacy.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.engagement.core.spi.RetentionAction;

/** The data protection officer's setting for one kind of record; a kind without one keeps its owner's default. */
@Entity
@Table(name = "retention_rule")
@NamedQuery(name = "RetentionRule.findAll", query = "select r from RetentionRule r")
public class RetentionRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_rule_seq")
    @SequenceGenerator(name = "retention_rule_seq", sequenceName = "retention_rule_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 60, updatable = false)
    private String kind;

    @Column(name = "period_months", nullable = false)
    private int periodMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetentionAction action;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected RetentionRule() {}

    RetentionRule(String kind, int periodMonths, RetentionAction action, String by, Instant at) {
        this.kind = kind;
        change(periodMonths, action, by, at);
    }

    void change(int months, RetentionAction newAction, String by, Instant at) {
        this.periodMonths = months;
        this.action = newAction;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public int getPeriodMonths() {
        return periodMonths;
    }

    public RetentionAction getAction() {
        return action;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
