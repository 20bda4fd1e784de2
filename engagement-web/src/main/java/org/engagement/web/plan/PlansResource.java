package org.engagement.web.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.engagement.core.access.RoleNames;
import org.engagement.core.plan.ActionPlan;
import org.engagement.core.plan.BoardReports;
import org.engagement.core.plan.PlanAction;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.ProgressUpdate;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.web.plan.PlanViews.ActionRequest;
import org.engagement.web.plan.PlanViews.ActionView;
import org.engagement.web.plan.PlanViews.PlanRequest;
import org.engagement.web.plan.PlanViews.PlanSummary;
import org.engagement.web.plan.PlanViews.PlanView;

/**
 * The partnership's action plans: plans, their actions, statuses, measures, progress notes and carrying actions
 * forward. Everyone who signs in to the pages reads them; administrators and the leads change them.
 */
@Path("plans")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Inject
    private PlanService plans;

    @Inject
    private BoardReports reports;

    @GET
    public List<PlanSummary> plans() {
        return plans.plans().stream().map(PlanSummary::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response create(PlanRequest request, @Context UriInfo uri) {
        ActionPlan created = plans.createPlan(body(request).details());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(PlanSummary.of(created))
                .build();
    }

    @GET
    @Path("{id}")
    public PlanView plan(@PathParam("id") long id) {
        ActionPlan plan = plans.plan(id);
        Map<Long, ProgressUpdate> latest = plans.latestProgressOf(id);
        return new PlanView(
                plan.getId(),
                plan.getVersion(),
                plan.getTitle(),
                plan.getStartsOn(),
                plan.getEndsOn(),
                plans.actionsOf(id).stream()
                        .map(a -> ActionView.of(a, plans.statusOf(a), latest))
                        .toList());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public PlanSummary update(@PathParam("id") long id, PlanRequest request) {
        return PlanSummary.of(
                plans.updatePlan(id, RequestVersion.required(body(request).version()), request.details()));
    }

    @POST
    @Path("{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response addAction(@PathParam("id") long planId, ActionRequest request, @Context UriInfo uri) {
        PlanAction created = plans.addAction(planId, body(request).details());
        return Response.created(uri.getBaseUriBuilder()
                        .path("actions")
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(view(created))
                .build();
    }

    /**
     * Adds the actions of a spreadsheet (CSV, or XLSX sent as such) to the plan, all or nothing: 400 with every bad line
     * and nothing saved.
     */
    @POST
    @Path("{id}/import")
    @Consumes({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_OCTET_STREAM
    })
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public ImportResult importActions(
            @PathParam("id") long id,
            @HeaderParam("X-Filename") String filename,
            @HeaderParam("Content-Type") String type,
            InputStream body)
            throws IOException {
        byte[] content = body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (content.length > MAX_IMPORT_BYTES) {
            throw new InvalidInputException(
                    "file", "The file is larger than 5 MB; an action plan is far smaller. Check it is the right file.");
        }
        boolean xlsx = type != null && type.startsWith("application/vnd.openxmlformats");
        return new ImportResult(plans.importActions(id, xlsx ? "plan.xlsx" : filename, content));
    }

    /** The plan in the columns it is imported from. */
    @GET
    @Path("{id}/export.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") long id) {
        return Response.ok(plans.exportCsv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"action-plan.csv\"")
                .build();
    }

    public record ImportResult(int imported) {}

    /** The quarterly report to the board; {@code from}/{@code to} (YYYY-MM-DD) pick the quarters, the plan's to date if missing. */
    @GET
    @Path("{id}/board-report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
    public Response boardReport(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] pdf = reports.pdf(id, RequestParams.date(from, "from"), RequestParams.date(to, "to"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"board-report.pdf\"")
                .build();
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
