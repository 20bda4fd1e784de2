package org.engagement.core.privacy.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.RetainedRecord;
import org.engagement.core.spi.RetentionAction;
import org.engagement.core.spi.RetentionKind;
import org.engagement.core.spi.RetentionSource;

/**
 * The retention schedule: one row per kind of record from the core and every module, each with the period and action
 * the data protection officer set (or the owner's default); a dry run of what comes due; and its application, which
 * the daily job triggers and which writes what it did to the change history. "Today" comes from the clock given, so
 * tests can stand on either side of a period's end.
 */
@ApplicationScoped
@Transactional
public class RetentionService {

    public static final String RULE_RECORD = "RetentionRule";
    public static final String RUN_RECORD = "RetentionRun";

    /** The field of a run's history entry recording what the change history's check found before the run. */
    public static final String HISTORY_CHECKED = "history chain before the run";

    private static final List<String> CHAINS = List.of(HashChain.CHANGE_LOG, HashChain.ACCESS_LOG);

    /** How many records of one kind one run deals with: a backlog is worked through over the following days. */
    static final int BATCH = 500;

    /** How many records of one kind a dry run lists. */
    static final int DRY_RUN_LIMIT = 200;

    @Inject
    private RetentionRepository repository;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    private Clock clock = Clock.system(Dates.UK);

    private Iterable<RetentionSource> sources;

    protected RetentionService() {}

    /** For use as a plain library, with the sources and the clock given. */
    public RetentionService(
            RetentionRepository repository,
            ChangeLog changeLog,
            Actor actor,
            List<RetentionSource> sources,
            Clock clock) {
        this.repository = repository;
        this.changeLog = changeLog;
        this.actor = actor;
        this.sources = sources;
        this.clock = clock;
    }

    @Inject
    void findSources(@Any Instance<RetentionSource> found) {
        sources = found;
    }

    /** One row of the schedule as it stands: the kind, its period and action now, and who set them. */
    public record ScheduleRow(
            RetentionKind kind,
            int periodMonths,
            RetentionAction action,
            long version,
            boolean isDefault,
            String changedBy,
            java.time.Instant changedAt)
            implements Serializable {}

    /** A record the schedule will deal with, and the day it comes due. */
    public record DueRecord(
            String kind,
            String kindLabel,
            long recordId,
            String description,
            LocalDate countsFrom,
            LocalDate dueOn,
            RetentionAction action)
            implements Serializable {}

    /** What one application did: how many records of each kind (by the kind's id). */
    public record RunReport(long runId, int recordsAffected, Map<String, Integer> byKind) {}

