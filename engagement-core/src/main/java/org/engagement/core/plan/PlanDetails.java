package org.engagement.core.plan;

import java.time.LocalDate;

/** What a user enters for a plan. */
public record PlanDetails(String title, LocalDate startsOn, LocalDate endsOn) {}
