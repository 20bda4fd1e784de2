package org.engagement.plugins.taxi.domain;

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
import java.time.LocalDate;
import java.util.stream.Collectors;

/** One renewal check someone ran, by screen or API, and what it said. Never changed once written. */
@Entity
@Table(name = "taxi_check_log")
@NamedQuery(
        name = "CheckLogEntry.newestFirst",
        query = "SELECT e FROM CheckLogEntry e WHERE e.licenceNumber LIKE :licence ESCAPE '!'"
                + " ORDER BY e.checkedAt DESC, e.id DESC")
@NamedQuery(
        name = "CheckLogEntry.count",
        query = "SELECT COUNT(e) FROM CheckLogEntry e WHERE e.licenceNumber LIKE :licence ESCAPE '!'")
public class CheckLogEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taxi_check_log_seq")
    @SequenceGenerator(name = "taxi_check_log_seq", sequenceName = "taxi_check_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false, length = 40)
    private String checkedBy;

    @Column(name = "licence_number", nullable = false, length = 30)
    private String licenceNumber;

    @Column(name = "renewal_date", nullable = false)
    private LocalDate renewalDate;

    @Column(nullable = false)
    private boolean eligible;

    @Column(length = 300)
    private String reasons;

    @Column(nullable = false, length = 10)
    private String channel;

    protected CheckLogEntry() {}

    public CheckLogEntry(String licenceNumber, RenewalDecision decision, String checkedBy, String channel) {
        this.checkedAt = Instant.now();
        this.checkedBy = checkedBy;
        this.licenceNumber = licenceNumber;
        this.renewalDate = decision.renewalDate();
        this.eligible = decision.eligible();
        this.reasons = decision.reasons().stream().map(Enum::name).collect(Collectors.joining(", "));
        this.channel = channel;
    }

    public Long getId() {
        return id;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getRenewalDate() {
        return renewalDate;
    }

    public boolean isEligible() {
        return eligible;
    }

    public String getReasons() {
        return reasons;
    }

    public String getChannel() {
        return channel;
    }
}
