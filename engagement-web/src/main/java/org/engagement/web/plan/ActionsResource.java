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
import org.engagement.core.access.RoleNames;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestVersion;
import org.engagement.web.organisation.ApiViews.HistoryView;
import org.engagement.web.plan.PlanViews.ActionRequest;
import org.engagement.web.plan.PlanViews.ActionView;
import org.engagement.web.plan.PlanViews.CarryRequest;
import org.engagement.web.plan.PlanViews.MeasureRequest;
import org.engagement.web.plan.PlanViews.ProgressRequest;
import org.engagement.web.plan.PlanViews.ProgressView;
import org.engagement.web.plan.PlanViews.StatusRequest;

/** The actions of the plans: status, measure, progress notes, history and carrying forward. Roles as for the plans. */
@Path("actions")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

    @Inject
    private PlanService plans;

    @GET
    @Path("{id}")
    public ActionView action(@PathParam("id") long id) {
        return view(plans.action(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public ActionView updateAction(@PathParam("id") long id, ActionRequest request) {
        return view(plans.updateAction(id, RequestVersion.required(body(request).version()), request.details()));
    }

    /** {@code {"version": 3, "status": "RED", "reason": "..."}}; a null status follows the measure's suggestion again. */
    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public ActionView status(@PathParam("id") long id, StatusRequest request) {
        long version = RequestVersion.required(body(request).version());
        return view(
                request.status() == null
                        ? plans.followSuggestion(id, version)
                        : plans.setStatus(id, version, request.status(), request.reason()));
    }

    @PUT
    @Path("{id}/measure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public ActionView measure(@PathParam("id") long id, MeasureRequest request) {
        return view(plans.bindMeasure(id, RequestVersion.required(body(request).version()), request.details()));
    }

    @GET
    @Path("{id}/progress")
    public List<ProgressView> progress(@PathParam("id") long id) {
        return plans.progressOf(id).stream().map(ProgressView::of).toList();
    }

    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response addProgress(@PathParam("id") long id, ProgressRequest request) {
        ProgressUpdate added = plans.addProgress(id, body(request).writtenOn(), request.note());
        return Response.status(Response.Status.CREATED)
                .entity(ProgressView.of(added))
                .build();
    }

    @POST
    @Path("{id}/carry-forward")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response carryForward(@PathParam("id") long id, CarryRequest request, @Context UriInfo uri) {
        if (request == null || request.toPlanId() == null) {
            throw new InvalidInputException(
                    "toPlanId", "Say which plan to carry the action to, e.g. {\"toPlanId\": 51}.");
        }
        PlanAction copy = plans.carryForward(id, request.toPlanId());
        return Response.created(uri.getBaseUriBuilder()
                        .path("actions")
                        .path(String.valueOf(copy.getId()))
                        .build())
                .entity(view(copy))
                .build();
    }

    @GET
    @Path("{id}/history")
    public List<HistoryView> history(@PathParam("id") long id) {
        return plans.history(id).stream().map(HistoryView::of).toList();
    }

    private ActionView view(PlanAction action) {
        List<ProgressUpdate> notes = plans.progressOf(action.getId());
        return ActionView.of(action, plans.statusOf(action), notes.isEmpty() ? null : notes.get(0));
    }

    private static <T> T body(T request) {
        return PlansResource.body(request);
    }
}
