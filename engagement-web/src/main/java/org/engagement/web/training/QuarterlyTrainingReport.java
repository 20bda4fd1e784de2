package org.engagement.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.PageFeedback;
import org.engagement.core.training.Audience;
import org.engagement.core.training.CourseService;
import org.engagement.core.training.QuarterlyFigures;
import org.engagement.core.training.TargetProgress;
import org.engagement.core.training.TrainingReports;
import org.engagement.core.training.TrainingTargetService;

/** People trained per audience per financial quarter, as a table with computed totals and a bar chart. */
@Named
@ViewScoped
public class QuarterlyTrainingReport implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
    };

    @Inject
    private PageFeedback feedback;

    @Inject
    private TrainingReports reports;

    @Inject
    private TrainingTargetService trainingTargets;

    @Inject
    private CourseService courseService;

    private LocalDate from = FinancialQuarter.of(Dates.today()).start().minusYears(1);
    private LocalDate to = Dates.today();
    private QuarterlyFigures figures;
    private Integer year = FinancialQuarter.of(Dates.today()).startYear();
    /** The year the progress table shows, kept apart from the field so a refused change leaves the table as it was. */
    private int shownYear = year;

    private List<TargetProgress> progress = List.of();
    private String targetAudience;
    private Integer target;

    @PostConstruct
    void init() {
        show();
    }

    public void show() {
        feedback.attempt(
                () -> {
                    figures = reports.byQuarter(from, to);
                    progress = reports.progress(shownYear);
                },
                "range",
                null);
    }

    public void saveTarget() {
        feedback.attempt(
                () -> {
                    requireYear();
                    if (target == null) {
                        throw new InvalidInputException("target", "Enter the number of people to train this year.");
                    }
                    trainingTargets.setTarget(targetAudience, year, target);
                    showProgress();
                },
                "targetForm",
                null);
    }

    public void showYear() {
        feedback.attempt(
                () -> {
                    requireYear();
                    showProgress();
                },
                "targetForm",
                null);
    }

    private void showProgress() {
        progress = reports.progress(year);
        shownYear = year;
    }

    private void requireYear() {
        if (year == null) {
            throw new InvalidInputException("year", "Enter the year the financial year starts in, for example 2026.");
        }
    }

    /** The financial year as written in reports, e.g. 2016/17. */
    public String getYearLabel() {
        return shownYear + "/" + String.format("%02d", (shownYear + 1) % 100);
    }

    public List<Audience> getAudiences() {
        return courseService.catalogue().audiences();
    }

    public List<TargetProgress> getProgress() {
        return progress;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTargetAudience() {
        return targetAudience;
    }

    public void setTargetAudience(String targetAudience) {
        this.targetAudience = targetAudience;
    }

    public Integer getTarget() {
        return target;
    }

    public void setTarget(Integer target) {
        this.target = target;
    }

    /** Table rows: one per audience, then the column totals as the last row. */
    public List<TableRow> getRows() {
        if (figures == null) {
            return List.of();
        }
        List<TableRow> rows = new ArrayList<>();
        figures.rows().forEach(r -> rows.add(new TableRow(r.audienceLabel(), r.counts(), r.total(), false)));
        rows.add(new TableRow("Total", figures.totals(), figures.grandTotal(), true));
        return rows;
    }

    public record TableRow(String label, List<Long> counts, long total, boolean totals) {}

    public List<Integer> getColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; figures != null && i < figures.quarters().size(); i++) {
            columns.add(i);
        }
        return columns;
    }

    public String quarterLabel(int column) {
        return figures.quarters().get(column).label();
    }

    /** A Chart.js configuration: one bar series per audience, quarters along the axis. */
    public String getChart() {
        if (figures == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        figures.quarters().forEach(q -> labels.add(q.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (QuarterlyFigures.Row row : figures.rows()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            row.counts().forEach(data::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", row.audienceLabel())
                    .add("data", data)
                    .add("backgroundColor", COLOURS[colour++ % COLOURS.length]));
        }
        JsonObjectBuilder axes = Json.createObjectBuilder()
                .add(
                        "y",
                        Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", "People trained")));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("scales", axes)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add(
                                                                        "text",
                                                                        "People trained by audience and quarter"))))
                .build()
                .toString();
    }

    public QuarterlyFigures getFigures() {
        return figures;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
