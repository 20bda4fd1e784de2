package org.engagement.core.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A figure the partnership's scorecard can watch and an action's measure can be bound to, computed from records
 * whenever it is read, never typed in. The core contributes its own (agreements, audits, training); a sector module
 * contributes what only it holds (the taxi module: licensed drivers with valid training), so the core names no module.
 *
 * @param id         stable and unique, prefixed with the contributor, e.g. {@code taxi.drivers-trained}
 * @param label      what the figure counts, in words, e.g. "Licensed drivers with valid safeguarding training"
 * @param unit       a count or a percentage
 * @param kind       a level on a day, or a count of what happened in a period
 * @param drillDown  the page that lists what the figure counts, or null
 * @param source     computes the figure; it must not check the reader's roles: figures are aggregates, and the
 *                   action plan's service checks who may read them
 * @param direction  whether a target is a floor to reach (people trained) or a ceiling to stay under (concerns
 *                   reported from hotspots)
 */
public record FigureContribution(
        String id, String label, Unit unit, Kind kind, String drillDown, Source source, Direction direction) {

    public FigureContribution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(direction, "direction");
    }

    /** A figure whose targets are reached by going up, as most are. */
    public FigureContribution(String id, String label, Unit unit, Kind kind, String drillDown, Source source) {
        this(id, label, unit, kind, drillDown, source, Direction.HIGHER_IS_BETTER);
    }

    public enum Direction {
        /** The target is a floor: at or above it is green. */
        HIGHER_IS_BETTER,
        /** The target is a ceiling: at or below it is green. */
        LOWER_IS_BETTER
    }

    /** The figure for the period: a {@link Kind#LEVEL} as it stood on {@code to}, a {@link Kind#FLOW} from {@code from} to {@code to}. */
    public Value valueFor(LocalDate from, LocalDate to) {
        return source.valueFor(from, to);
    }

    public enum Unit {
        COUNT,
        PERCENT
    }

    public enum Kind {
        /** How things stood on a day (drivers trained, agreements in force): read at the end of a period. */
        LEVEL,
        /** What happened in a period (people trained, audits finished): counted over the period. */
        FLOW
    }

    /** Computes a figure from records. */
    @FunctionalInterface
    public interface Source {
        Value valueFor(LocalDate from, LocalDate to);
    }

    /**
     * A computed value and, in words, what it is made of.
     *
     * @param value  the count, or the percentage to one decimal place
     * @param detail e.g. "627 of 836 active drivers"; may be empty
     */
    public record Value(double value, String detail) {

        public static Value count(long count) {
            return new Value(count, "");
        }

        /** The share {@code part} of {@code whole} as a percentage to one decimal place (0 when the whole is 0). */
        public static Value share(long part, long whole, String of) {
            double percent = whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
            return new Value(percent, part + " of " + whole + " " + of);
        }
    }
}
