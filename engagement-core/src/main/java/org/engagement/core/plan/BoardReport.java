package org.engagement.core.plan;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.training.QuarterlyFigures;

/**
 * What the quarterly report to the board holds, as it stood at the end of its period: the plan's actions with their
 * status and latest progress note, the scorecard, people trained by audience and quarter, and each sector module's
 * figures. The same period gives the same report while the records stay the same.
 */
public record BoardReport(
        String planTitle,
        LocalDate from,
        LocalDate to,
        LocalDate asOf,
        List<String> quarters,
        List<ActionLine> actions,
        Scorecard scorecard,
        QuarterlyFigures training,
        List<ModulePage> modules) {

    /** One action as the board reads it. */
    public record ActionLine(
            String outcome,
            String reference,
            String title,
            String leadOfficer,
            LocalDate dueDate,
            Rag rag,
            String status,
            String reason,
            String latestProgress) {}

    /** A sector module's figures by quarter. */
    public record ModulePage(String name, List<FigureRow> figures) {}

    /** One figure's values by quarter, already written for reading ("75%", "12"). */
    public record FigureRow(String label, List<String> values) {}
}
