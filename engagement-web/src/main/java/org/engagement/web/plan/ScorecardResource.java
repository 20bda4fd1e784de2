package org.engagement.web.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.engagement.core.access.RoleNames;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.Scorecard;
import org.engagement.core.shared.RequestParams;

/** The scorecard as JSON: every bound measure by financial quarter. Roles as for the plans. */
@Path("scorecard")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    @Inject
    private PlanService plans;

    /** Both dates YYYY-MM-DD; without them, the last eight financial quarters. */
    @GET
    public Scorecard scorecard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return plans.scorecard(RequestParams.date(from, "from"), RequestParams.date(to, "to"));
    }
}
