package org.engagement.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.engagement.core.plan.ActionDetails;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.plan.Rag;
import org.engagement.core.shared.DomainException;
import org.engagement.web.faces.FacesErrors;

/** One plan: its actions by outcome with their status and latest progress, and a new action. */
@Named
@ViewScoped
public class ViewPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    private Long id;
    private ActionPlan plan;
    private List<ActionRow> rows;
    private final NewAction next = new NewAction();

    public void load() {
        plan = plans.plan(id);
        Map<Long, ProgressUpdate> latest = plans.latestProgressOf(id);
        rows = plans.actionsOf(id).stream().map(a -> new ActionRow(a, plans.statusOf(a), latest.get(a.getId()))).toList();
    }

    public String addAction() {
        try {
            PlanAction added = plans.addAction(id, next.details());
            FacesErrors.info("Action " + added.getReference() + " added.");
            return "/plan/view.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException refused) {
            FacesErrors.show(refused, "newAction");
            return null;
        }
    }

    public Rag[] getStatuses() {
        return Rag.values();
    }

    public boolean isMayEdit() {
        return plans.canEdit();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public List<ActionRow> getRows() {
        return rows;
    }

    public NewAction getNext() {
        return next;
    }

    /** The fields of the new-action form. */
    public static class NewAction implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer outcomeNumber;
        private String outcomeTitle;
        private String reference;
        private String title;
        private String description;
        private String leadOfficer;
        private String partnerAgencies;
        private java.time.LocalDate startDate;
        private java.time.LocalDate dueDate;
        private String measureOfSuccess;
        private Rag status;
        private String statusReason;

        ActionDetails details() {
            return new ActionDetails(outcomeNumber == null ? 0 : outcomeNumber, outcomeTitle, reference, title, description, leadOfficer,
                    partnerAgencies, startDate, dueDate, measureOfSuccess, status, statusReason);
        }

        public Integer getOutcomeNumber() {
            return outcomeNumber;
        }

        public void setOutcomeNumber(Integer outcomeNumber) {
            this.outcomeNumber = outcomeNumber;
        }

        public String getOutcomeTitle() {
            return outcomeTitle;
        }

        public void setOutcomeTitle(String outcomeTitle) {
            this.outcomeTitle = outcomeTitle;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getLeadOfficer() {
            return leadOfficer;
        }

        public void setLeadOfficer(String leadOfficer) {
            this.leadOfficer = leadOfficer;
        }

        public String getPartnerAgencies() {
            return partnerAgencies;
        }

        public void setPartnerAgencies(String partnerAgencies) {
            this.partnerAgencies = partnerAgencies;
        }

        public java.time.LocalDate getStartDate() {
            return startDate;
        }

        public void setStartDate(java.time.LocalDate startDate) {
            this.startDate = startDate;
        }

        public java.time.LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(java.time.LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public String getMeasureOfSuccess() {
            return measureOfSuccess;
        }

        public void setMeasureOfSuccess(String measureOfSuccess) {
            this.measureOfSuccess = measureOfSuccess;
        }

        public Rag getStatus() {
            return status;
        }

        public void setStatus(Rag status) {
            this.status = status;
        }

        public String getStatusReason() {
            return statusReason;
        }

        public void setStatusReason(String statusReason) {
            this.statusReason = statusReason;
        }
    }
}
