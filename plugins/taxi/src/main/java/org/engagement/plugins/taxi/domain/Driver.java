package org.engagement.plugins.taxi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A licensed driver. Written in bulk by the register import (see the persistence package's {@code TaxiStore}); read here.
 * {@code personId} is the core person training records attach to; {@code operatorId} an organisation.
 */
@Entity
@Table(name = "taxi_driver")
@NamedQuery(
        name = "Driver.findByLicenceNumber",
        query = "SELECT d FROM Driver d WHERE d.licenceNumber = :licenceNumber")
public class Driver implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "licence_number", nullable = false, length = 30)
    private String licenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_type", nullable = false, length = 20)
    private LicenceType licenceType;

    @Column(nullable = false, length = 100)
    private String surname;

    @Column(nullable = false, length = 100)
    private String forenames;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "licence_expiry", nullable = false)
    private LocalDate licenceExpiry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LicenceStatus status;

    @Column(name = "operator_id")
    private Long operatorId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected Driver() {}

    /** A driver as read by plain JDBC on the renewal check's hot path (not managed by JPA). */
    public Driver(
            long id,
            long version,
            String licenceNumber,
            LicenceType licenceType,
            String surname,
            String forenames,
            LocalDate dateOfBirth,
            LocalDate licenceExpiry,
            LicenceStatus status,
            Long operatorId,
            long personId,
            Instant updatedAt,
            String updatedBy) {
        this.id = id;
        this.version = version;
        this.licenceNumber = licenceNumber;
        this.licenceType = licenceType;
        this.surname = surname;
        this.forenames = forenames;
        this.dateOfBirth = dateOfBirth;
        this.licenceExpiry = licenceExpiry;
        this.status = status;
        this.operatorId = operatorId;
        this.personId = personId;
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
    }

    public String getName() {
        return forenames + " " + surname;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LicenceType getLicenceType() {
        return licenceType;
    }

    public String getSurname() {
        return surname;
    }

    public String getForenames() {
        return forenames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public LocalDate getLicenceExpiry() {
        return licenceExpiry;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
