package org.engagement.core.privacy.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One application of the schedule: when, by whom, how many records and what it did to each kind. Never changed. */
@Entity
@Table(name = "retention_run")
@NamedQuery(name = "RetentionRun.latest", query = "select r from RetentionRun r order by r.ranAt desc, r.id desc")
public class RetentionRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ran_at", nullable = false, updatable = false)
    private Instant ranAt;

    @Column(name = "ran_by", nullable = false, length = 40, updatable = false)
    private String ranBy;

    @Column(name = "records_affected", nullable = false, updatable = false)
    private int recordsAffected;

    @Column(nullable = false, length = 2000, updatable = false)
    private String summary;

    protected RetentionRun() {}

    RetentionRun(Instant ranAt, String ranBy, int recordsAffected, String summary) {
        this.ranAt = ranAt;
        this.ranBy = ranBy;
        this.recordsAffected = recordsAffected;
        this.summary = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
    }

    public Long getId() {
        return id;
    }

    public Instant getRanAt() {
        return ranAt;
    }

    public String getRanBy() {
        return ranBy;
    }

    public int getRecordsAffected() {
        return recordsAffected;
    }

    public String getSummary() {
        return summary;
    }
}
