package org.engagement.core.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.shared.Actor;

/**
 * Records changes as part of the caller's transaction, so a change and its history entry are saved
 * together or not at all. Records describe themselves as field snapshots (name to display value).
 */
@ApplicationScoped
public class ChangeLog {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private Actor actor;

    protected ChangeLog() {}

    public ChangeLog(EntityManager em, Actor actor) {
        this.em = em;
        this.actor = actor;
    }

    public void created(String recordType, long recordId, String summary, Map<String, String> after) {
        record(recordType, recordId, ChangeAction.CREATED, summary, Map.of(), after);
    }

    /** A record just created, as {@link #createdAll} records it: its id, the entry's summary and its fields. */
    public record Created(long recordId, String summary, Map<String, String> after) {}

    /**
     * One entry per record, as {@link #created} writes it, for many records at once (an import): their places in the
     * hash chain are taken together, so the history of a thousand records costs one turn of the chain's lock.
     */
    public void createdAll(String recordType, List<Created> records) {
        if (records.isEmpty()) {
            return;
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<ChangeLogEntry> entries = records.stream()
                .map(record -> new ChangeLogEntry(
                        recordType,
                        record.recordId(),
                        ChangeAction.CREATED,
                        actor.username(),
                        at,
                        record.summary(),
                        differences(Map.of(), record.after())))
                .toList();
        new HashChain(em).persistLinked(HashChain.CHANGE_LOG, entries);
    }

    public void updated(
            String recordType, long recordId, String summary, Map<String, String> before, Map<String, String> after) {
        record(recordType, recordId, ChangeAction.UPDATED, summary, before, after);
    }

    public void deleted(String recordType, long recordId, String summary, Map<String, String> before) {
        record(recordType, recordId, ChangeAction.DELETED, summary, before, Map.of());
    }

    /**
     * Records where a hash chain's check starts now that the retention schedule pruned it ({@code before} and
     * {@code after} differ), or restates an unchanged checkpoint whose last record older change history may have
     * taken with it. The chain's check compares its checkpoint with the latest of these entries.
     */
    public void checkpoint(String chain, HashChain.Checkpoint before, HashChain.Checkpoint after) {
        String log = HashChain.CHANGE_LOG.equals(chain) ? "Change history" : "Access log";
        String summary = after.equals(before)
                ? log + ": the hash chain's check still starts after entry " + after.through()
                        + " (restated, as older change history was deleted)"
                : log + ": entries " + (before.through() + 1) + " to " + after.through()
                        + " deleted under the retention schedule; the hash chain's check starts after entry "
                        + after.through();
        record(HashChain.checkpointRecord(chain), 1, ChangeAction.CREATED, summary, Map.of(), after.fields());
    }

    private void record(
            String recordType,
            long recordId,
            ChangeAction action,
            String summary,
            Map<String, String> before,
            Map<String, String> after) {
        List<FieldChange> changes = differences(before, after);
        if (action == ChangeAction.UPDATED && changes.isEmpty()) {
            return;
        }
        // Milliseconds: what both databases keep, so the hash of what was written matches what is read back.
        ChangeLogEntry entry = new ChangeLogEntry(
                recordType,
                recordId,
                action,
                actor.username(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                summary,
                changes);
        new HashChain(em).persistLinked(HashChain.CHANGE_LOG, List.of(entry));
    }

    /** The fields whose display value differs, in the order the record lists them. */
    static List<FieldChange> differences(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = blankToNull(before.get(field));
            String now = blankToNull(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Entries of several records (e.g. an organisation, its people and its engagements), newest first. */
    public List<ChangeLogEntry> historyOf(Map<String, ? extends java.util.Collection<Long>> recordsByType) {
        List<ChangeLogEntry> entries = new ArrayList<>();
        recordsByType.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                entries.addAll(em.createNamedQuery("ChangeLogEntry.findByRecords", ChangeLogEntry.class)
                        .setParameter("type", type)
                        .setParameter("ids", List.copyOf(ids))
                        .getResultList());
            }
        });
        entries.sort(java.util.Comparator.comparing(ChangeLogEntry::getAt)
                .thenComparing(ChangeLogEntry::getId)
                .reversed());
        return entries;
    }

    /** Newest first. */
    public List<ChangeLogEntry> historyOf(String recordType, long recordId) {
        return em.createNamedQuery("ChangeLogEntry.findByRecord", ChangeLogEntry.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .getResultList();
    }
}
