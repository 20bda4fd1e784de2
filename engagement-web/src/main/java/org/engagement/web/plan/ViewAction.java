package org.engagement.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.MeasureDetails;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.plan.Rag;
import org.engagement.core.plan.ShownStatus;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;

/** One action: its status and reason, its measure, progress notes, carrying it forward, and its history. */
@Named
@ViewScoped
public class ViewAction implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private PageFeedback feedback;

    private Long id;
    private PlanAction action;
    private ShownStatus status;
    private List<ProgressUpdate> progress;
    private List<ChangeLogEntry> history;

    private Rag newStatus;
    private String statusReason;
    private String figureId;
    private BigDecimal target;
    private LocalDate targetDate;
    private LocalDate countFrom;
    private LocalDate writtenOn;
    private String note;
    private Long toPlanId;

    public void load() {
        action = plans.action(id);
        status = plans.statusOf(action);
        progress = plans.progressOf(id);
        history = plans.history(id);
        if (action.getMeasure() != null && figureId == null) {
            figureId = action.getMeasure().getFigureId();
            target = action.getMeasure().getTarget();
            targetDate = action.getMeasure().getTargetDate();
            countFrom = action.getMeasure().getCountFrom();
        }
    }

    public void setStatus() {
        run("statusForm", () -> plans.setStatus(id, action.getVersion(), newStatus, statusReason), "Status saved.");
    }

    public void followSuggestion() {
        run(
                "statusForm",
                () -> plans.followSuggestion(id, action.getVersion()),
                "The action follows its measure's suggested status again.");
    }

    public void bindMeasure() {
        run(
                "measureForm",
                () -> plans.bindMeasure(
                        id, action.getVersion(), new MeasureDetails(figureId, target, targetDate, countFrom)),
                "Measure bound; its status now follows the figure unless you override it.");
    }

    public void addProgress() {
        run("progressForm", () -> plans.addProgress(id, writtenOn, note), "Progress note added.");
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            note = null;
            writtenOn = null;
        }
    }

    public String carryForward() {
        return feedback.navigate(
                () -> {
                    PlanAction copy = plans.carryForward(id, toPlanId == null ? -1 : toPlanId);
                    return new Outcome(
                            "Action " + copy.getReference() + " carried forward to '"
                                    + copy.getPlan().getTitle() + "'.",
                            "/plan/action.xhtml?faces-redirect=true&id=" + copy.getId());
                },
                "carryForm");
    }

    private void run(String form, Runnable change, String done) {
        if (feedback.attempt(change, form, done)) {
            newStatus = null;
            statusReason = null;
        }
        load();
    }

    public List<FigureContribution> getFigures() {
        return plans.figures();
    }

    /** Plans starting after this action's, which it may be carried to. */
    public List<ActionPlan> getLaterPlans() {
        return plans.plans().stream()
                .filter(p -> p.getStartsOn().isAfter(action.getPlan().getStartsOn()))
                .toList();
    }

    public String getFigureLabel() {
        return action.getMeasure() == null
                ? null
                : getFigures().stream()
                        .filter(f -> f.id().equals(action.getMeasure().getFigureId()))
                        .map(FigureContribution::label)
                        .findFirst()
                        .orElse(action.getMeasure().getFigureId() + " (not offered by this installation)");
    }

    public String getStatusStyle() {
        return "rag rag-" + status.rag().name().toLowerCase();
    }

    public Rag[] getStatuses() {
        return Rag.values();
    }

    public boolean isMayEdit() {
        return plans.canEdit() && action.getCarriedToId() == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlanAction getAction() {
        return action;
    }

    public ShownStatus getStatus() {
        return status;
    }

    public List<ProgressUpdate> getProgress() {
        return progress;
    }

    public List<ChangeLogEntry> getHistory() {
        return history;
    }

    public Rag getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(Rag newStatus) {
        this.newStatus = newStatus;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public String getFigureId() {
        return figureId;
    }

    public void setFigureId(String figureId) {
        this.figureId = figureId;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public LocalDate getCountFrom() {
        return countFrom;
    }

    public void setCountFrom(LocalDate countFrom) {
        this.countFrom = countFrom;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    public void setWrittenOn(LocalDate writtenOn) {
        this.writtenOn = writtenOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getToPlanId() {
        return toPlanId;
    }

    public void setToPlanId(Long toPlanId) {
        this.toPlanId = toPlanId;
    }
}
