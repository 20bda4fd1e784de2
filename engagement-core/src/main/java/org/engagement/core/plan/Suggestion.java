package org.engagement.core.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.FigureContribution.Direction;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;

/**
 * The status a bound measure suggests, and why, in words. The rule, from the figure's value, the target and the time
 * left:
 * <ul>
 * <li>green: the value has reached the target, or (for a count over a period) what should have been done by now;</li>
 * <li>red: the target date has passed without reaching it, or the value is under three quarters of what is needed
 * now;</li>
 * <li>amber: otherwise (behind, but close, with time left).</li>
 * </ul>
 * What is needed now is the target itself for a level (drivers trained), and the target pro rata to the time gone
 * for a count over a period (people trained since the count began), so a count is not red the day it starts.
 *
 * <p>For a figure where lower is better (concerns reported from hotspots) the target is a ceiling, see
 * {@link #ofCeiling}.
 */
public record Suggestion(Rag rag, double value, double needed, String reason) implements java.io.Serializable {

    /** Under this share of what is needed now, a measure is red. */
    static final double AMBER_FLOOR = 0.75;

    public static Suggestion of(
            Direction direction,
            Kind kind,
            Unit unit,
            double value,
            double target,
            LocalDate countFrom,
            LocalDate targetDate,
            LocalDate today) {
        return direction == Direction.LOWER_IS_BETTER
                ? ofCeiling(kind, unit, value, target, countFrom, targetDate, today)
                : of(kind, unit, value, target, countFrom, targetDate, today);
    }

    /** A target to reach: see the class's rule. */
    public static Suggestion of(
            Kind kind,
            Unit unit,
            double value,
            double target,
            LocalDate countFrom,
            LocalDate targetDate,
            LocalDate today) {
        String against = format(value, unit) + " against a target of " + format(target, unit) + " by "
                + Dates.describe(targetDate);
        if (value >= target) {
            return new Suggestion(Rag.GREEN, value, target, against + ": target reached.");
        }
        if (today.isAfter(targetDate)) {
            return new Suggestion(Rag.RED, value, target, against + ": the target date has passed.");
        }
        long daysLeft = ChronoUnit.DAYS.between(today, targetDate);
        String left = " (" + daysLeft + (daysLeft == 1 ? " day" : " days") + " left)";
        double needed = kind == Kind.FLOW ? target * elapsedShare(countFrom, targetDate, today) : target;
        if (value >= needed) {
            return new Suggestion(
                    Rag.GREEN,
                    value,
                    needed,
                    against + left + ": on track, " + format(needed, unit) + " needed by now.");
        }
        if (value >= AMBER_FLOOR * needed) {
            return new Suggestion(
                    Rag.AMBER,
                    value,
                    needed,
                    against + left + ": behind, but within a quarter of "
                            + (kind == Kind.FLOW
                                    ? "what is needed by now (" + format(needed, unit) + ")"
                                    : "the target")
                            + ".");
        }
        return new Suggestion(
                Rag.RED,
                value,
                needed,
                against + left + ": more than a quarter short of "
                        + (kind == Kind.FLOW ? "what is needed by now (" + format(needed, unit) + ")" : "the target")
                        + ".");
    }

    /**
     * A target to stay under (a ceiling): green at or under what is allowed by now (the ceiling for a level; for a
     * count, the ceiling pro rata to the time gone); red once over the ceiling itself, or over it by more than a third
     * for a level; amber in between (a count ahead of its pace but still under the ceiling, or a level a little over).
     */
    static Suggestion ofCeiling(
            Kind kind,
            Unit unit,
            double value,
            double ceiling,
            LocalDate countFrom,
            LocalDate targetDate,
            LocalDate today) {
        String against = format(value, unit) + " against a ceiling of " + format(ceiling, unit) + " by "
                + Dates.describe(targetDate);
        double allowed = kind == Kind.FLOW ? ceiling * elapsedShare(countFrom, targetDate, today) : ceiling;
        if (value <= allowed) {
            return new Suggestion(Rag.GREEN, value, allowed, against + ": within it.");
        }
        if (kind == Kind.FLOW && value <= ceiling) {
            return new Suggestion(
                    Rag.AMBER,
                    value,
                    allowed,
                    against + ": under it, but above the " + format(allowed, unit) + " it allows by now.");
        }
        if (kind == Kind.LEVEL && value <= ceiling / AMBER_FLOOR && !today.isAfter(targetDate)) {
            return new Suggestion(
                    Rag.AMBER, value, allowed, against + ": over it, but by no more than a third, with time left.");
        }
        return new Suggestion(Rag.RED, value, allowed, against + ": over it.");
    }

    /** How much of the time from the count's start to the target date has gone, from 0 to 1. */
    private static double elapsedShare(LocalDate countFrom, LocalDate targetDate, LocalDate today) {
        if (countFrom == null || !countFrom.isBefore(targetDate)) {
            return 1;
        }
        double total = ChronoUnit.DAYS.between(countFrom, targetDate);
        double gone = Math.max(0, ChronoUnit.DAYS.between(countFrom, today));
        return Math.min(1, gone / total);
    }

    /** "75%", "75.5%", "12": how the plan, the scorecard and the board report write a figure. */
    public static String format(double value, Unit unit) {
        String number =
                value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
        return unit == Unit.PERCENT ? number + "%" : number;
    }
}
