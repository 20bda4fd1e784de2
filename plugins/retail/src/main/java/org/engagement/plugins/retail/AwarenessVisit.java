package org.engagement.plugins.retail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** An awareness visit to premises: when, which partner came along, and what was left behind. Not edited once made. */
@Entity
@Table(name = "retail_awareness_visit")
@NamedQuery(
        name = "AwarenessVisit.byOrganisation",
        query =
                "select v from AwarenessVisit v where v.organisationId = :organisationId order by v.visitDate desc, v.id desc")
@NamedQuery(
        name = "AwarenessVisit.visitedOrganisations",
        query = "select distinct v.organisationId from AwarenessVisit v")
public class AwarenessVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retail_visit_seq")
    @SequenceGenerator(name = "retail_visit_seq", sequenceName = "retail_visit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Column(length = 200)
    private String partner;

    @Column(name = "materials_left", length = 500)
    private String materialsLeft;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 40)
    private String recordedBy;

    protected AwarenessVisit() {}

    AwarenessVisit(long organisationId, LocalDate visitDate, String partner, String materialsLeft, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (visitDate == null) {
            errors.add(new FieldError("visitDate", "Enter the date of the visit."));
        } else if (visitDate.isAfter(Dates.today())) {
            errors.add(new FieldError("visitDate", "The visit date cannot be in the future."));
        }
        this.partner = text(partner, "partner", "Partner", 200, errors);
        this.materialsLeft = text(materialsLeft, "materialsLeft", "Materials left", 500, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.organisationId = organisationId;
        this.visitDate = visitDate;
        this.recordedAt = Instant.now();
        this.recordedBy = by;
    }

    private static String text(String value, String field, String label, int max, List<FieldError> errors) {
        String stripped = value == null || value.isBlank() ? null : value.strip();
        if (stripped != null && stripped.length() > max) {
            errors.add(new FieldError(field, label + " must be at most " + max + " characters."));
        }
        return stripped;
    }

    Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Visit date", Dates.describe(visitDate));
        fields.put("Partner who came along", partner == null ? "" : partner);
        fields.put("Materials left", materialsLeft == null ? "" : materialsLeft);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public String getPartner() {
        return partner;
    }

    public String getMaterialsLeft() {
        return materialsLeft;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
