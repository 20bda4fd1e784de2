package org.engagement.core.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user records about an engagement. {@code officer} defaults to the person recording it;
 * {@code personIds} are people present, each of whom must hold a role at the organisation.
 */
public record EngagementDetails(
        LocalDate date,
        EngagementType type,
        String officer,
        List<Long> personIds,
        String summary,
        String outcome,
        List<FollowUpDetails> followUps) {

    public EngagementDetails {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** The same details with another summary and outcome (the stored ones, where a masked text came back). */
    public EngagementDetails withTexts(String summary, String outcome) {
        return new EngagementDetails(date, type, officer, personIds, summary, outcome, followUps);
    }
}
