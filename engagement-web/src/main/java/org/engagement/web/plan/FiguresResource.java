package org.engagement.web.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.plan.PlanService;
import org.engagement.web.plan.PlanViews.FigureView;

/** The figures a measure can be bound to: the core's and those of the modules this WAR was built with. */
@Path("figures")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class FiguresResource {

    @Inject
    private PlanService plans;

    @GET
    public List<FigureView> figures() {
        return plans.figures().stream().map(FigureView::of).toList();
    }
}
