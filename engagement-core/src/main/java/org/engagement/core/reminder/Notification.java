package org.engagement.core.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.engagement.core.shared.Dates;

/** One reminder for one user about one event (a record falling due on a day); unique per recipient and event. */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = "Notification.exists",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient"
                + " AND n.kind = :kind AND n.recordId = :recordId AND n.eventOn = :eventOn")
@NamedQuery(
        name = "Notification.forRecipient",
        query = "SELECT n FROM Notification n WHERE n.recipient = :recipient" + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
        name = "Notification.notEmailedSince",
        query = "SELECT n FROM Notification n WHERE n.emailedAt IS NULL AND n.createdAt >= :since"
                + " ORDER BY n.recipient, n.eventOn, n.id")
@NamedQuery(
        name = "Notification.unreadCount",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient" + " AND n.readAt IS NULL")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String recipient;

    /** A {@link ReminderKind} name, or a module's own kind. */
    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "record_id", nullable = false)
    private long recordId;

    @Column(name = "event_on", nullable = false)
    private LocalDate eventOn;

    @Column(nullable = false, length = 500)
    private String message;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {}

    Notification(String recipient, String kind, long recordId, LocalDate eventOn, String message, Long organisationId) {
        this.recipient = recipient;
        this.kind = kind;
        this.recordId = recordId;
        this.eventOn = eventOn;
        this.message = message.length() > 500 ? message.substring(0, 497) + "..." : message;
        this.organisationId = organisationId;
        this.createdAt = Dates.now();
    }

    /**
     * This notification as its reader may see it: its message passed through {@code shown} (restricted people's names
     * masked, see {@code RestrictedNames}). A detached copy for showing, never saved; this one when nothing changes.
     */
    public Notification shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(message), message)) {
            return this;
        }
        Notification copy = new Notification(recipient, kind, recordId, eventOn, shown.apply(message), organisationId);
        copy.id = id;
        copy.version = version;
        copy.createdAt = createdAt;
        copy.readAt = readAt;
        copy.emailedAt = emailedAt;
        return copy;
    }

    void markRead() {
        if (readAt == null) {
            readAt = Dates.now();
        }
    }

    void markEmailed() {
        emailedAt = Dates.now();
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    public LocalDate getEventOn() {
        return eventOn;
    }

    public String getMessage() {
        return message;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** When it was emailed to its recipient; null if it has not been (no address, a digest not yet due, email off). */
    public Instant getEmailedAt() {
        return emailedAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
