package org.engagement.core.training;

import java.time.LocalDate;
import java.util.List;

/** What someone enters to record a session; named attendees are added separately or in the same call. */
public record SessionDetails(
        String courseCode,
        LocalDate heldOn,
        String audienceCode,
        String venue,
        String trainers,
        Integer headcount,
        List<Long> organisationIds) {

    public SessionDetails {
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
    }
}
