package org.engagement.core.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.access.RoleSets;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.RestrictedNames;
import org.engagement.core.spi.SectorModule;
import org.engagement.core.spi.SectorModules;
import org.engagement.core.training.QuarterlyFigures;
import org.engagement.core.training.TrainingReports;

/**
 * The quarterly report to the board, written from the records: one call gives the PDF. Those who read the training
 * figures read it (the training table is part of it).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardReports {

    @Inject
    private PlanService plans;

    @Inject
    private PlanRepository repository;

    @Inject
    private TrainingReports training;

    @Inject
    private SectorModules modules;

    @Inject
    private Actor actor;

    protected BoardReports() {}

    /** For use as a plain library. */
    public BoardReports(
            PlanService plans,
            PlanRepository repository,
            TrainingReports training,
            SectorModules modules,
            Actor actor) {
        this.actor = actor;
        this.plans = plans;
        this.repository = repository;
        this.training = training;
        this.modules = modules;
    }

    /** The report on the plan for the quarters from {@code from} to {@code to} (the plan's quarters to date if missing). */
    public BoardReport report(long planId, LocalDate from, LocalDate to) {
        ActionPlan plan = plans.plan(planId);
        LocalDate start =
                from == null ? plan.getStartsOn() : FinancialQuarter.of(from).start();
        LocalDate end = to == null
                ? min(plan.getEndsOn(), Dates.today())
                : FinancialQuarter.of(to).end();
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "The report's period must end on or after it starts.");
        }
        LocalDate asOf = min(end, Dates.today());
        QuarterlyFigures trained = training.byQuarter(start, end);
        List<FinancialQuarter> quarters = FinancialQuarter.covering(start, end);
        return new BoardReport(
                plan.getTitle(),
                start,
                end,
                asOf,
                quarters.stream().map(FinancialQuarter::label).toList(),
                actions(planId, asOf),
                plans.scorecard(start, end, asOf),
                trained,
                modulePages(quarters, asOf));
    }

    /** Who reads both the plans and the training figures. */
    public boolean mayRead() {
        return RoleSets.holds(actor, RoleSets.TRAINING_READERS);
    }

    public byte[] pdf(long planId, LocalDate from, LocalDate to) {
        return BoardReportPdf.of(report(planId, from, to));
    }

    /**
     * Each action's line, restricted people's names masked in its texts for everyone but the data protection officer
     * (the status reason too, which for a past day comes from the change history as it was written).
     */
    private List<BoardReport.ActionLine> actions(long planId, LocalDate asOf) {
        RestrictedNames names = plans.restrictedNames();
        List<BoardReport.ActionLine> lines = new ArrayList<>();
        for (PlanAction a : repository.actionsOf(planId)) {
            ShownStatus status = plans.statusOn(a, asOf);
            String latest = repository.progressOf(a.getId()).stream()
                    .filter(u -> !u.getWrittenOn().isAfter(asOf))
                    .findFirst()
                    .map(u -> Dates.describe(u.getWrittenOn()) + ", " + u.getAuthor() + ": " + u.getNote())
                    .orElse("No progress recorded.");
            lines.add(new BoardReport.ActionLine(
                    a.getOutcome().getNumber() + ". " + a.getOutcome().getTitle(),
                    a.getReference(),
                    names.mask(a.getTitle()),
                    names.mask(a.getLeadOfficer()),
                    a.getDueDate(),
                    status.rag(),
                    status.describe(),
                    status.reason() == null ? "" : names.mask(status.reason()),
                    names.mask(latest)));
        }
        return lines;
    }

    private List<BoardReport.ModulePage> modulePages(List<FinancialQuarter> quarters, LocalDate asOf) {
        List<BoardReport.ModulePage> pages = new ArrayList<>();
        for (SectorModule module : modules.all()) {
            List<BoardReport.FigureRow> rows = new ArrayList<>();
            for (FigureContribution figure : module.figures()) {
                rows.add(new BoardReport.FigureRow(
                        figure.label(),
                        quarters.stream()
                                .map(q -> q.start().isAfter(asOf)
                                        ? ""
                                        : Suggestion.format(
                                                figure.valueFor(q.start(), min(q.end(), asOf))
                                                        .value(),
                                                figure.unit()))
                                .toList()));
            }
            pages.add(new BoardReport.ModulePage(module.displayName(), rows));
        }
        return pages;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
