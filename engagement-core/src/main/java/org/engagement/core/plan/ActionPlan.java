package org.engagement.core.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** One action plan (e.g. "CSE action plan 2016/17"), running between two dates. Several may exist. */
@Entity
@Table(name = "action_plan")
@NamedQuery(name = "ActionPlan.findByTitle", query = "select p from ActionPlan p where p.titleKey = :key")
@NamedQuery(name = "ActionPlan.all", query = "select p from ActionPlan p order by p.startsOn desc, p.id desc")
public class ActionPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_seq")
    @SequenceGenerator(name = "action_plan_seq", sequenceName = "action_plan_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    /** Upper-case title, unique, so two plans cannot be told apart only by case. */
    @Column(name = "title_key", nullable = false, length = 200, unique = true)
    private String titleKey;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected ActionPlan() {}

    public ActionPlan(PlanDetails details, String by) {
        change(details, by);
    }

    public final void change(PlanDetails d, String by) {
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = Text.required(d.title(), "title", "Enter the plan's title.", 200, errors);
        if (d.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Enter the date the plan starts."));
        }
        if (d.endsOn() == null) {
            errors.add(new FieldError("endsOn", "Enter the date the plan ends."));
        } else if (d.startsOn() != null && !d.endsOn().isAfter(d.startsOn())) {
            errors.add(new FieldError("endsOn", "The plan must end after it starts."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        title = cleanTitle;
        titleKey = titleKey(cleanTitle);
        startsOn = d.startsOn();
        endsOn = d.endsOn();
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public static String titleKey(String title) {
        return title == null ? "" : title.strip().toUpperCase(Locale.ROOT);
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("startsOn", Dates.describe(startsOn));
        fields.put("endsOn", Dates.describe(endsOn));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
