package org.engagement.web.training;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.engagement.core.access.RoleNames;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.RequestParams;
import org.engagement.core.shared.RequestVersion;
import org.engagement.core.training.CourseDetails;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.Delivery;
import org.engagement.web.training.TrainingRequests.CourseRequest;
import org.engagement.web.training.TrainingViews.CourseView;

/** Training courses: everyone who reads training sees them; administrators manage them. */
@Path("courses")
@ApplicationScoped
@RolesAllowed({RoleNames.ADMIN, RoleNames.FAITH_LEAD, RoleNames.INDUSTRY_LEAD, RoleNames.VIEWER})
@Produces(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    private CourseService courseService;

    @GET
    public List<CourseView> courses() {
        return courseService.courses().stream().map(CourseView::of).toList();
    }

    @POST
    @RolesAllowed(RoleNames.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCourse(CourseRequest request, @Context UriInfo uri) {
        var course = courseService.createCourse(details(request));
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(course.getId()))
                        .build())
                .entity(CourseView.of(course))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RoleNames.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseView updateCourse(
            @PathParam("id") long id, @QueryParam("version") Long version, CourseRequest request) {
        return CourseView.of(courseService.updateCourse(id, RequestVersion.required(version), details(request)));
    }

    private static CourseDetails details(CourseRequest request) {
        if (request == null) {
            throw new InvalidInputException("body", "Send the course as JSON.");
        }
        return new CourseDetails(
                request.code(),
                request.title(),
                request.level(),
                RequestParams.choice(Delivery.class, request.delivery(), "delivery"),
                request.validityMonths(),
                request.description());
    }
}
