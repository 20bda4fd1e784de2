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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.engagement.FollowUp;
import org.engagement.core.engagement.FollowUpDetails;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.web.organisation.ApiViews.EngagementView;
import org.engagement.web.privacy.ShownPeople;

/**
 * One engagement and its follow-ups, once logged (logging is under its organisation): correct it, delete a mistaken
 * one with a reason, add and change follow-ups. Every change sends the engagement's {@code version}.
 */
@Path("engagements/{id}")
@ApplicationScoped
@RolesAllowed({
    RoleNames.ADMIN,
    RoleNames.FAITH_LEAD,
    RoleNames.INDUSTRY_LEAD,
    RoleNames.LICENSING_OFFICER,
    RoleNames.VIEWER
})
@Produces(MediaType.APPLICATION_JSON)
public class EngagementsResource {

    @Inject
    private EngagementService engagements;

    @Inject
    private ShownPeople shownPeople;

    @GET
    public EngagementView get(@PathParam("id") long id) {
        return EngagementView.of(engagements.get(id), shownPeople);
    }

    /** Replaces the date, type, officer, people present, summary and outcome; follow-ups are changed on their own. */
    @PUT
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    public EngagementView update(@PathParam("id") long id, EngagementChange request) {
        requireBody(request);
        long version = RequestVersion.required(request.version());
        return EngagementView.of(
                engagements.update(
                        id,
                        version,
                        new EngagementDetails(
                                request.date(),
                                RequestParams.choice(EngagementType.class, request.type(), "type"),
                                request.officer(),
                                request.personIds() == null ? List.of() : request.personIds(),
                                request.summary(),
                                request.outcome(),
                                List.of())),
                shownPeople);
    }

    /** For an engagement logged by mistake: an administrator, or its officer within 7 days; {@code reason} is required. */
    @DELETE
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    public Response delete(
            @PathParam("id") long id, @QueryParam("version") Long version, @QueryParam("reason") String reason) {
        engagements.delete(id, RequestVersion.required(version), reason);
        return Response.noContent().build();
    }

    @POST
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Path("follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addFollowUp(@PathParam("id") long id, FollowUpChange request) {
        requireBody(request);
        long version = RequestVersion.required(request.version());
        Engagement changed = engagements.addFollowUp(
                id, version, new FollowUpDetails(request.action(), request.owner(), request.due()));
        return Response.status(Response.Status.CREATED)
                .entity(EngagementView.of(changed, shownPeople))
                .build();
    }

    /**
     * Changes a follow-up: with {@code action}, {@code owner} and {@code due} it is reworded, reassigned or rescheduled
     * (by a lead for the organisation); with {@code done} it is marked done or not done (also by its owner).
     */
    @PUT
    @Path("follow-ups/{followUpId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EngagementView changeFollowUp(
            @PathParam("id") long id, @PathParam("followUpId") long followUpId, FollowUpChange request) {
        requireBody(request);
        long version = RequestVersion.required(request.version());
        Engagement engagement = engagements.get(id);
        boolean detailsSent = request.action() != null || request.owner() != null || request.due() != null;
        if (!detailsSent && request.done() == null) {
            throw new InvalidInputException("done", "Send done (true or false), or the action, owner and due date.");
        }
        if (detailsSent) {
            engagement = engagements.changeFollowUp(
                    id, version, followUpId, new FollowUpDetails(request.action(), request.owner(), request.due()));
            version = engagement.getVersion();
        }
        if (request.done() != null && request.done() != isDone(engagement, followUpId)) {
            engagement = request.done()
                    ? engagements.completeFollowUp(id, version, followUpId)
                    : engagements.reopenFollowUp(id, version, followUpId);
        }
        return EngagementView.of(engagement, shownPeople);
    }

    private static boolean isDone(Engagement engagement, long followUpId) {
        return engagement.getFollowUps().stream()
                .filter(f -> f.getId() == followUpId)
                .findFirst()
                .map(FollowUp::isDone)
                .orElseThrow(() -> new NotFoundException("Follow-up", followUpId));
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("body", "Send a JSON body (see /openapi for its fields).");
        }
    }

    public record EngagementChange(
            Long version,
            LocalDate date,
            String type,
            String officer,
            List<Long> personIds,
            String summary,
            String outcome) {}

    public record FollowUpChange(Long version, String action, String owner, LocalDate due, Boolean done) {}
}
