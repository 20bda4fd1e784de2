package org.engagement.core.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * One delivery of a course to an audience on a day. People trained = the anonymous headcount (a school
 * assembly) plus the named attendees, each of whom has a {@link TrainingRecord} for the session.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
        name = "TrainingSession.countByAudienceAndDay",
        query =
                "SELECT s.audienceCode, s.heldOn,"
                        + " SUM(s.headcount + s.namedCount) FROM TrainingSession s WHERE s.heldOn BETWEEN :from AND :to"
                        + " AND s.status = org.engagement.core.training.SessionStatus.DELIVERED GROUP BY s.audienceCode, s.heldOn")
@NamedQuery(
        name = "TrainingSession.plannedFor",
        query = "SELECT s FROM TrainingSession s JOIN s.organisations o"
                + " WHERE o.id = :organisationId AND s.status = org.engagement.core.training.SessionStatus.PLANNED"
                + " AND s.heldOn >= :today ORDER BY s.heldOn")
@NamedQuery(
        name = "TrainingSession.plannedBefore",
        query =
                "SELECT s FROM TrainingSession s"
                        + " WHERE s.status = org.engagement.core.training.SessionStatus.PLANNED AND s.heldOn < :today ORDER BY s.heldOn")
@NamedQuery(
        name = "TrainingSession.findByOrganisation",
        query = "SELECT s FROM TrainingSession s JOIN s.organisations o"
                + " WHERE o.id = :organisationId ORDER BY s.heldOn DESC")
