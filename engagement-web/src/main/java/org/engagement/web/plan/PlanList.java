package org.engagement.web.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.PlanDetails;
import org.engagement.core.plan.PlanService;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.spi.PageFeedback.Outcome;

/** The action plans, and a new one. */
@Named
@ViewScoped
public class PlanList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PlanService plans;

    @Inject
    private PageFeedback feedback;

    private List<ActionPlan> all;
    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;

    public List<ActionPlan> getPlans() {
        if (all == null) {
            all = plans.plans();
        }
        return all;
    }

    public String create() {
        return feedback.navigate(
                () -> {
                    ActionPlan plan = plans.createPlan(new PlanDetails(title, startsOn, endsOn));
                    return new Outcome(
                            "Plan '" + plan.getTitle()
                                    + "' created. Add its actions, or import them from a spreadsheet.",
                            "/plan/view.xhtml?faces-redirect=true&id=" + plan.getId());
                },
                "newPlan");
    }

    public boolean isMayEdit() {
        return plans.canEdit();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
