package org.engagement.web.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Gender;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.core.spi.RecordViews;
import org.engagement.web.organisation.ApiViews.HistoryView;
import org.engagement.web.organisation.ApiViews.PersonView;
import org.engagement.web.privacy.RecordKinds;

/**
 * A person across their organisations: read, correct (rectification) and, for an administrator, delete. The service
 * decides who may: whoever may change one of the person's organisations corrects them.
 */
@Path("people/{id}")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    private ContactService contacts;

    @Inject
    private RecordViews views;

    @GET
    public PersonView get(@PathParam("id") long id, @Context UriInfo uri) {
        PersonView person;
        try {
            person = PersonView.of(contacts.person(id));
        } catch (NotFoundException gone) {
            // A person merged into another lives on as that one: old links and clients are sent there.
            throw contacts.mergedInto(id)
                    .map(survivor -> new RedirectionException(
                            Response.Status.MOVED_PERMANENTLY,
                            uri.getBaseUriBuilder()
                                    .path("people")
                                    .path(String.valueOf(survivor))
                                    .build()))
                    .map(RuntimeException.class::cast)
                    .orElse(gone);
        }
        views.viewed(RecordKinds.PERSON, id, id);
        return person;
    }

    /** Replaces the person's details with the body's (every field, as the form sends them); {@code version} is required. */
    @PUT
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonView update(@PathParam("id") long id, PersonRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "Send a JSON body (see /openapi for its fields).");
        }
        long version = RequestVersion.required(request.version());
        return PersonView.of(contacts.updatePerson(
                id,
                version,
                new PersonDetails(
                        request.name(),
                        request.phone(),
                        request.email(),
                        request.preferredLanguage(),
                        RequestParams.choice(Gender.class, request.gender(), "gender"),
                        RequestParams.choice(LawfulBasis.class, request.lawfulBasis(), "lawfulBasis"),
                        request.consentNotes(),
                        Boolean.TRUE.equals(request.healthOrEthnicity()),
                        RequestParams.choice(Article9Condition.class, request.article9Condition(), "article9Condition"),
                        RequestParams.choice(
                                Schedule1Condition.class, request.schedule1Condition(), "schedule1Condition"))));
    }

    /**
     * Records that the person withdrew their consent (Article 7(3)), {@code ?version=} as read: they are restricted at
     * once, shown to nobody but the data protection officer. 204; 400 naming {@code lawfulBasis} when consent is not
     * the basis; 409 when already recorded or changed meanwhile.
     */
    @POST
    @Path("consent-withdrawal")
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response withdrawConsent(@PathParam("id") long id, @QueryParam("version") Long version) {
        contacts.withdrawConsent(id, RequestVersion.required(version));
        return Response.noContent().build();
    }

    /** Administrators only; refused (409) with what still names the person. */
    @DELETE
    @RolesAllowed(RoleNames.ADMIN)
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        contacts.deletePerson(id, RequestVersion.required(version));
        return Response.noContent().build();
    }

    @GET
    @Path("history")
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
    public List<HistoryView> history(@PathParam("id") long id) {
        return contacts.historyOfPerson(id).stream().map(HistoryView::of).toList();
    }

    public record PersonRequest(
            Long version,
            String name,
            String phone,
            String email,
            String preferredLanguage,
            String gender,
            String lawfulBasis,
            String consentNotes,
            Boolean healthOrEthnicity,
            String article9Condition,
            String schedule1Condition) {}
}
