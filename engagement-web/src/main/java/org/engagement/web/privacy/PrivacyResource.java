package org.engagement.web.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.engagement.core.access.RoleNames;
import org.engagement.core.accesslog.AccessLog;
import org.engagement.core.accesslog.AccessLogEntry;
import org.engagement.core.accesslog.AccessLogQuery;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.LogIntegrity;
import org.engagement.core.privacy.ObjectionDecision;
import org.engagement.core.privacy.PersonSummary;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.privacy.SubjectAccessExport;
import org.engagement.core.privacy.SubjectAccessPdf;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.spi.RecordViews;

/** The data protection officer's tools over the API: find a person, and export all held about them (Article 15). */
@Path("privacy")
@ApplicationScoped
@RolesAllowed(RoleNames.DATA_PROTECTION_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    private PrivacyService privacy;

    @Inject
    private RecordViews views;

    @Inject
    private AccessLog accessLog;

    @Inject
    private LogIntegrity integrity;

    /** Everyone recorded whose name or email contains {@code q}, by name, a page at a time (at most 200 a page). */
    @GET
    @Path("people")
    public PageOf<PersonSummary> people(
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.max(1, Math.min(size, 200));
        return privacy.findPeople(q, Math.max(0, page) * pageSize, pageSize);
    }

    /** Everything held about the person, as JSON; producing it is recorded. */
    @GET
    @Path("people/{id}/subject-access")
    public Response subjectAccess(@PathParam("id") long id) {
        SubjectAccessExport export = privacy.subjectAccess(id, "JSON");
        views.exported(RecordKinds.SUBJECT_ACCESS_EXPORT, id, "JSON");
        return Response.ok(export, MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".json\"")
                .build();
    }

    /**
     * Erases the person for the reason in the body ({@code {"reason": "..."}}): 204 when done, 400 naming
     * {@code reason} when it is missing, 409 with the reasons when a legal duty holds their data (or they were erased).
     */
    @POST
    @Path("people/{id}/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response erase(@PathParam("id") long id, ErasureRequest request) {
        if (request == null) {
            throw new InvalidInputException("reason", "Send a JSON body with the reason for the erasure.");
        }
        privacy.erase(id, request.reason());
        return Response.noContent().build();
    }

    /** The body of an erasure or a restriction: why. */
    public record ErasureRequest(String reason) {}

    /**
     * Restricts processing (Article 18) for the reason in the body: the person is shown to nobody else until lifted.
     * 204; 400 naming {@code reason}; 409 when already restricted.
     */
    @POST
    @Path("people/{id}/restriction")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response restrict(@PathParam("id") long id, ErasureRequest request) {
        privacy.restrict(id, request == null ? null : request.reason());
        return Response.noContent().build();
    }

    /** Lifts the restriction, for the reason in {@code reason}: 204; 400 naming {@code reason}; 409 when not restricted. */
    @DELETE
    @Path("people/{id}/restriction")
    public Response liftRestriction(@PathParam("id") long id, @QueryParam("reason") String reason) {
        privacy.liftRestriction(id, reason);
        return Response.noContent().build();
    }

    /**
     * Records an objection (Article 21) and the decision on it: {@code {"grounds": "...", "decision":
     * "RESTRICT|ERASE|REJECT", "decisionReason": "..."}}. Upheld, the person is restricted or erased; rejected, the decision reason
     * holds the compelling legitimate grounds. 204 when recorded; 400 naming each missing field; 409 when the basis of
     * the processing gives no right to object, the person was erased, or a legal duty holds their data.
     */
    @POST
    @Path("people/{id}/objection")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response object(@PathParam("id") long id, ObjectionRequest request) {
        ObjectionRequest body = request == null ? new ObjectionRequest(null, null, null) : request;
        privacy.object(
                id,
                body.grounds(),
                RequestParams.choice(ObjectionDecision.class, body.decision(), "decision"),
                body.decisionReason());
        return Response.noContent().build();
    }

    /** The body of an objection: the person's grounds, the decision and its reason. */
    public record ObjectionRequest(String grounds, String decision, String decisionReason) {}

    /** The same export as a readable PDF; producing it is recorded. */
    @GET
    @Path("people/{id}/subject-access.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response subjectAccessPdf(@PathParam("id") long id) {
        byte[] pdf = SubjectAccessPdf.of(privacy.subjectAccess(id, "PDF"));
        views.exported(RecordKinds.SUBJECT_ACCESS_EXPORT, id, "PDF");
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".pdf\"")
                .build();
    }

    /**
     * The access log, newest first, a page at a time (at most 500 a page): about one person ({@code personId}), by one
     * user ({@code username}), between two UK days ({@code from}, {@code to}, ISO dates, both included); each optional.
     */
    @GET
    @Path("access-log")
    public AccessLogPage accessLog(
            @QueryParam("personId") Long personId,
            @QueryParam("username") String username,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        int pageSize = Math.max(1, Math.min(size, 500));
        PageOf<AccessLogEntry> found = accessLog.page(new AccessLogQuery(
                personId,
                username,
                RequestParams.date(from, "from"),
                RequestParams.date(to, "to"),
                Math.max(0, page) * pageSize,
                pageSize));
        return new AccessLogPage(found.items().stream().map(AccessLogView::of).toList(), found.total());
    }

    /** The same entries (every page) as CSV; the export is itself logged. */
    @GET
    @Path("access-log.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response accessLogCsv(
            @QueryParam("personId") Long personId,
            @QueryParam("username") String username,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        byte[] csv = accessLog.csv(new AccessLogQuery(
                personId, username, RequestParams.date(from, "from"), RequestParams.date(to, "to"), 0, 1));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"access-log.csv\"")
                .build();
    }

    /**
     * Walks the hash chains of the change history and the access log: for each, intact, or the first entry that no
     * longer matches (its place in the chain, its record id and what is wrong).
     */
    @GET
    @Path("log-integrity")
    public java.util.List<ChainCheck> logIntegrity() {
        return integrity.check();
    }

    public record AccessLogPage(java.util.List<AccessLogView> items, long total) {}

    public record AccessLogView(
            long id,
            java.time.Instant at,
            String username,
            String roles,
            String recordKind,
            Long recordId,
            Long personId,
            String detail,
            String clientAddress) {

        static AccessLogView of(AccessLogEntry e) {
            return new AccessLogView(
                    e.getId(),
                    e.getAt(),
                    e.getUsername(),
                    e.getRoles(),
                    e.getRecordKind(),
                    e.getRecordId(),
                    e.getPersonId(),
                    e.getDetail(),
                    e.getClientAddress());
        }
    }
}
