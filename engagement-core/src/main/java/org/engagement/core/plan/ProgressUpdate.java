package org.engagement.core.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** A dated progress note on an action, by whoever wrote it. Never changed: a correction is a newer note. */
@Entity
@Table(name = "plan_progress")
@NamedQuery(
        name = "ProgressUpdate.ofAction",
        query = "select u from ProgressUpdate u where u.actionId = :action" + " order by u.writtenOn desc, u.id desc")
@NamedQuery(
        name = "ProgressUpdate.latestOfPlan",
        query = "select u from ProgressUpdate u where u.actionId in"
                + " (select a.id from PlanAction a where a.plan.id = :plan) order by u.writtenOn desc, u.id desc")
public class ProgressUpdate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_progress_seq")
    @SequenceGenerator(name = "plan_progress_seq", sequenceName = "plan_progress_seq", allocationSize = 50)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "written_on", nullable = false)
    private LocalDate writtenOn;

    @Column(nullable = false, length = 4000)
    private String note;

    @Column(nullable = false, length = 40)
    private String author;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ProgressUpdate() {}

    public ProgressUpdate(long actionId, LocalDate writtenOn, String note, String author, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String clean = Text.required(note, "note", "Write the progress note.", 4000, errors);
        if (writtenOn != null && writtenOn.isAfter(today)) {
            errors.add(new FieldError("writtenOn", "A progress note cannot be dated in the future."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.actionId = actionId;
        this.writtenOn = writtenOn == null ? today : writtenOn;
        this.note = clean;
        this.author = author;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getActionId() {
        return actionId;
    }

    public LocalDate getWrittenOn() {
        return writtenOn;
    }

    /**
     * This note as a reader may see it: passed through {@code shown} (restricted people's names masked, see
     * {@code RestrictedNames}). A detached copy for showing only, never saved; this note itself when nothing changes.
     */
    public ProgressUpdate shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(note), note)) {
            return this;
        }
        ProgressUpdate copy = new ProgressUpdate();
        copy.id = id;
        copy.actionId = actionId;
        copy.writtenOn = writtenOn;
        copy.note = shown.apply(note);
        copy.author = author;
        copy.recordedAt = recordedAt;
        return copy;
    }

    public String getNote() {
        return note;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
