package org.engagement.web.privacy.retention;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.privacy.retention.RetentionRun;
import org.engagement.core.privacy.retention.RetentionService;
import org.engagement.core.privacy.retention.RetentionService.DueRecord;
import org.engagement.core.privacy.retention.RetentionService.ScheduleRow;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PageFeedback;

/**
 * The data protection officer's retention schedule: each kind of record's period and action, editable a row at a
 * time; the dry run of what comes due in the next days; and the latest runs of the daily job.
 */
@Named
@ViewScoped
public class RetentionSchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionService retention;

    @Inject
    private PageFeedback feedback;

    private List<Rule> rules = new ArrayList<>();
    private List<DueRecord> due = List.of();
    private List<RetentionRun> runs = List.of();
    private int days = 30;

    /** A row as the form edits it: the kind, and the period and action the officer is typing. */
    public static final class Rule implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ScheduleRow row;
        private final String kind;
        private final long version;
        private Integer periodMonths;
        private String action;

        Rule(ScheduleRow row) {
            this.row = row;
            this.kind = row.kind().id();
            this.version = row.version();
            this.periodMonths = row.periodMonths();
            this.action = row.action().name();
        }

        public ScheduleRow getRow() {
            return row;
        }

        public String getKind() {
            return kind;
        }

        public Integer getPeriodMonths() {
            return periodMonths;
        }

        public void setPeriodMonths(Integer periodMonths) {
            this.periodMonths = periodMonths;
        }

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }
    }

    @PostConstruct
    void load() {
        rules = retention.schedule().stream().map(Rule::new).toList();
        due = retention.dryRun(days);
        runs = retention.latestRuns(20);
    }

    /** Saves one row; a stale version, a period out of range or an action the kind does not allow shows why. */
    public void save(Rule rule) {
        int index = rules.indexOf(rule);
        feedback.attempt(
                () -> {
                    ScheduleRow saved = retention.change(
                            rule.kind,
                            rule.version,
                            rule.periodMonths == null ? 0 : rule.periodMonths,
                            RetentionActions.parse(rule.action));
                    load();
                    return "Saved: " + saved.kind().label() + " kept " + saved.periodMonths() + " months, then "
                            + saved.action().label().toLowerCase(java.util.Locale.UK) + "d.";
                },
                "schedule:rules:" + index);
    }

    /** Shows the dry run for the number of days asked. */
    public void showDue() {
        days = Math.max(0, Math.min(days, 366));
        due = retention.dryRun(days);
    }

    public List<Rule> getRules() {
        return rules;
    }

    public List<DueRecord> getDue() {
        return due;
    }

    public List<RetentionRun> getRuns() {
        return runs;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String describe(LocalDate date) {
        return Dates.describe(date);
    }

    public String describeTime(Instant instant) {
        return instant == null ? "" : Dates.describe(instant);
    }
}