public class TrainingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_session_seq")
    @SequenceGenerator(name = "training_session_seq", sequenceName = "training_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "audience_code", nullable = false, length = 40)
    private String audienceCode;

    @Column(length = 200)
    private String venue;

    @Column(length = 300)
    private String trainers;

    @Column(nullable = false)
    private int headcount;

    @Column(name = "named_count", nullable = false)
    private int namedCount;

    @Embedded
    private Evaluation evaluation;

    @ManyToMany
    @JoinTable(
            name = "training_session_organisation",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> organisations = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.DELIVERED;

    /** For a planned session: how many can come (null: not limited). */
    private Integer places;

    @ManyToMany
    @JoinTable(
            name = "training_session_invitee",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> invitees = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected TrainingSession() {}

    /** Course, audience and organisations must already have been looked up and checked. */
    public TrainingSession(Course course, SessionDetails details, Set<Organisation> hosts, String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (details.heldOn() == null) {
            errors.add(new FieldError("date", "Enter the date of the session."));
        }
        int count = details.headcount() == null ? 0 : details.headcount();
        if (count < 0) {
            errors.add(new FieldError("headcount", "The headcount cannot be negative."));
        }
        String cleanVenue = Course.clean(details.venue());
        if (cleanVenue != null && cleanVenue.length() > 200) {
            errors.add(new FieldError("venue", "Keep the venue to 200 characters."));
        }
        String cleanTrainers = Course.clean(details.trainers());
        if (cleanTrainers != null && cleanTrainers.length() > 300) {
            errors.add(new FieldError("trainers", "Keep the trainers to 300 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.course = course;
        this.heldOn = details.heldOn();
        this.audienceCode = details.audienceCode();
        this.venue = cleanVenue;
        this.trainers = cleanTrainers;
        this.headcount = count;
        this.organisations = new LinkedHashSet<>(hosts);
        touch(createdBy);
    }

    /**
     * A session booked for a future day, with places and the people invited; it counts for nothing until attendance is
     * recorded on or after the day.
     */
    public static TrainingSession planned(
            Course course,
            SessionDetails details,
            Set<Organisation> hosts,
            Integer places,
            Set<Person> invited,
            String createdBy) {
        List<FieldError> errors = new ArrayList<>();
        if (details.heldOn() != null && !details.heldOn().isAfter(Dates.today())) {
            errors.add(new FieldError(
                    "date", "A planned session is on a future date. Record one that has happened as delivered."));
        }
        if (places != null && places < 1) {
            errors.add(new FieldError("places", "Places must be at least 1, or left empty if not limited."));
        }
        if (details.headcount() != null && details.headcount() > 0) {
            errors.add(new FieldError("headcount", "Record the headcount once the session has been delivered."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        TrainingSession session = new TrainingSession(course, details, hosts, createdBy);
        session.status = SessionStatus.PLANNED;
        session.places = places;
        session.invitees = new LinkedHashSet<>(invited);
        return session;
    }

    /** Attendance is being recorded: a planned session becomes delivered, once its day has come. */
    void deliver(String by) {
        if (status == SessionStatus.DELIVERED) {
            return;
        }
        if (heldOn.isAfter(Dates.today())) {
            throw new InvalidInputException(
                    "attendees",
                    "This session is planned for " + Dates.describe(heldOn)
                            + ". Record who attended on or after that day.");
        }
        status = SessionStatus.DELIVERED;
        touch(by);
    }

    public boolean isPlanned() {
        return status == SessionStatus.PLANNED;
    }

    /** Called for each named attendee added, so the figures can sum sessions rather than count attendances. */
    void attendeeAdded(String by) {
        namedCount++;
        touch(by);
    }

    public void evaluate(Evaluation result, String by) {
        this.evaluation = result;
        touch(by);
    }

    private void touch(String by) {
        updatedAt = Dates.now();
        updatedBy = by;
    }

    /** People trained at this session: headcount plus named attendees. */
    public int getPeopleTrained() {
        return headcount + namedCount;
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("course", course.getCode());
        fields.put("date", heldOn.toString());
        fields.put("audience", audienceCode);
        fields.put("venue", venue);
        fields.put("trainers", trainers);
        fields.put("headcount", Integer.toString(headcount));
        fields.put("namedAttendees", Integer.toString(namedCount));
        fields.put(
                "organisations",
                organisations.stream().map(Organisation::getName).collect(Collectors.joining(", ")));
        fields.put("status", status.label());
        if (status == SessionStatus.PLANNED || places != null) {
            fields.put("places", places == null ? "Not limited" : places.toString());
            fields.put("invited", invitees.stream().map(Person::getName).collect(Collectors.joining(", ")));
        }
        if (evaluation != null && evaluation.getForms() != null) {
            fields.put("evaluationForms", evaluation.getForms().toString());
            fields.put("improved", evaluation.getImproved().toString());
        }
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAudienceCode() {
        return audienceCode;
    }

    public String getVenue() {
        return venue;
    }

    /**
     * This session as a reader may see it: its trainers passed through {@code shown} (restricted people's names masked,
     * see {@code RestrictedNames}). A detached copy for showing only, never saved nor linked to a training record (the
     * services take ids and versions back); this session itself when nothing changes.
     */
    public TrainingSession shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(trainers), trainers)) {
            return this;
        }
        TrainingSession copy = new TrainingSession();
        copy.id = id;
        copy.version = version;
        copy.course = course;
        copy.heldOn = heldOn;
        copy.audienceCode = audienceCode;
        copy.venue = venue;
        copy.trainers = shown.apply(trainers);
        copy.headcount = headcount;
        copy.namedCount = namedCount;
        copy.evaluation = evaluation;
        copy.organisations = new LinkedHashSet<>(organisations);
        copy.status = status;
        copy.places = places;
        copy.invitees = new LinkedHashSet<>(invitees);
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    public String getTrainers() {
        return trainers;
    }

    public int getHeadcount() {
        return headcount;
    }

    public int getNamedCount() {
        return namedCount;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public Set<Organisation> getOrganisations() {
        return Set.copyOf(organisations);
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Integer getPlaces() {
        return places;
    }

    public Set<Person> getInvitees() {
        return Set.copyOf(invitees);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
