package org.engagement.core.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.audit.FieldChange;
import org.engagement.core.reporting.FinancialQuarter;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.FigureContribution;
import org.engagement.core.spi.FigureContribution.Kind;
import org.engagement.core.spi.FigureContribution.Unit;
import org.engagement.core.spi.RestrictedNames;

/**
 * The only way into the action plans. Everyone who signs in to the pages reads them (licensing officers too: the
 * plan holds their actions on drivers); administrators and the two leads change them. Every change is in the
 * change history; progress notes are kept with their author and date.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    public static final String PLAN_RECORD = "ActionPlan";
    public static final String ACTION_RECORD = "PlanAction";
    static final int SCORECARD_QUARTERS = 8;

    @Inject
    private PlanRepository plans;

    @Inject
    private Figures figures;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected PlanService() {}

    /** For use as a plain library. */
    public PlanService(PlanRepository plans, Figures figures, ChangeLog changeLog, Actor actor) {
        this.plans = plans;
        this.figures = figures;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    // ---- plans

    public ActionPlan createPlan(PlanDetails details) {
        requireEditor();
        requireUniqueTitle(details.title(), null);
        ActionPlan plan = new ActionPlan(details, actor.username());
        plans.add(plan);
        plans.flush();
        changeLog.created(PLAN_RECORD, plan.getId(), "Action plan '" + plan.getTitle() + "' created", plan.snapshot());
        return plan;
    }

    public ActionPlan updatePlan(long id, long expectedVersion, PlanDetails details) {
        requireEditor();
        ActionPlan plan = plan(id);
        if (plan.getVersion() != expectedVersion) {
            throw stalePlan(plan);
        }
        requireUniqueTitle(details.title(), id);
        Map<String, String> before = plan.snapshot();
        plan.change(details, actor.username());
        save(() -> stalePlan(plan));
        changeLog.updated(PLAN_RECORD, id, "Action plan '" + plan.getTitle() + "' changed", before, plan.snapshot());
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionPlan> plans() {
        requireReader();
        return plans.plans();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionPlan plan(long id) {
        requireReader();
        return plans.plan(id).orElseThrow(() -> new NotFoundException("Action plan", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Outcome> outcomesOf(long planId) {
        plan(planId);
        return plans.outcomesOf(planId);
    }

    // ---- actions

    /**
     * The plan's actions as the actor may see them: restricted people's names masked in their texts for everyone but
     * the data protection officer (as every action and progress note this service hands out, see {@link
     * RestrictedNames}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanAction> actionsOf(long planId) {
        plan(planId);
        RestrictedNames names = restrictedNames();
        return plans.actionsOf(planId).stream()
                .map(a -> a.shownWith(names::mask))
                .toList();
    }

    /** The action as the actor may see it (see {@link #actionsOf}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanAction action(long id) {
        return shown(stored(id));
    }

    private PlanAction stored(long id) {
        requireReader();
        return plans.action(id).orElseThrow(() -> new NotFoundException("Action", id));
    }

    private PlanAction shown(PlanAction action) {
        return action.shownWith(restrictedNames()::mask);
    }

    /** Restricted people's names as the actor may see them in the plan's texts: masked for all but the DPO. */
    RestrictedNames restrictedNames() {
        return RestrictedNames.forReader(actor, plans::restrictedNames);
    }

    public PlanAction addAction(long planId, ActionDetails details) {
        requireEditor();
        ActionPlan plan = plan(planId);
        requireUniqueReference(planId, details.reference(), null);
        PlanAction action = new PlanAction(plan, outcome(plan, details), details, actor.username());
        plans.add(action);
        plans.flush();
        changeLog.created(
                ACTION_RECORD,
                action.getId(),
                "Action " + action.getReference() + " added to '" + plan.getTitle() + "'",
                action.snapshot());
        return action;
    }

    /**
     * Changes an action. A text naming a restricted person was shown to the actor masked: sent back unchanged it keeps
     * the stored text; changed, it is refused beside its field (see {@link RestrictedNames#kept}).
     */
    public PlanAction updateAction(long id, long expectedVersion, ActionDetails details) {
        PlanAction action = editable(id, expectedVersion);
        requireUniqueReference(action.getPlan().getId(), details.reference(), id);
        Map<String, String> before = action.snapshot();
        action.change(outcome(action.getPlan(), details), keptTexts(action, details), actor.username());
        return saved(action, before, "changed");
    }

    private ActionDetails keptTexts(PlanAction action, ActionDetails d) {
        RestrictedNames names = restrictedNames();
        return new ActionDetails(
                d.outcomeNumber(),
                d.outcomeTitle(),
                d.reference(),
                names.kept("title", action.getTitle(), d.title()),
                names.kept("description", action.getDescription(), d.description()),
                names.kept("leadOfficer", action.getLeadOfficer(), d.leadOfficer()),
                names.kept("partnerAgencies", action.getPartnerAgencies(), d.partnerAgencies()),
                d.startDate(),
                d.dueDate(),
                names.kept("measureOfSuccess", action.getMeasureOfSuccess(), d.measureOfSuccess()),
                d.status(),
                names.kept("statusReason", action.getStatusReason(), d.statusReason()));
    }

    /**
     * Sets the status by hand with its reason; for a measured action, this overrides the suggestion. A reason naming a
     * restricted person may be sent back as shown, not reworded (see {@link RestrictedNames#kept}).
     */
    public PlanAction setStatus(long id, long expectedVersion, Rag status, String reason) {
        PlanAction action = editable(id, expectedVersion);
        Map<String, String> before = action.snapshot();
        action.setStatus(
                status, restrictedNames().kept("statusReason", action.getStatusReason(), reason), actor.username());
        return saved(action, before, "is now " + status.label().toLowerCase());
    }

    public PlanAction followSuggestion(long id, long expectedVersion) {
        PlanAction action = editable(id, expectedVersion);
        Map<String, String> before = action.snapshot();
        action.followSuggestion(actor.username());
        return saved(action, before, "follows its measure's suggested status again");
    }

    /** Binds the action's measure to a figure the product computes, with a target and the date it is due by. */
    public PlanAction bindMeasure(long id, long expectedVersion, MeasureDetails details) {
        PlanAction action = editable(id, expectedVersion);
        FigureContribution figure = checkedMeasure(details);
        LocalDate countFrom = figure.kind() == Kind.FLOW
                ? (details.countFrom() == null ? action.getPlan().getStartsOn() : details.countFrom())
                : null;
        if (countFrom != null && !countFrom.isBefore(details.targetDate())) {
            throw new InvalidInputException("countFrom", "Start the count before the target date.");
        }
        Map<String, String> before = action.snapshot();
        action.bind(figure.id(), details.target(), details.targetDate(), countFrom, actor.username());
        return saved(action, before, "measure bound to '" + figure.label() + "'");
    }

    public PlanAction unbindMeasure(long id, long expectedVersion, Rag status, String reason) {
        PlanAction action = editable(id, expectedVersion);
        Map<String, String> before = action.snapshot();
        action.unbind(
                status, restrictedNames().kept("statusReason", action.getStatusReason(), reason), actor.username());
        return saved(action, before, "measure unbound");
    }

    /**
     * Carries an unfinished action to a later plan, under the outcome of the same number (created there if need be):
     * the copy keeps its reference, lead, dates, measure and status, and says where it came from; the original is
     * then read-only and says where it went.
     */
    public PlanAction carryForward(long actionId, long toPlanId) {
        requireEditor();
        PlanAction original = stored(actionId);
        ActionPlan from = original.getPlan();
        ActionPlan to = plan(toPlanId);
        List<String> refusals = new ArrayList<>();
        if (original.getCarriedToId() != null) {
            refusals.add("Action " + original.getReference() + " was already carried to another plan.");
        }
        if (original.getStatus() == Rag.COMPLETE) {
            refusals.add("Action " + original.getReference() + " is complete: there is nothing to carry forward.");
        }
        if (!to.getStartsOn().isAfter(from.getStartsOn())) {
            refusals.add("Carry an action to a later plan: '" + to.getTitle() + "' does not start after '"
                    + from.getTitle() + "'.");
        }
        if (!refusals.isEmpty()) {
            throw new ConflictException(String.join(" ", refusals));
        }
        requireUniqueReference(toPlanId, original.getReference(), null);
        ActionDetails details = new ActionDetails(
                original.getOutcome().getNumber(),
                original.getOutcome().getTitle(),
                original.getReference(),
                original.getTitle(),
                original.getDescription(),
                original.getLeadOfficer(),
                original.getPartnerAgencies(),
                original.getStartDate(),
                original.getDueDate(),
                original.getMeasureOfSuccess(),
                original.getStatus(),
                original.getStatusReason());
        PlanAction copy = PlanAction.carriedForward(original, to, outcome(to, details), details, actor.username());
        plans.add(copy);
        plans.flush();
        Map<String, String> before = original.snapshot();
        original.carriedTo(copy.getId(), actor.username());
        plans.flush();
        changeLog.created(
                ACTION_RECORD,
                copy.getId(),
                "Action " + copy.getReference() + " carried forward from '" + from.getTitle() + "' to '" + to.getTitle()
                        + "'",
                copy.snapshot());
        changeLog.updated(
                ACTION_RECORD,
                original.getId(),
                "Action " + original.getReference() + " carried forward to '" + to.getTitle() + "'",
                before,
                original.snapshot());
        return shown(copy);
    }

    /** The action's change history, restricted people's names masked in it as in the action itself. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> history(long actionId) {
        stored(actionId);
        RestrictedNames names = restrictedNames();
        return changeLog.historyOf(ACTION_RECORD, actionId).stream()
                .map(e -> e.withTextShown(names::mask))
                .toList();
    }

    /**
     * Adds every action of a spreadsheet (CSV or XLSX, see {@link PlanSpreadsheet}) to the plan, each row's progress text
     * as its first progress note, or none of them: every problem is reported with its line, and nothing is saved.
     */
    public int importActions(long planId, String filename, byte[] content) {
        requireEditor();
        plan(planId);
        List<PlanSpreadsheet.Line> lines = PlanSpreadsheet.read(filename, content);
        List<LineError> errors = new ArrayList<>();
        for (PlanSpreadsheet.Line line : lines) {
            try {
                PlanAction action = addAction(planId, line.details());
                if (!line.progress().isBlank()) {
                    addProgress(action.getId(), null, line.progress());
                }
            } catch (InvalidInputException invalid) {
                invalid.errors().forEach(e -> errors.add(new LineError(line.line(), e.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidLinesException(errors);
        }
        return lines.size();
    }

    /** The plan in the columns it can be imported from, each action's status as shown and its latest progress note. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] exportCsv(long planId) {
        List<PlanAction> actions = actionsOf(planId);
        Map<Long, ShownStatus> statuses = new java.util.HashMap<>();
        actions.forEach(a -> statuses.put(a.getId(), statusOf(a)));
        return PlanSpreadsheet.csv(actions, statuses, latestProgressOf(planId));
    }

    // ---- progress

    /** Adds a dated progress note, attributed to the signed-in user; notes are never changed afterwards. */
    public ProgressUpdate addProgress(long actionId, LocalDate writtenOn, String note) {
        requireEditor();
        PlanAction action = stored(actionId);
        if (action.getCarriedToId() != null) {
            throw new ConflictException(
                    "Action " + action.getReference() + " was carried to the next plan. Add the note there.");
        }
        ProgressUpdate update = new ProgressUpdate(actionId, writtenOn, note, actor.username(), Dates.today());
        plans.add(update);
        plans.flush();
        changeLog.updated(
                ACTION_RECORD,
                actionId,
                "Progress note on action " + action.getReference(),
                Map.of(),
                Map.of("progress " + Dates.describe(update.getWrittenOn()), update.getNote()));
        return update.shownWith(restrictedNames()::mask);
    }

    /** The action's progress notes, restricted people's names masked for everyone but the data protection officer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressUpdate> progressOf(long actionId) {
        stored(actionId);
        RestrictedNames names = restrictedNames();
        return plans.progressOf(actionId).stream()
                .map(u -> u.shownWith(names::mask))
                .toList();
    }

    /** Each action's latest progress note, masked as {@link #progressOf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, ProgressUpdate> latestProgressOf(long planId) {
        plan(planId);
        RestrictedNames names = restrictedNames();
        Map<Long, ProgressUpdate> latest = new java.util.LinkedHashMap<>();
        plans.latestProgressOf(planId).forEach((action, note) -> latest.put(action, note.shownWith(names::mask)));
        return latest;
    }

    // ---- measures and status

    /** The figures a measure may be bound to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FigureContribution> figures() {
        requireReader();
        return figures.all();
    }

    /** The status people see: the lead's, or the measure's suggestion computed from today's figure. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ShownStatus statusOf(PlanAction action) {
        requireReader();
        return statusOn(action, Dates.today());
    }

    /**
     * The status as it stood at the end of a day: a measure's suggestion from the figure then, and a lead's choice as it
     * was then (from the action's change history), so that a past period's report shows what the board would have seen.
     */
    ShownStatus statusOn(PlanAction action, LocalDate day) {
        Suggestion suggestion = action.isMeasured() ? suggestionFor(action, day) : null;
        LeadStatus lead = day.isBefore(Dates.today())
                ? leadStatusAtEndOf(action, day)
                : new LeadStatus(action.getStatus(), action.getStatusReason());
        if (suggestion == null && lead.rag() == null) {
            return new ShownStatus(
                    Rag.AMBER,
                    "Its measure's figure is not offered by this installation; choose a status by hand.",
                    false,
                    null);
        }
        if (lead.rag() == null) {
            return new ShownStatus(suggestion.rag(), suggestion.reason(), false, suggestion);
        }
        return new ShownStatus(lead.rag(), lead.reason(), suggestion != null, suggestion);
    }

    /** A status set by a lead and its reason; {@code rag} null when the action followed its measure. */
    private record LeadStatus(Rag rag, String reason) {}

    /** Replays the action's history up to the end of {@code day} (UK time); the status now if it has none by then. */
    private LeadStatus leadStatusAtEndOf(PlanAction action, LocalDate day) {
        java.time.Instant end = day.plusDays(1).atStartOfDay(Dates.UK).toInstant();
        List<ChangeLogEntry> entries = changeLog.historyOf(ACTION_RECORD, action.getId()).stream()
                .filter(e -> e.getAt().isBefore(end))
                .sorted(java.util.Comparator.comparing(ChangeLogEntry::getAt).thenComparing(ChangeLogEntry::getId))
                .toList();
        if (entries.isEmpty()) {
            return new LeadStatus(action.getStatus(), action.getStatusReason());
        }
        Rag rag = null;
        String reason = null;
        for (ChangeLogEntry entry : entries) {
            for (FieldChange change : entry.getChanges()) {
                if ("status".equals(change.getField())) {
                    rag = Rag.byLabel(change.getAfter());
                } else if ("statusReason".equals(change.getField())) {
                    reason = change.getAfter();
                }
            }
        }
        return new LeadStatus(rag, reason);
    }

    /** Overdue actions and those whose measure falls behind (suggested red or amber), for the leads' home pages. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanAction> needingAttention() {
        requireReader();
        LocalDate today = Dates.today();
        RestrictedNames names = restrictedNames();
        List<PlanAction> attention = new ArrayList<>();
        for (ActionPlan plan : plans.plans()) {
            if (plan.getEndsOn().isBefore(today)) {
                continue;
            }
            for (PlanAction action : plans.actionsOf(plan.getId())) {
                Suggestion s =
                        action.isMeasured() && action.getStatus() != Rag.COMPLETE ? suggestionFor(action, today) : null;
                if (action.isOverdue(today) || s != null && s.rag() != Rag.GREEN) {
                    attention.add(action.shownWith(names::mask));
                }
            }
        }
        return attention;
    }

    /** The measure's suggestion on {@code today}, or null if its figure is not offered here (its module is not packaged). */
    Suggestion suggestionFor(PlanAction action, LocalDate today) {
        Measure m = action.getMeasure();
        FigureContribution figure = figures.byId(m.getFigureId()).orElse(null);
        if (figure == null) {
            return null;
        }
        LocalDate to = today.isAfter(m.getTargetDate()) ? m.getTargetDate() : today;
        LocalDate from = m.getCountFrom() == null ? to : m.getCountFrom();
        double value = figure.valueFor(from, to).value();
        return Suggestion.of(
                figure.direction(),
                figure.kind(),
                figure.unit(),
                value,
                m.getTarget().doubleValue(),
                m.getCountFrom(),
                m.getTargetDate(),
                today);
    }

    /**
     * The scorecard between two dates (the last eight quarters, this one included, if either is missing): every
     * measure of an action that was not carried on to a later plan, quarter by quarter.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Scorecard scorecard(LocalDate from, LocalDate to) {
        requireReader();
        return scorecard(from, to, Dates.today());
    }

    /** The scorecard as it stood on {@code today}: later quarters are empty and statuses are suggested from then. */
    Scorecard scorecard(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null
                ? quartersBefore(FinancialQuarter.of(end), SCORECARD_QUARTERS - 1)
                        .start()
                : from;
        List<FinancialQuarter> quarters = FinancialQuarter.covering(start, end);
        if (quarters.size() > 40) {
            throw new InvalidInputException("from", "Ask for at most ten years (40 quarters) at a time.");
        }
        List<Scorecard.Line> lines = new ArrayList<>();
        for (PlanAction action : plans.measuredActions()) {
            FigureContribution figure =
                    figures.byId(action.getMeasure().getFigureId()).orElse(null);
            if (figure != null && action.getCarriedToId() == null) {
                lines.add(line(action, figure, quarters, today));
            }
        }
        return new Scorecard(
                start, end, quarters.stream().map(FinancialQuarter::label).toList(), lines);
    }

    private Scorecard.Line line(
            PlanAction action, FigureContribution figure, List<FinancialQuarter> quarters, LocalDate today) {
        List<Scorecard.Cell> cells = new ArrayList<>();
        for (FinancialQuarter q : quarters) {
            if (q.start().isAfter(today)) {
                cells.add(new Scorecard.Cell(q.label(), q.start(), q.end(), null, ""));
            } else {
                FigureContribution.Value v = figure.valueFor(q.start(), q.end().isAfter(today) ? today : q.end());
                cells.add(new Scorecard.Cell(q.label(), q.start(), q.end(), v.value(), v.detail()));
            }
        }
        ShownStatus status = statusOn(action, today);
        Measure m = action.getMeasure();
        return new Scorecard.Line(
                action.getId(),
                action.getPlan().getTitle(),
                action.getReference(),
                action.getTitle(),
                figure.id(),
                figure.label(),
                figure.unit(),
                figure.drillDown(),
                m.getTarget().doubleValue(),
                m.getTargetDate(),
                cells,
                status.rag(),
                status.describe(),
                status.reason());
    }

    private static FinancialQuarter quartersBefore(FinancialQuarter q, int count) {
        FinancialQuarter first = q;
        for (int i = 0; i < count; i++) {
            first = FinancialQuarter.of(first.start().minusDays(1));
        }
        return first;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FigureContribution figure(String id) {
        requireReader();
        return figures.byId(id).orElseThrow(() -> new NotFoundException("Figure", id));
    }

    public boolean canEdit() {
        return RoleSets.holds(actor, RoleSets.LEADS);
    }

    public boolean canRead() {
        return RoleSets.holds(actor, RoleSets.PAGE_USERS);
    }

    // ---- helpers

    private FigureContribution checkedMeasure(MeasureDetails d) {
        List<FieldError> errors = new ArrayList<>();
        FigureContribution figure =
                d.figureId() == null ? null : figures.byId(d.figureId()).orElse(null);
        if (figure == null) {
            errors.add(new FieldError("figureId", "Choose one of the figures this installation computes."));
        }
        if (d.target() == null || d.target().signum() <= 0) {
            errors.add(new FieldError("target", "Enter a target above zero."));
        } else if (figure != null
                && figure.unit() == Unit.PERCENT
                && d.target().compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FieldError("target", "A percentage target is at most 100."));
        } else if (d.target().scale() > 2 || d.target().precision() - d.target().scale() > 10) {
            errors.add(new FieldError("target", "Enter the target with at most two decimal places."));
        }
        if (d.targetDate() == null) {
            errors.add(new FieldError("targetDate", "Enter the date the target is due by."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return figure;
    }

    /** The plan's outcome of the action's number, created with the given title if the plan has none yet. */
    private Outcome outcome(ActionPlan plan, ActionDetails d) {
        return plans.outcomesOf(plan.getId()).stream()
                .filter(o -> o.getNumber() == d.outcomeNumber())
                .findFirst()
                .orElseGet(() -> {
                    Outcome created = new Outcome(plan, d.outcomeNumber(), d.outcomeTitle());
                    plans.add(created);
                    return created;
                });
    }

    private PlanAction editable(long id, long expectedVersion) {
        requireEditor();
        PlanAction action = stored(id);
        if (action.getVersion() != expectedVersion) {
            throw staleAction(action);
        }
        return action;
    }

    private PlanAction saved(PlanAction action, Map<String, String> before, String what) {
        save(() -> staleAction(action));
        changeLog.updated(
                ACTION_RECORD,
                action.getId(),
                "Action " + action.getReference() + " " + what,
                before,
                action.snapshot());
        return shown(action);
    }

    private void save(java.util.function.Supplier<StaleRecordException> stale) {
        try {
            plans.flush();
        } catch (OptimisticLockException race) {
            throw stale.get();
        }
    }

    private void requireUniqueTitle(String title, Long self) {
        plans.planByTitle(title).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new InvalidInputException(
                    "title", "There is already a plan called '" + other.getTitle() + "'. Choose another title.");
        });
    }

    private void requireUniqueReference(long planId, String reference, Long self) {
        if (!PlanAction.isWellFormed(reference)) {
            return; // the action itself reports a missing or malformed reference
        }
        plans.actionByReference(planId, reference)
                .filter(other -> !Objects.equals(other.getId(), self))
                .ifPresent(other -> {
                    throw new InvalidInputException(
                            "reference",
                            "The plan already has an action " + other.getReference() + " ('" + other.getTitle()
                                    + "'). Choose another reference.");
                });
    }

    private void requireReader() {
        if (!RoleSets.holds(actor, RoleSets.PAGE_USERS)) {
            throw new AccessDeniedException("Your roles do not give access to the action plans.");
        }
    }

    private void requireEditor() {
        if (!RoleSets.holds(actor, RoleSets.LEADS)) {
            throw new AccessDeniedException("Only an administrator or a lead can change the action plans.");
        }
    }

    private static StaleRecordException stalePlan(ActionPlan plan) {
        return new StaleRecordException(
                "Action plan '" + plan.getTitle() + "'", plan.getUpdatedBy(), plan.getUpdatedAt());
    }

    private static StaleRecordException staleAction(PlanAction action) {
        return new StaleRecordException(
                "Action " + action.getReference(), action.getUpdatedBy(), action.getUpdatedAt());
    }
}
