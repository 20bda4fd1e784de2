package org.engagement.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.engagement.core.plan.PlanService;
import org.engagement.core.shared.Dates;

/** The home page's list of a lead's actions that need attention: overdue, or whose measure falls behind. */
@Named
@RequestScoped
public class PlanAttention {

    @Inject
    private PlanService plans;

    private List<ActionRow> rows;

    /** Shown to those who change the plans: administrators and the leads. */
    public boolean isShown() {
        return plans.canEdit();
    }

    public List<ActionRow> getRows() {
        if (rows == null) {
            rows = plans.needingAttention().stream()
                    .map(a -> new ActionRow(a, plans.statusOf(a), null))
                    .toList();
        }
        return rows;
    }

    public String why(ActionRow row) {
        return row.action().isOverdue(Dates.today())
                ? "Overdue since " + Dates.describe(row.action().getDueDate()) + "."
                : "";
    }
}
