package org.engagement.core.engagement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** Something to do after an engagement, owned by one user, due by a date, done or not. */
@Entity
@Table(name = "follow_up")
@NamedQuery(
        name = "FollowUp.openForOwner",
        query = "select f from FollowUp f where f.owner = :owner and f.done = false order by f.due, f.id")
public class FollowUp implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "engagement_id", nullable = false)
    private Engagement engagement;

    @Column(nullable = false, length = 500)
    private String action;

    @Column(nullable = false, length = 40)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate due;

    @Column(nullable = false)
    private boolean done;

    protected FollowUp() {}

    FollowUp(Engagement engagement, FollowUpDetails details, int index) {
        this.engagement = engagement;
        change(details, index);
    }

    /** Rewords, reassigns or reschedules it; {@code index} names the follow-up in field errors. */
    void change(FollowUpDetails details, int index) {
        List<FieldError> errors = new ArrayList<>();
        String prefix = "followUps[" + index + "].";
        if (details.action() == null
                || details.action().isBlank()
                || details.action().strip().length() > 500) {
            errors.add(new FieldError(prefix + "action", "Say what needs doing, in up to 500 characters."));
        }
        if (details.owner() == null || details.owner().isBlank()) {
            errors.add(new FieldError(prefix + "owner", "Say who will do it (their username)."));
        }
        if (details.due() == null) {
            errors.add(new FieldError(prefix + "due", "Enter the date it is due, like 26/11/2026."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.action = details.action().strip();
        this.owner = details.owner().strip().toLowerCase(Locale.ROOT);
        this.due = details.due();
    }

    /** A detached copy for showing under {@code engagement} (see {@link Engagement#shownWith}), never saved. */
    FollowUp shownIn(Engagement engagement, UnaryOperator<String> shown) {
        FollowUp copy = new FollowUp();
        copy.id = id;
        copy.version = version;
        copy.engagement = engagement;
        copy.action = shown.apply(action);
        copy.owner = owner;
        copy.due = due;
        copy.done = done;
        return copy;
    }

    void markDone() {
        done = true;
    }

    /** Undoes "done", for a follow-up marked done by mistake. */
    void reopen() {
        done = false;
    }

    public boolean isOverdue() {
        return !done && due.isBefore(Dates.today());
    }

    String describe() {
        return action + " (" + owner + ", due " + Dates.describe(due) + (done ? ", done" : "") + ")";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Engagement getEngagement() {
        return engagement;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public boolean isDone() {
        return done;
    }
}
