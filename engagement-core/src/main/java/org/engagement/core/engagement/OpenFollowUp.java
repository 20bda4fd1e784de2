package org.engagement.core.engagement;

import java.time.LocalDate;

/** An open follow-up as its owner's list shows it, with the organisation and engagement it came from. */
public record OpenFollowUp(
        long id,
        long engagementId,
        long engagementVersion,
        String action,
        LocalDate due,
        boolean overdue,
        long organisationId,
        String organisationName,
        LocalDate engagementDate) {

    static OpenFollowUp of(FollowUp f) {
        Engagement e = f.getEngagement();
        return new OpenFollowUp(
                f.getId(),
                e.getId(),
                e.getVersion(),
                f.getAction(),
                f.getDue(),
                f.isOverdue(),
                e.getOrganisation().getId(),
                e.getOrganisation().getName(),
                e.getDate());
    }
}
