package org.engagement.core.engagement;

import java.util.List;
import java.util.Optional;

/** Where engagements and their follow-ups are kept. */
public interface EngagementRepository {

    Optional<Engagement> findById(long id);

    List<Engagement> findByOrganisation(long organisationId);

    List<Long> idsByOrganisation(long organisationId);

    /** The owner's follow-ups not yet done, earliest due first (so overdue ones lead). */
    List<FollowUp> openFollowUpsOf(String owner);

    void add(Engagement engagement);

    void remove(Engagement engagement);

    void flush();
}
