package org.engagement.plugins.taxi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The single stored row holding the council's {@link RenewalRule}; the changelog inserts the defaults. */
@Entity
@Table(name = "taxi_renewal_rule")
public class RenewalRuleSettings {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "qualifying_course_codes", length = 1000)
    private String qualifyingCourseCodes;

    @Column(name = "validity_months", nullable = false)
    private int validityMonths;

    @Column(name = "recency_months")
    private Integer recencyMonths;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected RenewalRuleSettings() {}

    public RenewalRule rule() {
        String codes = qualifyingCourseCodes == null ? "" : qualifyingCourseCodes;
        return new RenewalRule(
                Arrays.stream(codes.split(",")).collect(Collectors.toSet()), validityMonths, recencyMonths);
    }

    public void change(RenewalRule rule, String by) {
        qualifyingCourseCodes = rule.qualifyingCourseCodes().stream().sorted().collect(Collectors.joining(","));
        validityMonths = rule.validityMonths();
        recencyMonths = rule.recencyMonths();
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("qualifyingCourseCodes", qualifyingCourseCodes);
        fields.put("validityMonths", Integer.toString(validityMonths));
        fields.put("recencyMonths", recencyMonths == null ? "no recency rule" : recencyMonths.toString());
        return fields;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
