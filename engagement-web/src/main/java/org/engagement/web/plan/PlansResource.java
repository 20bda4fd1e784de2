package org.engagement.web.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestVersion;
import org.engagement.web.plan.PlanViews.ActionRequest;
import org.engagement.web.plan.PlanViews.ActionView;
import org.engagement.web.plan.PlanViews.PlanRequest;
import org.engagement.web.plan.PlanViews.PlanSummary;
import org.engagement.web.plan.PlanViews.PlanView;
import org.engagement.core.access.RoleNames;

/**
 * The partnership's action plans: plans, their actions, statuses, measures, progress notes and carrying actions
 * forward. Everyone who signs in to the pages reads them; administrators and the leads change them.
 */
@Path("plans")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.LICENSING_OFFICER, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    @Inject
    private PlanService plans;

    @GET
    public List<PlanSummary> plans() {
        return plans.plans().stream().map(PlanSummary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response create(PlanRequest request, @Context UriInfo uri) {
        ActionPlan created = plans.createPlan(body(request).details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(PlanSummary.of(created)).build();
    }

    @GET
    @Path("{id}")
    public PlanView plan(@PathParam("id") long id) {
        ActionPlan plan = plans.plan(id);
        Map<Long, ProgressUpdate> latest = plans.latestProgressOf(id);
        return new PlanView(plan.getId(), plan.getVersion(), plan.getTitle(), plan.getStartsOn(), plan.getEndsOn(),
                plans.actionsOf(id).stream().map(a -> ActionView.of(a, plans.statusOf(a), latest)).toList());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public PlanSummary update(@PathParam("id") long id, PlanRequest request) {
        return PlanSummary.of(plans.updatePlan(id, RequestVersion.required(body(request).version()), request.details()));
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response addAction(@PathParam("id") long planId, ActionRequest request, @Context UriInfo uri) {
        PlanAction created = plans.addAction(planId, body(request).details());
        return Response.created(uri.getBaseUriBuilder().path("actions").path(String.valueOf(created.getId())).build())
                .entity(view(created)).build();
    }

    private ActionView view(PlanAction action) {
        return ActionView.of(action, plans.statusOf(action), (ProgressUpdate) null);
    }

    static <T> T body(T request) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the fields as a JSON object.");
        }
        return request;
    }
}
