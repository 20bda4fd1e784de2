package org.engagement.core.training;

import java.time.LocalDate;

/**
 * A named attendee: someone already recorded ({@code personId}), or a name (and email) to find or record at an
 * organisation. Completed on defaults to the session's date.
 */
public record AttendeeDetails(
        Long personId,
        String name,
        String email,
        Long organisationId,
        LocalDate completedOn,
        String certificateNumber) {

    public static AttendeeDetails existing(long personId) {
        return new AttendeeDetails(personId, null, null, null, null, null);
    }

    public static AttendeeDetails named(String name, String email, Long organisationId) {
        return new AttendeeDetails(null, name, email, organisationId, null, null);
    }
}
