package org.engagement.web.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.RedirectionException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Gender;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.merge.MergeService;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationSearch;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.web.organisation.ApiViews.ContactView;
import org.engagement.web.organisation.ApiViews.EngagementView;
import org.engagement.web.organisation.ApiViews.HistoryView;
import org.engagement.web.organisation.ApiViews.OrganisationView;
import org.engagement.web.organisation.ApiViews.PageView;
import org.engagement.web.privacy.ShownPeople;

/**
 * Organisations, their contacts, engagements and history. The services decide, by sector, what each caller
 * may read or change; an API client account has no access here.
 */
@Path("organisations")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private EngagementService engagements;

    @Inject
    private ShownPeople shownPeople;

    @Inject
    private MergeService merges;

    @GET
    public PageView list(
            @QueryParam("q") String q,
            @QueryParam("name") String name,
            @QueryParam("type") String type,
            @QueryParam("sector") String sector,
            @QueryParam("status") String status,
            @QueryParam("postcode") String postcodePrefix,
            @QueryParam("leadOfficer") String leadOfficer,
            @QueryParam("trainingLevel") String trainingLevel,
            @QueryParam("sort") String sort,
            @QueryParam("desc") boolean descending,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("25") int size) {
        int pageSize = Math.max(1, Math.min(size, OrganisationSearch.MAX_PAGE));
        var result = organisations.search(new OrganisationSearch(
                q,
                name,
                type,
                RequestParams.choice(Sector.class, sector, "sector"),
                RequestParams.choice(OrganisationStatus.class, status, "status"),
                postcodePrefix,
                leadOfficer,
                trainingLevel,
                sort,
                descending,
                Math.max(0, page) * pageSize,
                pageSize));
        return new PageView(
                organisations.shown(result.items()).stream()
                        .map(OrganisationView::of)
                        .toList(),
                result.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response create(OrganisationRequest request, @QueryParam("force") boolean force, @Context UriInfo uri) {
        Organisation created = organisations.create(details(request), force);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(OrganisationView.of(organisations.shown(created)))
                .build();
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id, @Context UriInfo uri) {
        try {
            return OrganisationView.of(organisations.shown(organisations.get(id)));
        } catch (NotFoundException gone) {
            // An organisation merged into another lives on as that one: old links and clients are sent there.
            throw merges.mergedInto(id)
                    .map(survivor -> new RedirectionException(
                            Response.Status.MOVED_PERMANENTLY,
                            uri.getBaseUriBuilder()
                                    .path("organisations")
                                    .path(String.valueOf(survivor))
                                    .build()))
                    .map(RuntimeException.class::cast)
                    .orElse(gone);
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public OrganisationView update(@PathParam("id") long id, OrganisationRequest request) {
        long version = RequestVersion.required(request == null ? null : request.version());
        return OrganisationView.of(organisations.shown(organisations.update(id, version, details(request))));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(RoleNames.ADMIN)
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        organisations.delete(id, version == null ? organisations.get(id).getVersion() : version);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/history")
    public List<HistoryView> history(@PathParam("id") long id) {
        return engagements.historyOf(id).stream().map(HistoryView::of).toList();
    }

    @GET
    @Path("{id}/contacts")
    public List<ContactView> contacts(@PathParam("id") long id) {
        return contacts.contactsOf(id).stream().map(ContactView::of).toList();
    }

    @POST
    @Path("{id}/contacts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response addContact(@PathParam("id") long id, ContactRequest request, @Context UriInfo uri) {
        requireBody(request);
        var contact = request.personId() != null
                ? contacts.addRole(id, request.personId(), request.role())
                : contacts.addContact(
                        id,
                        new PersonDetails(
                                request.name(),
                                request.phone(),
                                request.email(),
                                request.preferredLanguage(),
                                RequestParams.choice(Gender.class, request.gender(), "gender"),
                                RequestParams.choice(LawfulBasis.class, request.lawfulBasis(), "lawfulBasis"),
                                request.consentNotes(),
                                Boolean.TRUE.equals(request.healthOrEthnicity()),
                                RequestParams.choice(
                                        Article9Condition.class, request.article9Condition(), "article9Condition"),
                                RequestParams.choice(
                                        Schedule1Condition.class, request.schedule1Condition(), "schedule1Condition")),
                        request.role());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(contact.affiliationId()))
                        .build())
                .entity(ContactView.of(contact))
                .build();
    }

    /** Renames a role or ends it ({@code endedOn}); send {@code endedOn} empty to make it current again. */
    @PUT
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Path("{id}/contacts/{contactId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactView changeRole(
            @PathParam("id") long id, @PathParam("contactId") long contactId, RoleRequest request) {
        requireBody(request);
        long version = RequestVersion.required(request.version());
        return ContactView.of(
                contacts.changeRole(contactOf(id, contactId), version, request.role(), request.endedOn()));
    }

    /** Takes the person off this organisation's people (a role recorded by mistake); the person stays recorded. */
    @DELETE
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Path("{id}/contacts/{contactId}")
    public Response removeContact(
            @PathParam("id") long id, @PathParam("contactId") long contactId, @QueryParam("version") Long version) {
        contacts.removeRole(contactOf(id, contactId), RequestVersion.required(version));
        return Response.noContent().build();
    }

    /** The role's id, if it is one of this organisation's: a role is addressed under its own organisation only. */
    private long contactOf(long organisationId, long contactId) {
        boolean here = contacts.contactsOf(organisationId).stream().anyMatch(c -> c.affiliationId() == contactId);
        if (!here) {
            throw new NotFoundException("Contact", contactId);
        }
        return contactId;
    }

    @GET
    @Path("{id}/engagements")
    public List<EngagementView> engagements(@PathParam("id") long id) {
        return engagements.engagementsWith(id).stream()
                .map(e -> EngagementView.of(e, shownPeople))
                .toList();
    }

    @POST
    @Path("{id}/engagements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response logEngagement(@PathParam("id") long id, EngagementRequest request, @Context UriInfo uri) {
        requireBody(request);
        List<FollowUpDetails> followUps = request.followUps() == null
                ? List.of()
                : request.followUps().stream()
                        .map(f -> new FollowUpDetails(f.action(), f.owner(), f.due()))
                        .toList();
        var engagement = engagements.log(
                id,
                new EngagementDetails(
                        request.date(),
                        RequestParams.choice(EngagementType.class, request.type(), "type"),
                        request.officer(),
                        request.personIds(),
                        request.summary(),
                        request.outcome(),
                        followUps));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(engagement.getId()))
                        .build())
                .entity(EngagementView.of(engagement, shownPeople))
                .build();
    }

    private static OrganisationDetails details(OrganisationRequest r) {
        requireBody(r);
        return new OrganisationDetails(
                r.name(),
                r.type(),
                r.addressLine1(),
                r.addressLine2(),
                r.town(),
                r.postcode(),
                r.ward(),
                r.phone(),
                r.email(),
                r.website(),
                RequestParams.choice(OrganisationStatus.class, r.status(), "status"),
                r.leadOfficer(),
                r.tags() == null ? null : new HashSet<>(r.tags()),
                r.notes(),
                r.parentId());
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send a JSON body (see /openapi for its fields).");
        }
    }

    public record OrganisationRequest(
            Long version,
            String name,
            String type,
            String addressLine1,
            String addressLine2,
            String town,
            String postcode,
            String ward,
            String phone,
            String email,
            String website,
            String status,
            String leadOfficer,
            List<String> tags,
            String notes,
            Long parentId) {}

    /** A new person with their role, or (with {@code personId}) a role for someone already recorded. */
    public record ContactRequest(
            Long personId,
            String name,
            String role,
            String phone,
            String email,
            String preferredLanguage,
            String gender,
            String lawfulBasis,
            String consentNotes,
            Boolean healthOrEthnicity,
            String article9Condition,
            String schedule1Condition) {}

    public record RoleRequest(Long version, String role, LocalDate endedOn) {}

    public record FollowUpRequest(String action, String owner, LocalDate due) {}

    public record EngagementRequest(
            LocalDate date,
            String type,
            String officer,
            List<Long> personIds,
            String summary,
            String outcome,
            List<FollowUpRequest> followUps) {}
}
