package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.access.RoleSets;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;

/** Training figures computed from the records: people trained per audience per financial quarter. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrainingReports {

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private Actor actor;

    protected TrainingReports() {}

    /** For use as a plain library. */
    public TrainingReports(TrainingRepository training, TrainingCatalogue catalogue, Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.actor = actor;
    }

    /**
     * People trained (headcount plus named attendees) per audience per quarter between the dates, with the totals
     * added up here rather than typed in. The database sums sessions per audience and day; the few day rows are
     * then put into quarters in {@link FinancialQuarter}, the one place that knows where quarters begin.
     */
    public QuarterlyFigures byQuarter(LocalDate from, LocalDate to) {
        if (!RoleSets.holds(actor, RoleSets.TRAINING_READERS)) {
            throw new AccessDeniedException("Your roles do not allow reading training figures.");
        }
        if (from == null || to == null) {
            throw new InvalidInputException(
                    from == null ? "from" : "to", "Give both dates of the range, e.g. 2015-04-01.");
        }
        List<FinancialQuarter> quarters = FinancialQuarter.covering(from, to);
        if (quarters.size() > 80) {
            throw new InvalidInputException("to", "Ask for at most 20 years at a time.");
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        catalogue.audiences().forEach(a -> counts.put(a.code(), new long[quarters.size()]));
        FinancialQuarter first = quarters.get(0);
        for (TrainingRepository.DayCount day : training.peopleTrainedByAudienceAndDay(from, to)) {
            int index = quartersBetween(first, FinancialQuarter.of(day.day()));
            counts.computeIfAbsent(day.audienceCode(), code -> new long[quarters.size()])[index] += day.people();
        }
        List<QuarterlyFigures.Row> rows = new ArrayList<>();
        counts.forEach(
                (code, row) -> rows.add(new QuarterlyFigures.Row(code, catalogue.audienceLabel(code), toList(row))));
        return new QuarterlyFigures(quarters, rows);
    }

    /** People trained per audience in the financial year starting in {@code yearStart}, against its targets. */
    public List<TargetProgress> progress(int yearStart) {
        QuarterlyFigures year =
                byQuarter(new FinancialQuarter(yearStart, 1).start(), new FinancialQuarter(yearStart, 4).end());
        Map<String, Integer> targets = new LinkedHashMap<>();
        training.targetsOf(yearStart).forEach(t -> targets.put(t.getAudienceCode(), t.getTarget()));
        return year.rows().stream()
                .map(r -> new TargetProgress(
                        r.audienceCode(), r.audienceLabel(), targets.get(r.audienceCode()), r.total()))
                .toList();
    }

    private static int quartersBetween(FinancialQuarter first, FinancialQuarter q) {
        return (q.startYear() - first.startYear()) * 4 + q.number() - first.number();
    }

    private static List<Long> toList(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }
}
