package org.engagement.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.spi.FigureContribution.Unit;

/**
 * Every figure an action's measure is bound to, by UK financial quarter, with its target and status: what the board
 * watches. A level is read at the end of each quarter (or today, in the current one); a count is counted within it.
 */
public record Scorecard(LocalDate from, LocalDate to, List<String> quarters, List<Line> lines) {

    public Scorecard {
        quarters = List.copyOf(quarters);
        lines = List.copyOf(lines);
    }

    /**
     * One bound measure.
     *
     * @param drillDown the page listing what the figure counts, or null
     * @param rag       the status shown (the lead's, or the suggestion), with {@code statusReason}
     */
    public record Line(
            long actionId,
            String plan,
            String reference,
            String action,
            String figureId,
            String figure,
            Unit unit,
            String drillDown,
            double target,
            LocalDate targetDate,
            List<Cell> cells,
            Rag rag,
            String status,
            String statusReason) {

        public Line {
            cells = List.copyOf(cells);
        }
    }

    /**
     * The figure in one quarter; {@code value} is null for a quarter that has not begun.
     *
     * @param detail e.g. "627 of 836 active drivers"
     */
    public record Cell(String quarter, LocalDate start, LocalDate end, Double value, String detail) {}
}
