package org.engagement.core.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** What an audit found against one standard: the rating, the evidence seen and, where not met, the action agreed. */
@Entity
@Table(name = "audit_finding")
public class Finding implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_finding_seq")
    @SequenceGenerator(name = "audit_finding_seq", sequenceName = "audit_finding_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "audit_id", nullable = false)
    private Audit audit;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "standard_id", nullable = false)
    private Standard standard;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Rating rating;

    @Column(length = 4000)
    private String evidence;

    @Column(name = "action_text", length = 1000)
    private String actionText;

    @Column(name = "action_owner", length = 100)
    private String actionOwner;

    @Column(name = "action_due")
    private LocalDate actionDue;

    @Column(name = "action_done", nullable = false)
    private boolean actionDone;

    @Column(name = "action_done_on")
    private LocalDate actionDoneOn;

    protected Finding() {}

    Finding(Audit audit, Standard standard, FindingInput input) {
        this.audit = audit;
        this.standard = standard;
        update(input);
    }

    void update(FindingInput input) {
        this.rating = input.rating();
        this.evidence = clean(input.evidence());
        this.actionText = clean(input.actionText());
        this.actionOwner = actionText == null ? null : clean(input.actionOwner());
        this.actionDue = actionText == null ? null : input.actionDue();
    }

    /**
     * What is wrong with the input for one standard. Finishing needs every standard rated; a standard not met needs
     * an action; an action needs an owner and a due date.
     */
    static List<FieldError> problems(Standard standard, FindingInput input, boolean finishing) {
        List<FieldError> errors = new ArrayList<>();
        String line = "ratings[" + standard.getCode() + "]";
        String name = "Standard " + standard.getCode() + ": ";
        Rating rating = input == null ? null : input.rating();
        if (rating == null) {
            if (finishing) {
                errors.add(new FieldError(line + ".rating", name + "rate it before finishing the audit."));
            }
            return errors;
        }
        String action = clean(input.actionText());
        if (rating == Rating.NOT_MET && action == null) {
            errors.add(new FieldError(line + ".action", name + "not met, so record the action agreed."));
        }
        if (action != null && clean(input.actionOwner()) == null) {
            errors.add(new FieldError(line + ".owner", name + "say who owns the action."));
        }
        if (action != null && input.actionDue() == null) {
            errors.add(new FieldError(line + ".dueDate", name + "give the action a due date."));
        }
        if (input.evidence() != null && input.evidence().length() > 4000) {
            errors.add(new FieldError(line + ".evidence", name + "evidence notes must be 4,000 characters or fewer."));
        }
        return errors;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A detached copy under {@code audit} with its evidence, action and owner passed through {@code shown} (see
     * {@link Audit#shownWith}), never saved; this finding itself when nothing changes and the audit is its own.
     */
    Finding shownIn(Audit shownAudit, UnaryOperator<String> shown) {
        if (shownAudit == audit
                && Objects.equals(shown.apply(evidence), evidence)
                && Objects.equals(shown.apply(actionText), actionText)
                && Objects.equals(shown.apply(actionOwner), actionOwner)) {
            return this;
        }
        Finding copy = new Finding();
        copy.id = id;
        copy.audit = shownAudit;
        copy.standard = standard;
        copy.rating = rating;
        copy.evidence = shown.apply(evidence);
        copy.actionText = shown.apply(actionText);
        copy.actionOwner = shown.apply(actionOwner);
        copy.actionDue = actionDue;
        copy.actionDone = actionDone;
        copy.actionDoneOn = actionDoneOn;
        return copy;
    }

    void completeAction() {
        if (actionText == null) {
            throw new ConflictException("Standard " + standard.getCode() + " has no action to complete.");
        }
        actionDone = true;
        actionDoneOn = Dates.today();
    }

    /** Corrects a finished audit's finding; a different action is a new one, so it is open again. */
    void amend(FindingInput input) {
        String previousAction = actionText;
        update(input);
        if (actionText == null || !actionText.equals(previousAction)) {
            actionDone = false;
            actionDoneOn = null;
        }
    }

    /** Everything recorded about the standard, as an amendment keeps it before and after. */
    String describeInFull() {
        return describe() + (evidence == null ? "" : "; evidence: " + evidence);
    }

    String describe() {
        String text = rating == null ? "Not rated" : rating.label();
        if (actionText != null) {
            text += "; action: " + actionText + " (" + actionOwner + ", due " + Dates.describe(actionDue) + ")"
                    + (actionDone ? " done " + Dates.describe(actionDoneOn) : "");
        }
        return text;
    }

    public boolean isActionOverdue() {
        return actionText != null && !actionDone && actionDue != null && actionDue.isBefore(Dates.today());
    }

    public boolean hasAction() {
        return actionText != null;
    }

    public Long getId() {
        return id;
    }

    public Audit getAudit() {
        return audit;
    }

    public Standard getStandard() {
        return standard;
    }

    public Rating getRating() {
        return rating;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getActionText() {
        return actionText;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public boolean isActionDone() {
        return actionDone;
    }

    public LocalDate getActionDoneOn() {
        return actionDoneOn;
    }
}
