package org.engagement.web.training;

import java.time.LocalDate;
import java.util.List;

/** The JSON bodies the training API accepts. */
public final class TrainingRequests {

    private TrainingRequests() {}

    public record CourseRequest(
            String code, String title, String level, String delivery, Integer validityMonths, String description) {}

    public record AttendeeRequest(
            Long personId,
            String name,
            String email,
            Long organisationId,
            LocalDate completedOn,
            String certificateNumber) {}

    public record SessionRequest(
            String courseCode,
            LocalDate date,
            String audience,
            String venue,
            String trainers,
            Integer headcount,
            List<Long> organisationIds,
            List<AttendeeRequest> attendees) {}

    /** A session planned for a future day: no headcount or attendees until it has happened. */
    public record PlanRequest(
            String courseCode,
            LocalDate date,
            String audience,
            String venue,
            String trainers,
            List<Long> organisationIds,
            Integer places,
            List<Long> invitedPersonIds) {}
}
