package org.engagement.core.safeguarding;

import java.time.LocalDate;

/** One standard's rating, evidence and (where not met) the action agreed, as a user enters it. */
public record FindingInput(
        String standardCode,
        Rating rating,
        String evidence,
        String actionText,
        String actionOwner,
        LocalDate actionDue) {}