    /** The schedule, every kind of the core and the modules, in their owners' order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ScheduleRow> schedule() {
        requireOfficer();
        return rows();
    }

    private List<ScheduleRow> rows() {
        Map<String, RetentionRule> rules =
                repository.rules().stream().collect(Collectors.toMap(RetentionRule::getKind, Function.identity()));
        List<ScheduleRow> rows = new ArrayList<>();
        for (RetentionSource source : sources) {
            for (RetentionKind kind : source.kinds()) {
                RetentionRule rule = rules.get(kind.id());
                rows.add(
                        rule == null
                                ? new ScheduleRow(kind, kind.defaultMonths(), kind.defaultAction(), 0, true, null, null)
                                : new ScheduleRow(
                                        kind,
                                        rule.getPeriodMonths(),
                                        rule.getAction(),
                                        rule.getVersion(),
                                        false,
                                        rule.getUpdatedBy(),
                                        rule.getUpdatedAt()));
            }
        }
        return rows;
    }

    /**
     * Sets a kind's period and action. {@code version} is the row's version as the officer saw it (0 while it keeps
     * its default): a change made meanwhile by someone else is refused, never overwritten.
     */
    public ScheduleRow change(String kindId, long version, int periodMonths, RetentionAction action) {
        requireOfficer();
        RetentionKind kind = rows().stream()
                .map(ScheduleRow::kind)
                .filter(k -> k.id().equals(kindId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Kind of record", kindId));
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (periodMonths < 1 || periodMonths > 1200) {
            errors.add(new InvalidInputException.FieldError(
                    "periodMonths", "Enter a period of 1 to 1,200 months (100 years)."));
        }
        if (action == null) {
            errors.add(new InvalidInputException.FieldError("action", "Choose what happens when the period ends."));
        } else if (!kind.actions().contains(action)) {
            errors.add(new InvalidInputException.FieldError(
                    "action",
                    action == RetentionAction.DELETE
                            ? kind.label() + " records count in figures, so they can be anonymised but not deleted."
                            : kind.label() + " records hold nothing to anonymise apart from the record itself, so"
                                    + " they can only be deleted."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Optional<RetentionRule> stored = repository.rules().stream()
                .filter(r -> r.getKind().equals(kindId))
                .findFirst();
        long current = stored.map(RetentionRule::getVersion).orElse(0L);
        if (current != version) {
            throw new ConflictException(
                    "Someone else changed the period for " + kind.label().toLowerCase(java.util.Locale.UK)
                            + " while you were editing it. Reload the page to see their change,"
                            + " then make yours again.");
        }
        Map<String, String> before = describe(
                stored.map(RetentionRule::getPeriodMonths).orElse(kind.defaultMonths()),
                stored.map(RetentionRule::getAction).orElse(kind.defaultAction()));
        RetentionRule rule = stored.orElseGet(() -> {
            RetentionRule created = new RetentionRule(kindId, periodMonths, action, actor.username(), clock.instant());
            repository.add(created);
            return created;
        });
        rule.change(periodMonths, action, actor.username(), clock.instant());
        repository.flush();
        changeLog.updated(
                RULE_RECORD,
                rule.getId(),
                "Retention schedule: " + kind.label() + " kept " + periodMonths + " months, then "
                        + action.label().toLowerCase(java.util.Locale.UK) + "d",
                before,
                describe(periodMonths, action));
        return new ScheduleRow(
                kind, periodMonths, action, rule.getVersion(), false, rule.getUpdatedBy(), rule.getUpdatedAt());
    }

    private static Map<String, String> describe(int months, RetentionAction action) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("period", months + " months");
        values.put("action", action.label());
        return values;
    }

    /**
     * What the schedule would deal with today and in the next {@code days} days, soonest first: each record with the
     * day it comes due. Changes nothing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DueRecord> dryRun(int days) {
        requireOfficer();
        LocalDate horizon = today().plusDays(Math.min(Math.max(days, 0), 366));
        List<DueRecord> due = new ArrayList<>();
        forEachRow((source, row) -> {
            for (RetainedRecord record :
                    source.due(row.kind().id(), horizon.minusMonths(row.periodMonths()), DRY_RUN_LIMIT)) {
                due.add(new DueRecord(
                        row.kind().id(),
                        row.kind().label(),
                        record.id(),
                        record.description(),
                        record.countsFrom(),
                        dueOn(record.countsFrom(), row.periodMonths()),
                        row.action()));
            }
        });
        due.sort(Comparator.comparing(DueRecord::dueOn)
                .thenComparing(DueRecord::kindLabel)
                .thenComparing(DueRecord::recordId));
        return due;
    }

    /** The first day on which a record counted from {@code from} is due: {@code from} plus the period, as the run sees it. */
    static LocalDate dueOn(LocalDate from, int months) {
        LocalDate day = from.plusMonths(months);
        while (day.minusMonths(months).isBefore(from)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Applies the schedule as it stands today: every record whose period has run out is anonymised or deleted as its
     * row says (up to {@value #BATCH} of a kind a run), and the run is recorded with what it did, in the change history
     * too. The daily job calls it; it checks no role, as nobody but the application asks for it.
     */
    public RunReport applyDue() {
        LocalDate today = today();
        // A run rewrites history entries (anonymising) and then re-seals the chain over them, which would seal in an
        // edit made in the database before it. So the chain is checked first, as erasure does, and what the check
        // found is written into the run's own chained entry: a break is recorded, never hidden. Refusing to run
        // instead would stop the schedule for good, as nothing in the application mends a broken chain.
        ChainCheck historyBefore = repository.checkHistory();
        Map<String, HashChain.Checkpoint> checkpointsBefore = checkpoints();
        Map<String, Integer> byKind = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        forEachRow((source, row) -> {
            List<Long> ids = source.due(row.kind().id(), today.minusMonths(row.periodMonths()), BATCH).stream()
                    .map(RetainedRecord::id)
                    .toList();
            int done = source.apply(row.kind().id(), row.action(), ids);
            if (done > 0) {
                byKind.put(row.kind().id(), done);
                labels.put(
                        row.kind().id(),
                        done + " " + row.kind().label() + " ("
                                + row.action().label().toLowerCase(java.util.Locale.UK) + ")");
            }
        });
        int total = byKind.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0) {
            // Anonymising rewrote history values, and deleting old entries changed what the chain's genesis sealed.
            repository.resealHistory();
        }
        recordCheckpoints(checkpointsBefore, checkpoints());
        String summary = (total == 0
                        ? "Retention schedule applied: nothing was due"
                        : "Retention schedule applied: " + String.join(", ", labels.values()))
                + (historyBefore.intact()
                        ? ""
                        : ". Before it, the change history's chain was broken"
                                + (total > 0 ? " (the run re-sealed it)" : "") + ": " + historyBefore.describe());
        RetentionRun run = new RetentionRun(clock.instant(), actor.username(), total, summary);
        repository.add(run);
        Map<String, String> recorded = new LinkedHashMap<>(labels);
        recorded.put(HISTORY_CHECKED, historyBefore.describe());
        changeLog.created(
                RUN_RECORD, run.getId(), summary.length() > 400 ? summary.substring(0, 400) : summary, recorded);
        return new RunReport(run.getId(), total, byKind);
    }

    /**
     * Pruning moved a chain's checkpoint: the change history says so, on the chain itself, so a checkpoint moved by hand
     * in the database disagrees with the last one the history recorded (the chains' check compares them). Pruning the
     * change history may take the entry that recorded the access log's checkpoint: it is restated.
     */
    private void recordCheckpoints(Map<String, HashChain.Checkpoint> before, Map<String, HashChain.Checkpoint> after) {
        boolean historyPruned = !after.get(HashChain.CHANGE_LOG).equals(before.get(HashChain.CHANGE_LOG));
        for (String chain : CHAINS) {
            boolean moved = !after.get(chain).equals(before.get(chain));
            if (moved || (historyPruned && after.get(chain).through() > 0)) {
                changeLog.checkpoint(chain, before.get(chain), after.get(chain));
            }
        }
    }

    private Map<String, HashChain.Checkpoint> checkpoints() {
        Map<String, HashChain.Checkpoint> now = new LinkedHashMap<>();
        CHAINS.forEach(chain -> now.put(chain, repository.checkpoint(chain)));
        return now;
    }

    /** The latest runs, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RetentionRun> latestRuns(int count) {
        requireOfficer();
        return repository.latestRuns(Math.min(Math.max(count, 1), 100));
    }

    private void forEachRow(java.util.function.BiConsumer<RetentionSource, ScheduleRow> work) {
        List<ScheduleRow> rows = rows();
        for (RetentionSource source : sources) {
            for (RetentionKind kind : source.kinds()) {
                rows.stream()
                        .filter(r -> r.kind().id().equals(kind.id()))
                        .findFirst()
                        .ifPresent(row -> work.accept(source, row));
            }
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Dates.UK));
    }

    private void requireOfficer() {
        if (!RoleSets.holds(actor, RoleSets.DATA_PROTECTION_OFFICERS)) {
            throw new AccessDeniedException("Only a data protection officer can see or change the retention schedule.");
        }
    }
}
