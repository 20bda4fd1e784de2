package org.engagement.web.training;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.training.AttendanceResult;
import org.engagement.core.training.AttendanceService;
import org.engagement.core.training.AttendeeDetails;
import org.engagement.core.training.SessionDetails;
import org.engagement.core.training.TrainingSessionService;
import org.engagement.web.training.TrainingRequests.PlanRequest;
import org.engagement.web.training.TrainingRequests.SessionRequest;
import org.engagement.web.training.TrainingViews.RecordView;
import org.engagement.web.training.TrainingViews.SessionView;

/** Training sessions and their attendees; sector leads record sessions for their sectors' audiences. */
@Path("training/sessions")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class TrainingSessionsResource {

    @Inject
    private TrainingSessionService trainingSessions;

    @Inject
    private AttendanceService attendance;

    @GET
    public List<SessionView> sessions(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("audience") String audience) {
        LocalDate until = RequestParams.date(to, "to");
        LocalDate end = until == null ? Dates.today() : until;
        LocalDate since = RequestParams.date(from, "from");
        LocalDate start = since == null ? end.minusYears(1) : since;
        return trainingSessions
                .sessions(start, end, audience == null || audience.isBlank() ? null : audience.strip())
                .stream()
                .map(SessionView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public SessionView session(@PathParam("id") long id) {
        return SessionView.of(trainingSessions.session(id));
    }

    @POST
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordSession(SessionRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the session as JSON.");
        }
        List<AttendeeDetails> attendees = request.attendees() == null
                ? List.of()
                : request.attendees().stream()
                        .map(a -> new AttendeeDetails(
                                a.personId(),
                                a.name(),
                                a.email(),
                                a.organisationId(),
                                a.completedOn(),
                                a.certificateNumber()))
                        .toList();
        var session = attendance.recordSession(
                new SessionDetails(
                        request.courseCode(),
                        request.date(),
                        request.audience(),
                        request.venue(),
                        request.trainers(),
                        request.headcount(),
                        request.organisationIds()),
                attendees);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(session.getId()))
                        .build())
                .entity(SessionView.of(session))
                .build();
    }

    /**
     * Plans a session on a future day (places and invited people optional); it counts for nothing until attendance is
     * imported on or after the day.
     */
    @POST
    @Path("planned")
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Consumes(MediaType.APPLICATION_JSON)
    public Response planSession(PlanRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the session as JSON.");
        }
        var session = trainingSessions.planSession(
                new SessionDetails(
                        request.courseCode(),
                        request.date(),
                        request.audience(),
                        request.venue(),
                        request.trainers(),
                        null,
                        request.organisationIds()),
                request.places(),
                request.invitedPersonIds());
        return Response.created(uri.getBaseUriBuilder()
                        .path("training/sessions")
                        .path(String.valueOf(session.getId()))
                        .build())
                .entity(SessionView.of(session))
                .build();
    }

    @GET
    @Path("{id}/attendees")
    public List<RecordView> attendees(@PathParam("id") long id) {
        LocalDate today = Dates.today();
        return attendance.attendeesOf(id).stream()
                .map(r -> RecordView.of(r, today))
                .toList();
    }

    @POST
    @Path("{id}/attendees/import")
    @RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD})
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public AttendanceResult importAttendees(@PathParam("id") long id, InputStream csv) {
        return attendance.importAttendees(id, csv);
    }
}
