package org.engagement.core.engagement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;
import org.engagement.core.shared.NotFoundException;

/** A dated record of contact with an organisation: who was there, what was said, what happens next. */
@Entity
@Table(name = "engagement")
@NamedQuery(
        name = "Engagement.findByOrganisation",
        query = "select e from Engagement e where e.organisation.id = :organisationId order by e.date desc, e.id desc")
@NamedQuery(
        name = "Engagement.idsByOrganisation",
        query = "select e.id from Engagement e where e.organisation.id = :organisationId")
public class Engagement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_seq")
    @SequenceGenerator(name = "engagement_seq", sequenceName = "engagement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @Column(name = "engaged_on", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "engagement_type", nullable = false, length = 20)
    private EngagementType type;

    @Column(nullable = false, length = 40)
    private String officer;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "engagement_person",
            joinColumns = @JoinColumn(name = "engagement_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    @OrderBy("name")
    private List<Person> people = new ArrayList<>();

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(length = 4000)
    private String outcome;

    @OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("due")
    private List<FollowUp> followUps = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    /** Null for engagements logged before this was recorded. */
    @Column(name = "logged_by", length = 40)
    private String loggedBy;

    @Column(name = "logged_at")
    private Instant loggedAt;

    protected Engagement() {}

    public Engagement(Organisation organisation, EngagementDetails details, List<Person> present, String by) {
        this.organisation = organisation;
        apply(details, present, by);
        this.loggedBy = by;
        this.loggedAt = updatedAt;
        for (int i = 0; i < details.followUps().size(); i++) {
            followUps.add(new FollowUp(this, details.followUps().get(i), i));
        }
    }

    public void change(EngagementDetails details, List<Person> present, String by) {
        apply(details, present, by);
    }

    private void apply(EngagementDetails details, List<Person> present, String by) {
        List<FieldError> errors = new ArrayList<>();
        if (details.date() == null) {
            errors.add(new FieldError("date", "Enter the date of the engagement, like 26/11/2026."));
        } else if (details.date().isAfter(Dates.today())) {
            errors.add(
                    new FieldError("date", "The engagement cannot be in the future; record it once it has happened."));
        }
        if (details.type() == null) {
            errors.add(new FieldError("type", "Choose the type of engagement."));
        }
        if (details.summary() == null || details.summary().isBlank()) {
            errors.add(new FieldError("summary", "Summarise what was discussed."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.date = details.date();
        this.type = details.type();
        this.officer = details.officer() == null || details.officer().isBlank()
                ? by
                : details.officer().strip().toLowerCase(Locale.ROOT);
        this.people = new ArrayList<>(present);
        this.summary = details.summary().strip();
        this.outcome = details.outcome() == null || details.outcome().isBlank()
                ? null
                : details.outcome().strip();
        this.updatedAt = Dates.now();
        this.updatedBy = by;
    }

    /** The officer who logged an engagement may take it back as a mistake within this time; after it, an administrator. */
    public static final Duration MISTAKE_WINDOW = Duration.ofDays(7);

    /** Whether {@code username} logged this engagement less than {@link #MISTAKE_WINDOW} ago. */
    public boolean loggedRecentlyBy(String username) {
        return loggedBy != null
                && loggedBy.equals(username)
                && loggedAt.plus(MISTAKE_WINDOW).isAfter(Dates.now());
    }

    public FollowUp addFollowUp(FollowUpDetails details, String by) {
        FollowUp followUp = new FollowUp(this, details, followUps.size());
        followUps.add(followUp);
        touch(by);
        return followUp;
    }

    void completeFollowUp(FollowUp followUp, String by) {
        followUp.markDone();
        touch(by);
    }

    void reopenFollowUp(FollowUp followUp, String by) {
        followUp.reopen();
        touch(by);
    }

    void changeFollowUp(FollowUp followUp, FollowUpDetails details, String by) {
        followUp.change(details, followUps.indexOf(followUp));
        touch(by);
    }

    /** The follow-up with this id, or not found. */
    FollowUp followUp(long followUpId) {
        return followUps.stream()
                .filter(f -> f.getId() == followUpId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Follow-up", followUpId));
    }

    private void touch(String by) {
        this.updatedAt = Dates.now();
        this.updatedBy = by;
    }

    /**
     * This engagement as a reader may see it: its summary, outcome and follow-ups' actions passed through {@code shown}
     * (restricted people's names masked, see {@code RestrictedNames}). A detached copy for showing, never saved (the
     * services take ids and versions back, never an engagement); this engagement itself when nothing changes.
     */
    public Engagement shownWith(UnaryOperator<String> shown) {
        boolean same = Objects.equals(shown.apply(summary), summary)
                && Objects.equals(shown.apply(outcome), outcome)
                && followUps.stream().allMatch(f -> Objects.equals(shown.apply(f.getAction()), f.getAction()));
        if (same) {
            return this;
        }
        Engagement copy = new Engagement();
        copy.id = id;
        copy.version = version;
        copy.organisation = organisation;
        copy.date = date;
        copy.type = type;
        copy.officer = officer;
        copy.people = new ArrayList<>(people);
        copy.summary = shown.apply(summary);
        copy.outcome = shown.apply(outcome);
        copy.followUps = new ArrayList<>(
                followUps.stream().map(f -> f.shownIn(copy, shown)).toList());
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        copy.loggedBy = loggedBy;
        copy.loggedAt = loggedAt;
        return copy;
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organisation", organisation.getName());
        fields.put("date", Dates.describe(date));
        fields.put("type", type.label());
        fields.put("officer", officer);
        fields.put("people", people.stream().map(Person::getName).collect(Collectors.joining(", ")));
        fields.put("summary", summary);
        fields.put("outcome", outcome);
        fields.put("followUps", followUps.stream().map(FollowUp::describe).collect(Collectors.joining("; ")));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getDate() {
        return date;
    }

    public EngagementType getType() {
        return type;
    }

    public String getOfficer() {
        return officer;
    }

    public List<Person> getPeople() {
        return List.copyOf(people);
    }

    public String getSummary() {
        return summary;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public Instant getLoggedAt() {
        return loggedAt;
    }
}
