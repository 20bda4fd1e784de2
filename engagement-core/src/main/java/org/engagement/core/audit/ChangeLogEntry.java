package org.engagement.core.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.engagement.core.integrity.Canonical;
import org.engagement.core.integrity.ChainLink;
import org.engagement.core.integrity.ChainSeal;
import org.engagement.core.integrity.ChainedEntry;
import org.engagement.core.integrity.HashChain;

/** One change to one record. Immutable: no setters, and the history offers no way to edit it. */
@Entity
@Table(name = "change_log")
@NamedQuery(
        name = "ChangeLogEntry.findByRecord",
        query =
                "select e from ChangeLogEntry e where e.recordType = :type and e.recordId = :id order by e.at desc, e.id desc")
@NamedQuery(
        name = "ChangeLogEntry.findByRecords",
        query = "select e from ChangeLogEntry e where e.recordType = :type and e.recordId in :ids")
public class ChangeLogEntry implements Serializable, ChainedEntry {

    private static final long serialVersionUID = 1L;

    /** What a reader sees in place of a value their roles do not let them see. */
    public static final String HIDDEN = "(hidden)";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_log_seq")
    @SequenceGenerator(name = "change_log_seq", sequenceName = "change_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "record_type", nullable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ChangeAction action;

    @Column(name = "changed_by", nullable = false, length = 40)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(length = 400)
    private String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "change_log_field", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "position")
    private List<FieldChange> changes = new ArrayList<>();

    @Embedded
    private ChainSeal seal = new ChainSeal();

    protected ChangeLogEntry() {}

    ChangeLogEntry(
            String recordType,
            long recordId,
            ChangeAction action,
            String changedBy,
            Instant at,
            String summary,
            List<FieldChange> changes) {
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.changedBy = changedBy;
        this.at = at;
        this.summary = summary;
        this.changes = new ArrayList<>(changes);
    }

    /**
     * This entry as a reader may see it: the values of the given fields replaced by {@link #HIDDEN}. A detached copy
     * for showing, never saved: the history itself stays whole.
     */
    public ChangeLogEntry withValuesHidden(Set<String> fields) {
        List<FieldChange> shown = changes.stream()
                .map(c -> fields.contains(c.getField())
                        ? new FieldChange(c.getField(), hide(c.getBefore()), hide(c.getAfter()))
                        : c)
                .toList();
        ChangeLogEntry copy = new ChangeLogEntry(recordType, recordId, action, changedBy, at, summary, shown);
        copy.id = id;
        return copy;
    }

    /**
     * This entry with its summary and every value passed through {@code shown} (restricted people's names masked, see
     * {@code RestrictedNames}). A detached copy for showing, never saved; the same entry when nothing changes.
     */
    public ChangeLogEntry withTextShown(java.util.function.UnaryOperator<String> shown) {
        boolean same = java.util.Objects.equals(shown.apply(summary), summary)
                && changes.stream()
                        .allMatch(c -> java.util.Objects.equals(shown.apply(c.getBefore()), c.getBefore())
                                && java.util.Objects.equals(shown.apply(c.getAfter()), c.getAfter()));
        if (same) {
            return this;
        }
        List<FieldChange> values = changes.stream()
                .map(c -> new FieldChange(c.getField(), shown.apply(c.getBefore()), shown.apply(c.getAfter())))
                .toList();
        String shownSummary = shown.apply(summary);
        ChangeLogEntry copy = new ChangeLogEntry(recordType, recordId, action, changedBy, at, shownSummary, values);
        copy.id = id;
        return copy;
    }

    /** What the entry's hash covers (see {@link HashChain}): its record, action, author, time, summary and fields. */
    @Override
    public String canonicalContent() {
        Canonical content = HashChain.changeLogContent(recordType, recordId, action.name(), changedBy, at, summary);
        changes.forEach(c -> content.add(c.getField()).add(c.getBefore()).add(c.getAfter()));
        return content.text();
    }

    /** Takes its place in the chain, once, before it is saved. */
    @Override
    public void link(ChainLink link) {
        seal().link(link, "A history entry");
    }

    /** Null after loading an entry written before the chain (its columns are empty), so made here when needed. */
    private ChainSeal seal() {
        if (seal == null) {
            seal = new ChainSeal();
        }
        return seal;
    }

    public Long getChainPosition() {
        return seal().getPosition();
    }

    public String getEntryHash() {
        return seal().getEntryHash();
    }

    private static String hide(String value) {
        return value == null ? null : HIDDEN;
    }

    public Long getId() {
        return id;
    }

    public String getRecordType() {
        return recordType;
    }

    public long getRecordId() {
        return recordId;
    }

    public ChangeAction getAction() {
        return action;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getAt() {
        return at;
    }

    public String getSummary() {
        return summary;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
    }
}
