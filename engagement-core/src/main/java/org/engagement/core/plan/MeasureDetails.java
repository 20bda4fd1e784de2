package org.engagement.core.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a lead enters to bind an action's measure to a figure.
 *
 * @param countFrom for a figure counted over a period, where the count starts; the plan's start if null
 */
public record MeasureDetails(String figureId, BigDecimal target, LocalDate targetDate, LocalDate countFrom) {}
