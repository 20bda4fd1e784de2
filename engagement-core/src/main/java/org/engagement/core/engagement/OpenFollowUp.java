package org.engagement.core.engagement;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

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

    /** The follow-up with its action passed through {@code shown} (restricted people's names masked). */
    static OpenFollowUp of(FollowUp f, UnaryOperator<String> shown) {
        Engagement e = f.getEngagement();
        return new OpenFollowUp(
                f.getId(),
                e.getId(),
                e.getVersion(),
                shown.apply(f.getAction()),
                f.getDue(),
                f.isOverdue(),
                e.getOrganisation().getId(),
                e.getOrganisation().getName(),
                e.getDate());
    }
}
