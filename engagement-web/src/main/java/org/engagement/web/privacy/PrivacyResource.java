package org.engagement.web.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.engagement.core.privacy.PersonSummary;
import org.engagement.core.privacy.PrivacyService;
import org.engagement.core.privacy.SubjectAccessExport;
import org.engagement.core.privacy.SubjectAccessPdf;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.PageOf;

/** The data protection officer's tools over the API: find a person, and export all held about them (Article 15). */
@Path("privacy")
@ApplicationScoped
@RolesAllowed(RoleNames.DATA_PROTECTION_OFFICER)
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    @Inject
    private PrivacyService privacy;

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

    public record ErasureRequest(String reason) {}

    /** The same export as a readable PDF; producing it is recorded. */
    @GET
    @Path("people/{id}/subject-access.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response subjectAccessPdf(@PathParam("id") long id) {
        byte[] pdf = SubjectAccessPdf.of(privacy.subjectAccess(id, "PDF"));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".pdf\"")
                .build();
    }
}
