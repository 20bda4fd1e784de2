package org.engagement.web.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.engagement.core.access.RoleNames;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.core.sharing.AgreementSearch;
import org.engagement.core.sharing.AgreementService;
import org.engagement.core.sharing.AgreementStatus;
import org.engagement.core.sharing.DocumentInfo;
import org.engagement.core.sharing.InformationSharingAgreement;
import org.engagement.web.privacy.ShownPeople;
import org.engagement.web.sharing.AgreementViews.AgreementPage;
import org.engagement.web.sharing.AgreementViews.AgreementRequest;
import org.engagement.web.sharing.AgreementViews.AgreementView;
import org.engagement.web.sharing.AgreementViews.DocumentView;
import org.engagement.web.sharing.AgreementViews.TransitionRequest;

/**
 * The information-sharing agreements register. Reading is for leads, administrators and viewers; the service
 * decides who may change which agreement (by the sectors of its parties) and who may download documents.
 */
@Path("agreements")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class AgreementsResource {

    @Inject
    private AgreementService agreements;

    @Inject
    private ShownPeople shownPeople;

    @Inject
    private Actor actor;

    @GET
    public AgreementPage list(
            @QueryParam("q") String q,
            @QueryParam("status") String status,
            @QueryParam("organisationId") Long organisationId,
            @QueryParam("sector") String sector,
            @QueryParam("sort") String sort,
            @QueryParam("desc") boolean descending,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        int pageSize = Math.max(1, Math.min(size, 500));
        var result = agreements.search(new AgreementSearch(
                q,
                RequestParams.choice(AgreementStatus.class, status, "status"),
                organisationId,
                RequestParams.choice(Sector.class, sector, "sector"),
                Math.max(0, page) * pageSize,
                pageSize,
                sort,
                descending));
        return new AgreementPage(result.items().stream().map(this::view).toList(), result.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response create(AgreementRequest request, @Context UriInfo uri) {
        InformationSharingAgreement created =
                agreements.create(requireBody(request).details(actor.username()));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(view(created))
                .build();
    }

    @GET
    @Path("{id}")
    public AgreementView get(@PathParam("id") long id) {
        return view(agreements.get(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public AgreementView update(@PathParam("id") long id, AgreementRequest request) {
        return view(agreements.update(
                id, RequestVersion.required(requireBody(request).version()), request.details(actor.username())));
    }

    /** {@code {"to": "ACTIVE"}}; 409 with every reason when the move is not allowed. */
    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public AgreementView transition(@PathParam("id") long id, TransitionRequest request) {
        if (request == null || request.to() == null) {
            throw new InvalidInputException("to", "Say which status to move to, e.g. {\"to\": \"ACTIVE\"}.");
        }
        long version = request.version() == null ? agreements.get(id).getVersion() : request.version();
        boolean review = request.to() == AgreementStatus.ACTIVE && request.nextReviewDate() != null;
        return view(
                review
                        ? agreements.recordReview(id, version, request.nextReviewDate())
                        : agreements.moveTo(id, version, request.to()));
    }

    @POST
    @Path("{id}/documents")
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response upload(
            @PathParam("id") long id,
            @HeaderParam("X-Filename") String filename,
            InputStream body,
            @Context UriInfo uri)
            throws IOException {
        // One byte over the limit is enough to refuse, so a huge upload is not read into memory.
        byte[] content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, agreements.maxDocumentBytes() + 1));
        DocumentInfo added = agreements.addDocument(id, filename, content);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(added.number()))
                        .build())
                .entity(DocumentView.of(added))
                .build();
    }

    @GET
    @Path("{id}/documents")
    public List<DocumentView> documents(@PathParam("id") long id) {
        return agreements.documents(id).stream().map(DocumentView::of).toList();
    }

    @GET
    @Path("{id}/documents/{n}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response download(@PathParam("id") long id, @PathParam("n") int number) {
        AgreementService.DownloadedDocument document = agreements.download(id, number);
        return Response.ok(document.content(), "application/pdf")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + document.info().filename() + "\"")
                .header("X-Content-SHA256", document.info().sha256())
                .build();
    }

    private AgreementView view(InformationSharingAgreement agreement) {
        return AgreementView.of(agreement, agreements.statusOf(agreement), shownPeople);
    }

    private static AgreementRequest requireBody(AgreementRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the agreement as JSON.");
        }
        return request;
    }
}
