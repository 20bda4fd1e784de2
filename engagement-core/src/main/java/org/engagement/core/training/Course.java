package org.engagement.core.training;

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
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** A course the partnership delivers. Its validity decides when each attendee's training expires. */
@Entity
@Table(name = "training_course")
@NamedQuery(name = "Course.findAll", query = "SELECT c FROM Course c ORDER BY c.title")
@NamedQuery(name = "Course.findByCode", query = "SELECT c FROM Course c WHERE c.code = :code")
public class Course implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_course_seq")
    @SequenceGenerator(name = "training_course_seq", sequenceName = "training_course_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "level_code", nullable = false, length = 40)
    private String levelCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Delivery delivery;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(length = 2000)
    private String description;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected Course() {}

    /** The level must already have been checked against the catalogue. */
    public Course(CourseDetails details, String createdBy) {
        apply(details, createdBy);
    }

    public void change(CourseDetails details, String changedBy) {
        apply(details, changedBy);
    }

    private void apply(CourseDetails details, String by) {
        List<FieldError> errors = new ArrayList<>();
        String cleanCode = clean(details.code());
        if (cleanCode == null) {
            errors.add(new FieldError("code", "Enter a short code for the course, e.g. CSE-L3."));
        } else if (!CODE.matcher(cleanCode.toUpperCase(Locale.ROOT)).matches()) {
            errors.add(new FieldError(
                    "code", "Use up to 40 capital letters, digits, hyphens or underscores for the code."));
        }
        String cleanTitle = clean(details.title());
        if (cleanTitle == null || cleanTitle.length() > 200) {
            errors.add(new FieldError("title", "Enter the course title (200 characters or fewer)."));
        }
        if (details.delivery() == null) {
            errors.add(new FieldError("delivery", "Choose how the course is delivered."));
        }
        if (details.validityMonths() != null && (details.validityMonths() < 1 || details.validityMonths() > 120)) {
            errors.add(new FieldError(
                    "validityMonths",
                    "Enter a validity of 1 to 120 months, or leave it empty if the training does not expire."));
        }
        String cleanDescription = clean(details.description());
        if (cleanDescription != null && cleanDescription.length() > 2000) {
            errors.add(new FieldError("description", "Keep the description to 2,000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        code = cleanCode.toUpperCase(Locale.ROOT);
        title = cleanTitle;
        levelCode = details.levelCode();
        delivery = details.delivery();
        validityMonths = details.validityMonths();
        description = cleanDescription;
        updatedAt = Instant.now();
        updatedBy = by;
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The last day training completed on this date counts, or null if it never expires. */
    public LocalDate validUntil(LocalDate completedOn) {
        return validUntil(completedOn, validityMonths);
    }

    /**
     * The last day training completed on this date counts for a course valid for so many months, or null if it never
     * expires: the one rule, also for records written in bulk.
     */
    public static LocalDate validUntil(LocalDate completedOn, Integer validityMonths) {
        return validityMonths == null
                ? null
                : completedOn.plusMonths(validityMonths).minusDays(1);
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("title", title);
        fields.put("level", levelCode);
        fields.put("delivery", delivery.label());
        fields.put("validityMonths", validityMonths == null ? "does not expire" : validityMonths.toString());
        fields.put("description", description);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public Delivery getDelivery() {
        return delivery;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public String getDescription() {
        return description;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
