package org.engagement.plugins.housing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * What the housing sector records about a landlord or letting agent. Keyed by the organisation's id (a core
 * record referred to by id, not by a JPA relationship, so the core's persistence unit never needs this class).
 */
@Entity
@Table(name = "housing_landlord_profile")
@NamedQuery(
        name = "LandlordProfile.bySchemeSummary",
        query =
                "select coalesce(p.licensingScheme, ''), count(p), "
                        + "coalesce(sum(p.propertyCount), 0) from LandlordProfile p group by p.licensingScheme order by p.licensingScheme")
public class LandlordProfile {

    static final int MAX_PROPERTIES = 100_000;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @Column(name = "property_count")
    private Integer propertyCount;

    /** The licensing scheme the landlord belongs to; empty when not a member of any. */
    @Column(name = "licensing_scheme", length = 100)
    private String licensingScheme;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected LandlordProfile() {}

    LandlordProfile(long organisationId) {
        this.organisationId = organisationId;
    }

    void change(Integer propertyCount, String licensingScheme, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (propertyCount != null && (propertyCount < 0 || propertyCount > MAX_PROPERTIES)) {
            errors.add(new FieldError(
                    "propertyCount", "Number of properties must be between 0 and " + MAX_PROPERTIES + "."));
        }
        String scheme = licensingScheme == null || licensingScheme.isBlank() ? null : licensingScheme.strip();
        if (scheme != null && scheme.length() > 100) {
            errors.add(new FieldError("licensingScheme", "Licensing scheme must be at most 100 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.propertyCount = propertyCount;
        this.licensingScheme = scheme;
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Number of properties", propertyCount == null ? "" : propertyCount.toString());
        fields.put("Licensing scheme", licensingScheme == null ? "Not a member" : licensingScheme);
        return fields;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getVersion() {
        return version;
    }

    public Integer getPropertyCount() {
        return propertyCount;
    }

    public String getLicensingScheme() {
        return licensingScheme;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
