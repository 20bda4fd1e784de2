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
import org.engagement.core.contact.LawfulBasis;

/**
 * A person's objection (Article 21) to processing on a basis they may object to, and the data protection officer's
 * decision on it with the reason. Written once, never changed.
 */
@Entity
@Table(name = "privacy_objection")
@NamedQuery(
        name = "Objection.findByPerson",
        query = "select o from Objection o where o.personId = :personId order by o.decidedAt, o.id")
public class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "privacy_objection_seq")
    @SequenceGenerator(name = "privacy_objection_seq", sequenceName = "privacy_objection_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "processing_basis", nullable = false, length = 30, updatable = false)
    private LawfulBasis processingBasis;

    @Column(nullable = false, length = 1000, updatable = false)
    private String grounds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ObjectionDecision decision;

    @Column(name = "decision_reason", nullable = false, length = 1000, updatable = false)
    private String decisionReason;

    @Column(name = "decided_by", nullable = false, length = 40, updatable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected Objection() {}

    Objection(
            long personId,
            LawfulBasis processingBasis,
            String grounds,
            ObjectionDecision decision,
            String decisionReason,
            String decidedBy,
            Instant decidedAt) {
        if (!objectable(processingBasis)) {
            throw new IllegalArgumentException("No right to object to processing on " + processingBasis);
        }
        this.personId = personId;
        this.processingBasis = processingBasis;
        this.grounds = Objects.requireNonNull(grounds);
        this.decision = Objects.requireNonNull(decision);
        this.decisionReason = Objects.requireNonNull(decisionReason);
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    /** Article 21(1): the right to object holds where processing rests on public task or legitimate interests. */
    public static boolean objectable(LawfulBasis basis) {
        return basis == LawfulBasis.PUBLIC_TASK || basis == LawfulBasis.LEGITIMATE_INTERESTS;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LawfulBasis getProcessingBasis() {
        return processingBasis;
    }

    public String getGrounds() {
        return grounds;
    }

    public ObjectionDecision getDecision() {
        return decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
