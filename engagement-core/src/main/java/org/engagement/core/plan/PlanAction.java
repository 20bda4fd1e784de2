package org.engagement.core.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * A numbered action of a plan ("4.2"). It guards its own rules: the reference sits under its outcome's number, it
 * is due on or after it starts, red and amber say why, and an action whose measure is bound to a figure follows the
 * suggested status unless its lead overrides it with a reason.
 */
@Entity
@Table(name = "plan_action")
@NamedQuery(
        name = "PlanAction.ofPlan",
        query = "select a from PlanAction a where a.plan.id = :plan" + " order by a.outcome.number, a.referenceKey")
@NamedQuery(
        name = "PlanAction.byReference",
        query = "select a from PlanAction a where a.plan.id = :plan and a.referenceKey = :key")
@NamedQuery(
        name = "PlanAction.measured",
        query = "select a from PlanAction a where a.measure.figureId is not null"
                + " order by a.plan.startsOn desc, a.referenceKey")
public class PlanAction implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern REFERENCE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){1,3}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
    @SequenceGenerator(name = "plan_action_seq", sequenceName = "plan_action_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id", nullable = false)
    private ActionPlan plan;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "outcome_id", nullable = false)
    private Outcome outcome;

    @Column(nullable = false, length = 20)
    private String reference;

    /** The reference with its numbers zero-padded ("004.002"), so 4.10 sorts after 4.9; unique within the plan. */
    @Column(name = "reference_key", nullable = false, length = 20)
    private String referenceKey;

    @Column(nullable = false, length = 400)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "lead_officer", nullable = false, length = 200)
    private String leadOfficer;

    @Column(name = "partner_agencies", length = 1000)
    private String partnerAgencies;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "measure_of_success", length = 2000)
    private String measureOfSuccess;

    /** Null while a bound measure's suggestion stands; otherwise the status a lead chose. */
    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Rag status;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Embedded
    private Measure measure;

    @Column(name = "carried_from_id")
    private Long carriedFromId;

    @Column(name = "carried_to_id")
    private Long carriedToId;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected PlanAction() {}

    public PlanAction(ActionPlan plan, Outcome outcome, ActionDetails details, String by) {
        this.plan = plan;
        change(outcome, details, by);
    }

    /** A copy of {@code original} in a later plan, with its measure, status and reason; it says where it came from. */
    static PlanAction carriedForward(
            PlanAction original, ActionPlan plan, Outcome outcome, ActionDetails details, String by) {
        PlanAction copy = new PlanAction();
        copy.plan = plan;
        Measure m = original.getMeasure();
        copy.measure =
                m == null ? null : new Measure(m.getFigureId(), m.getTarget(), m.getTargetDate(), m.getCountFrom());
        copy.carriedFromId = original.getId();
        copy.change(outcome, details, by);
        return copy;
    }

    /** Whether the reference is written as numbers with full stops, e.g. 4.2. */
    static boolean isWellFormed(String reference) {
        return reference != null && REFERENCE.matcher(reference.strip()).matches();
    }

    public final void change(Outcome newOutcome, ActionDetails d, String by) {
        requireOpen();
        List<FieldError> errors = new ArrayList<>();
        String ref = checkReference(d.reference(), newOutcome.getNumber(), errors);
        String cleanTitle = Text.required(d.title(), "title", "Enter the action's title.", 400, errors);
        String cleanDescription = Text.optional(d.description(), "description", 4000, errors);
        String lead = Text.required(d.leadOfficer(), "leadOfficer", "Name the lead officer.", 200, errors);
        String partners = Text.optional(d.partnerAgencies(), "partnerAgencies", 1000, errors);
        String success = Text.optional(d.measureOfSuccess(), "measureOfSuccess", 2000, errors);
        if (d.startDate() != null && d.dueDate() != null && d.dueDate().isBefore(d.startDate())) {
            errors.add(new FieldError("dueDate", "The due date must be on or after the start date."));
        }
        String reason = checkStatus(d.status(), d.statusReason(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        outcome = newOutcome;
        reference = ref;
        referenceKey = referenceKey(ref);
        title = cleanTitle;
        description = cleanDescription;
        leadOfficer = lead;
        partnerAgencies = partners;
        startDate = d.startDate();
        dueDate = d.dueDate();
        measureOfSuccess = success;
        status = d.status();
        statusReason = reason;
        touch(by);
    }

    /**
     * Sets the status by hand, with the reason in words. For an action whose measure is bound this overrides the
     * suggestion, so the reason is always required then.
     */
    public void setStatus(Rag newStatus, String reason, String by) {
        requireOpen();
        List<FieldError> errors = new ArrayList<>();
        if (newStatus == null) {
            errors.add(new FieldError("status", "Choose the status: red, amber, green or complete."));
        }
        String clean = checkStatus(newStatus, reason, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        status = newStatus;
        statusReason = clean;
        touch(by);
    }

    /** Drops a hand-set status, so the bound measure's suggestion is shown again. */
    public void followSuggestion(String by) {
        requireOpen();
        if (!isMeasured()) {
            throw new InvalidInputException(
                    "status",
                    "Only an action whose measure is bound to a figure has a suggested status."
                            + " Choose its status instead.");
        }
        status = null;
        statusReason = null;
        touch(by);
    }

    /** Binds the measure to a figure; from now on the suggested status is shown unless a lead overrides it. */
    void bind(String figureId, BigDecimal target, LocalDate targetDate, LocalDate countFrom, String by) {
        requireOpen();
        measure = new Measure(figureId, target, targetDate, countFrom);
        if (status != Rag.COMPLETE) {
            status = null;
            statusReason = null;
        }
        touch(by);
    }

    /** Unbinds the measure: a lead's status (with its reason) takes over. */
    public void unbind(Rag newStatus, String reason, String by) {
        requireOpen();
        if (!isMeasured()) {
            throw new InvalidInputException("measure", "The action's measure is not bound to a figure.");
        }
        Measure kept = measure;
        measure = null;
        try {
            setStatus(newStatus, reason, by);
        } catch (InvalidInputException invalid) {
            measure = kept;
            throw invalid;
        }
    }

    /** Records that the action was carried to another plan as {@code copyId}; it is then read-only here. */
    void carriedTo(long copyId, String by) {
        requireOpen();
        carriedToId = copyId;
        touch(by);
    }

    private String checkStatus(Rag candidate, String reason, List<FieldError> errors) {
        String clean = Text.optional(reason, "statusReason", 2000, errors);
        if (candidate == null && !isMeasured()) {
            errors.add(new FieldError("status", "Choose the status: red, amber, green or complete."));
        } else if (candidate != null
                && clean == null
                && (candidate.needsReason() || isMeasured() && candidate != Rag.COMPLETE)) {
            errors.add(new FieldError(
                    "statusReason",
                    isMeasured()
                            ? "Say why you are overriding the status suggested by the measure."
                            : "Say why the action is " + candidate.label().toLowerCase() + "."));
        }
        return clean;
    }

    private static String checkReference(String value, int outcomeNumber, List<FieldError> errors) {
        String clean = value == null ? null : value.strip();
        if (clean == null || clean.isEmpty()) {
            errors.add(new FieldError("reference", "Enter the action's reference, e.g. " + outcomeNumber + ".1."));
        } else if (!REFERENCE.matcher(clean).matches()) {
            errors.add(new FieldError(
                    "reference", "Write the reference as numbers with full stops, e.g. " + outcomeNumber + ".1."));
        } else if (Integer.parseInt(clean.substring(0, clean.indexOf('.'))) != outcomeNumber) {
            errors.add(new FieldError(
                    "reference",
                    "Action " + clean + " is not under outcome " + outcomeNumber + ": its reference must start with "
                            + outcomeNumber + "."));
        }
        return clean;
    }

    static String referenceKey(String reference) {
        StringBuilder key = new StringBuilder();
        for (String part : reference.strip().split("\\.")) {
            key.append(key.isEmpty() ? "" : ".").append(String.format("%03d", Integer.parseInt(part)));
        }
        return key.toString();
    }

    private void requireOpen() {
        if (carriedToId != null) {
            throw new ConflictException(
                    "Action " + reference + " was carried to the next plan. Change it there instead.");
        }
    }

    private void touch(String by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public boolean isMeasured() {
        return measure != null && measure.isBound();
    }

    /** Past its due date and not complete. */
    public boolean isOverdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && status != Rag.COMPLETE && carriedToId == null;
    }

    /** Whether the shown status is a lead's override of the measure's suggestion. */
    public boolean isOverridden() {
        return isMeasured() && status != null;
    }

    /** Field values as the change history shows them. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("outcome", outcome.getNumber() + ". " + outcome.getTitle());
        fields.put("reference", reference);
        fields.put("title", title);
        fields.put("description", description);
        fields.put("leadOfficer", leadOfficer);
        fields.put("partnerAgencies", partnerAgencies);
        fields.put("startDate", Dates.describe(startDate));
        fields.put("dueDate", Dates.describe(dueDate));
        fields.put("measureOfSuccess", measureOfSuccess);
        fields.put("status", status == null ? (isMeasured() ? "Suggested by the measure" : null) : status.label());
        fields.put("statusReason", statusReason);
        if (isMeasured()) {
            fields.put(
                    "measure",
                    measure.getFigureId() + ": "
                            + measure.getTarget().stripTrailingZeros().toPlainString()
                            + " by " + Dates.describe(measure.getTargetDate())
                            + (measure.getCountFrom() == null
                                    ? ""
                                    : ", counted from " + Dates.describe(measure.getCountFrom())));
        }
        fields.put("carriedTo", carriedToId == null ? null : "action " + carriedToId);
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReference() {
        return reference;
    }

    /**
     * This action as a reader may see it: its title, description, lead, partner agencies, measure of success and status
     * reason passed through {@code shown} (restricted people's names masked, see {@code RestrictedNames}). A detached
     * copy for showing only, never saved (the service takes ids and versions back); this action itself when nothing
     * changes.
     */
    public PlanAction shownWith(UnaryOperator<String> shown) {
        List<String> texts = texts();
        if (texts.stream().allMatch(t -> Objects.equals(shown.apply(t), t))) {
            return this;
        }
        PlanAction copy = new PlanAction();
        copy.id = id;
        copy.version = version;
        copy.plan = plan;
        copy.outcome = outcome;
        copy.reference = reference;
        copy.referenceKey = referenceKey;
        copy.title = shown.apply(title);
        copy.description = shown.apply(description);
        copy.leadOfficer = shown.apply(leadOfficer);
        copy.partnerAgencies = shown.apply(partnerAgencies);
        copy.startDate = startDate;
        copy.dueDate = dueDate;
        copy.measureOfSuccess = shown.apply(measureOfSuccess);
        copy.status = status;
        copy.statusReason = shown.apply(statusReason);
        copy.measure = measure;
        copy.carriedFromId = carriedFromId;
        copy.carriedToId = carriedToId;
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    /** The officers' free text of this action, which {@link #shownWith} masks. */
    private List<String> texts() {
        return Arrays.asList(title, description, leadOfficer, partnerAgencies, measureOfSuccess, statusReason);
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public String getPartnerAgencies() {
        return partnerAgencies;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getMeasureOfSuccess() {
        return measureOfSuccess;
    }

    /** The status a lead set, or null while the measure's suggestion stands. */
    public Rag getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Measure getMeasure() {
        return isMeasured() ? measure : null;
    }

    public Long getCarriedFromId() {
        return carriedFromId;
    }

    public Long getCarriedToId() {
        return carriedToId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
