package org.engagement.core.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.engagement.core.shared.InvalidInputException;

/** How many people of an audience the partnership means to train in a financial year. */
@Entity
@Table(name = "training_target")
@NamedQuery(name = "TrainingTarget.findByYear", query = "SELECT t FROM TrainingTarget t WHERE t.yearStart = :yearStart")
public class TrainingTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_target_seq")
    @SequenceGenerator(name = "training_target_seq", sequenceName = "training_target_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "audience_code", nullable = false, length = 40)
    private String audienceCode;

    /** The calendar year the financial year starts in: 2016 for 2016/17. */
    @Column(name = "year_start", nullable = false)
    private int yearStart;

    @Column(name = "target_count", nullable = false)
    private int target;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected TrainingTarget() {}

    public TrainingTarget(String audienceCode, int yearStart, int target, String by) {
        this.audienceCode = audienceCode;
        this.yearStart = yearStart;
        set(target, by);
    }

    public void set(int newTarget, String by) {
        if (newTarget < 0 || newTarget > 10_000_000) {
            throw new InvalidInputException("target", "Enter a target of 0 or more people.");
        }
        target = newTarget;
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("audience", audienceCode);
        fields.put("year", Integer.toString(yearStart));
        fields.put("target", Integer.toString(target));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public String getAudienceCode() {
        return audienceCode;
    }

    public int getYearStart() {
        return yearStart;
    }

    public int getTarget() {
        return target;
    }
}
