package org.engagement.plugins.retail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.engagement.core.shared.InvalidInputException;

/** What the retail sector records about premises, keyed by the organisation's id. */
@Entity
@Table(name = "retail_premises")
public class RetailPremises {

    static final int MAX_STAFF = 50_000;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Version
    private long version;

    @Column(name = "staff_headcount")
    private Integer staffHeadcount;

    /** Named as a hotspot by the partnership (from concerns reported at its meetings). */
    @Column(nullable = false)
    private boolean hotspot;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected RetailPremises() {}

    RetailPremises(long organisationId) {
        this.organisationId = organisationId;
    }

    void change(Integer staffHeadcount, boolean hotspot, String by) {
        if (staffHeadcount != null && (staffHeadcount < 0 || staffHeadcount > MAX_STAFF)) {
            throw new InvalidInputException(
                    "staffHeadcount", "Staff headcount must be between 0 and " + MAX_STAFF + ".");
        }
        this.staffHeadcount = staffHeadcount;
        this.hotspot = hotspot;
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Staff headcount", staffHeadcount == null ? "" : staffHeadcount.toString());
        fields.put("Hotspot", hotspot ? "Yes" : "No");
        return fields;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public long getVersion() {
        return version;
    }

    public Integer getStaffHeadcount() {
        return staffHeadcount;
    }

    public boolean isHotspot() {
        return hotspot;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
