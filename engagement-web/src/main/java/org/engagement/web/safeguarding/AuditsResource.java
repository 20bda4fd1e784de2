package org.engagement.web.safeguarding;

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
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.safeguarding.Audit;
import org.engagement.core.safeguarding.AuditDetails;
import org.engagement.core.safeguarding.AuditService;
import org.engagement.core.safeguarding.AuditType;
import org.engagement.core.safeguarding.FindingInput;
import org.engagement.core.safeguarding.Rating;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.core.spi.RecordViews;
import org.engagement.web.privacy.RecordKinds;
import org.engagement.web.safeguarding.SafeguardingApiViews.AuditView;

/** An organisation's safeguarding audits; every response carries the computed overall rating. */
@Path("organisations/{id}/audits")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class AuditsResource {

    @Inject
    private AuditService audits;

    @Inject
    private RecordViews views;

    /** Newest first. */
    @GET
    public List<AuditView> list(@PathParam("id") long id) {
        return audits.auditsOf(id).stream().map(a -> AuditView.of(a, null)).toList();
    }

    /** One audit, with the standard-by-standard comparison with the previous finished audit. */
    @GET
    @Path("{auditId}")
    public AuditView get(@PathParam("id") long id, @PathParam("auditId") long auditId) {
        Audit audit = ofOrganisation(id, auditId);
        AuditView view = AuditView.of(audit, audits.comparison(audit.getId()));
        views.viewed(RecordKinds.AUDIT, auditId, null);
        return view;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response start(@PathParam("id") long id, AuditRequest request, @Context UriInfo uri) {
        Audit audit = audits.startAudit(id, details(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(audit.getId()))
                        .build())
                .entity(AuditView.of(audit, null))
                .build();
    }

    /** Changes a draft (and finishes it if {@code finished}); a finished audit is 409. */
    @PUT
    @Path("{auditId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public AuditView save(@PathParam("id") long id, @PathParam("auditId") long auditId, AuditRequest request) {
        ofOrganisation(id, auditId);
        long version = RequestVersion.required(request == null ? null : request.version());
        return AuditView.of(audits.saveAudit(auditId, version, details(request)), null);
    }

    /**
     * Corrects one finding of a finished audit, for a reason; the audit stays finished and the amendment is listed
     * with it. A draft is 409 (change it instead); a stale {@code version} is 409.
     */
    @POST
    @Path("{auditId}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public AuditView amend(@PathParam("id") long id, @PathParam("auditId") long auditId, AmendmentRequest request) {
        ofOrganisation(id, auditId);
        long version = RequestVersion.required(request == null ? null : request.version());
        FindingInput corrected = finding(
                new RatingRequest(request.standardCode(), request.rating(), request.evidence(), request.action()));
        return AuditView.of(audits.amendFinding(auditId, version, corrected, request.reason()), null);
    }

    private Audit ofOrganisation(long organisationId, long auditId) {
        Audit audit = audits.audit(auditId);
        if (audit.getOrganisation().getId() != organisationId) {
            throw new NotFoundException("Audit", auditId);
        }
        return audit;
    }

    private static AuditDetails details(AuditRequest r) {
        if (r == null) {
            throw new InvalidInputException("body", "Send a JSON body (see /openapi for its fields).");
        }
        List<FindingInput> findings = r.ratings() == null
                ? List.of()
                : r.ratings().stream().map(AuditsResource::finding).toList();
        return new AuditDetails(
                r.templateCode(),
                r.templateVersion(),
                r.date(),
                RequestParams.choice(AuditType.class, r.type(), "type"),
                r.auditor(),
                findings,
                r.finished());
    }

    private static FindingInput finding(RatingRequest r) {
        ActionRequest a = r.action();
        return new FindingInput(
                r.standardCode(),
                RequestParams.choice(Rating.class, r.rating(), "rating"),
                r.evidence(),
                a == null ? null : a.text(),
                a == null ? null : a.owner(),
                a == null ? null : a.dueDate());
    }

    public record ActionRequest(String text, String owner, LocalDate dueDate) {}

    public record RatingRequest(String standardCode, String rating, String evidence, ActionRequest action) {}

    public record AmendmentRequest(
            Long version, String standardCode, String rating, String evidence, ActionRequest action, String reason) {}

    public record AuditRequest(
            Long version,
            String templateCode,
            Integer templateVersion,
            LocalDate date,
            String type,
            String auditor,
            List<RatingRequest> ratings,
            boolean finished) {}
}
