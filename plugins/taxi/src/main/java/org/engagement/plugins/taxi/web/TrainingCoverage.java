package org.engagement.plugins.taxi.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import org.engagement.core.spi.PageFeedback;
import org.engagement.plugins.taxi.application.CoverageReport;
import org.engagement.plugins.taxi.domain.Coverage;

/** Share of active drivers with valid safeguarding training: the figure the council report tracks. */
@Named
@RequestScoped
public class TrainingCoverage {

    @Inject
    private CoverageReport coverageReport;

    @Inject
    private PageFeedback feedback;

    private Coverage coverage;

    public Coverage getCoverage() {
        if (coverage == null) {
            feedback.attempt(() -> coverage = coverageReport.coverage(8), "coverage", null);
        }
        return coverage;
    }

    /** The quarterly trend as a Chart.js line chart, which is what p:chart draws. */
    public String getTrendChart() {
        Coverage c = getCoverage();
        if (c == null) {
            return "{}";
        }
        String labels = c.trend().stream().map(s -> "\"" + s.label() + "\"").collect(Collectors.joining(","));
        String values =
                c.trend().stream().map(s -> Double.toString(s.percent())).collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":"
                + "\"Active drivers with valid training (%)\",\"data\":[" + values + "],\"borderColor\":\"#1b5e9e\","
                + "\"fill\":false}]},\"options\":{\"animation\":false,\"scales\":{\"y\":{\"min\":0,\"max\":100,\"title\":{\"display\":true,"
                + "\"text\":\"Per cent\"}}},\"plugins\":{\"title\":{\"display\":true,\"text\":\"Coverage at the end of each"
                + " financial quarter\"}}}}";
    }
}
