package org.engagement.core.engagement;

import java.time.LocalDate;

/** An action agreed during an engagement, who will do it (a username) and by when. */
public record FollowUpDetails(String action, String owner, LocalDate due) {}
