package org.engagement.core.privacy;

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
import java.time.Instant;
import java.util.Objects;

/** One thing done for a person's rights (an export, an erasure): who, when, why. Written once, never changed. */
@Entity
@Table(name = "privacy_request")
@NamedQuery(
        name = "PrivacyRequest.findByPerson",
        query = "select r from PrivacyRequest r where r.personId = :personId order by r.doneAt, r.id")
public class PrivacyRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_request_seq")
    @SequenceGenerator(name = "privacy_request_seq", sequenceName = "privacy_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private PrivacyRequestKind kind;

    @Column(length = 1000, updatable = false)
    private String detail;

    @Column(name = "done_by", nullable = false, length = 40, updatable = false)
    private String doneBy;

    @Column(name = "done_at", nullable = false, updatable = false)
    private Instant doneAt;

    protected PrivacyRequest() {}

    PrivacyRequest(long personId, PrivacyRequestKind kind, String detail, String doneBy, Instant doneAt) {
        this.personId = personId;
        this.kind = Objects.requireNonNull(kind);
        this.detail = detail;
        this.doneBy = Objects.requireNonNull(doneBy);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public PrivacyRequestKind getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
