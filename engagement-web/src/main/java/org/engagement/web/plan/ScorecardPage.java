package org.engagement.web.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.engagement.core.plan.PlanService;
import org.engagement.core.plan.Scorecard;
import org.engagement.core.plan.Suggestion;
import org.engagement.core.spi.FigureContribution.Unit;

/** The scorecard page: each bound figure over the last eight quarters, as a chart and as a table. */
@Named
@RequestScoped
public class ScorecardPage {

    @Inject
    private PlanService plans;

    private Scorecard scorecard;

    public Scorecard getScorecard() {
        if (scorecard == null) {
            scorecard = plans.scorecard(null, null);
        }
        return scorecard;
    }

    /** The line's trend and its target as a Chart.js line chart, which is what p:chart draws. */
    public String chart(Scorecard.Line line) {
        String labels =
                line.cells().stream().map(c -> "\"" + c.quarter() + "\"").collect(Collectors.joining(","));
        String values = line.cells().stream()
                .map(c -> c.value() == null ? "null" : Double.toString(c.value()))
                .collect(Collectors.joining(","));
        String target =
                line.cells().stream().map(c -> Double.toString(line.target())).collect(Collectors.joining(","));
        String axis = line.unit() == Unit.PERCENT ? "\"min\":0,\"max\":100," : "\"min\":0,";
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + json(line.figure())
                + ",\"data\":[" + values
                + "],\"borderColor\":\"#1b5e9e\",\"fill\":false},{\"label\":\"Target\",\"data\":[" + target
                + "],\"borderColor\":\"#6b4e00\",\"borderDash\":[6,4],\"pointRadius\":0,\"fill\":false}]},\"options\":{\"animation\":false,"
                + "\"scales\":{\"y\":{" + axis + "\"title\":{\"display\":true,\"text\":"
                + json(line.unit() == Unit.PERCENT ? "Per cent" : "Number") + "}}}}}";
    }

    public String value(Scorecard.Line line, Scorecard.Cell cell) {
        if (cell.value() == null) {
            return "Not yet begun";
        }
        return Suggestion.format(cell.value(), line.unit());
    }

    public String target(Scorecard.Line line) {
        return Suggestion.format(line.target(), line.unit());
    }

    public String ragStyle(Scorecard.Line line) {
        return "rag rag-" + line.rag().name().toLowerCase();
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
