package org.engagement.core.safeguarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
 * An organisation's safeguarding arrangements: its policy and when it is reviewed, its procedures, who leads, and
 * the checks in place. One per organisation; the people named must hold a role there.
 */
@Entity
@Table(name = "safeguarding_profile")
@NamedQuery(
        name = "SafeguardingProfile.findByOrganisation",
        query = "select p from SafeguardingProfile p where p.organisation.id = :organisationId")
public class SafeguardingProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safeguarding_profile_seq")
    @SequenceGenerator(
            name = "safeguarding_profile_seq",
            sequenceName = "safeguarding_profile_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @OneToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organisation_id", nullable = false, unique = true)
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_status", nullable = false, length = 20)
    private PolicyStatus policyStatus = PolicyStatus.NONE;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;

    /** Procedure names separated by commas: a short fixed list, read and written whole. */
    @Column(length = 300)
    private String procedures;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "lead_person_id")
    private Person lead;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "deputy_person_id")
    private Person deputy;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "trustee_lead_person_id")
    private Person trusteeLead;

    @Column(name = "contacts_on_display")
    private Boolean contactsOnDisplay;

    @Enumerated(EnumType.STRING)
    @Column(name = "dbs_checks", length = 10)
    private DbsChecks dbsChecks;

    @Column(length = 2000)
    private String notes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected SafeguardingProfile() {}

    /** An empty profile (no policy recorded) for an organisation that has none yet. */
    public SafeguardingProfile(Organisation organisation, String createdBy) {
        this.organisation = organisation;
        this.updatedAt = Instant.now();
        this.updatedBy = createdBy;
    }

    /**
     * This profile as a reader may see it: its notes passed through {@code shown} (restricted people's names masked,
     * see {@code RestrictedNames}). A detached copy for showing, never saved (the service takes an organisation id and
     * a version back, never a profile); this profile itself when nothing changes.
     */
    public SafeguardingProfile shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(notes), notes)) {
            return this;
        }
        SafeguardingProfile copy = new SafeguardingProfile();
        copy.id = id;
        copy.version = version;
        copy.organisation = organisation;
        copy.policyStatus = policyStatus;
        copy.adoptedOn = adoptedOn;
        copy.nextReviewDue = nextReviewDue;
        copy.procedures = procedures;
        copy.lead = lead;
        copy.deputy = deputy;
        copy.trusteeLead = trusteeLead;
        copy.contactsOnDisplay = contactsOnDisplay;
        copy.dbsChecks = dbsChecks;
        copy.notes = shown.apply(notes);
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    /** The people are already checked to hold a role at the organisation. */
    void change(ProfileDetails details, Person newLead, Person newDeputy, Person newTrusteeLead, String by) {
        validate(details);
        this.policyStatus = details.policyStatus();
        this.adoptedOn = details.adoptedOn();
        this.nextReviewDue = details.nextReviewDue();
        this.procedures = details.procedures().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.lead = newLead;
        this.deputy = newDeputy;
        this.trusteeLead = newTrusteeLead;
        this.contactsOnDisplay = details.contactsOnDisplay();
        this.dbsChecks = details.dbsChecks();
        this.notes = details.notes() == null || details.notes().isBlank()
                ? null
                : details.notes().strip();
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    private static void validate(ProfileDetails d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.policyStatus() == null) {
            errors.add(new FieldError("policyStatus", "Choose where the safeguarding policy stands."));
        } else if (!d.policyStatus().storable()) {
            errors.add(new FieldError(
                    "policyStatus",
                    "Review overdue is worked out from the review date; choose Adopted and give the review date."));
        } else if (d.policyStatus() == PolicyStatus.ADOPTED && d.adoptedOn() == null) {
            errors.add(new FieldError("adoptedOn", "Enter the date the policy was adopted."));
        }
        if (d.adoptedOn() != null && d.adoptedOn().isAfter(Dates.today())) {
            errors.add(new FieldError("adoptedOn", "The adoption date cannot be in the future."));
        }
        if (d.adoptedOn() != null
                && d.nextReviewDue() != null
                && !d.nextReviewDue().isAfter(d.adoptedOn())) {
            errors.add(
                    new FieldError("nextReviewDue", "The next review must be after the date the policy was adopted."));
        }
        if (d.leadPersonId() != null && d.leadPersonId().equals(d.deputyPersonId())) {
            errors.add(new FieldError("deputyPersonId", "The deputy must be someone other than the designated lead."));
        }
        if (d.notes() != null && d.notes().length() > 2000) {
            errors.add(new FieldError("notes", "Notes must be 2,000 characters or fewer."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The status as it stands on {@code today}, with an overdue review shown as such. */
    public PolicyStatus statusOn(LocalDate today) {
        return PolicyStatus.effective(policyStatus, nextReviewDue, today);
    }

    public PolicyStatus getStatus() {
        return statusOn(Dates.today());
    }

    /** Field values as the change history shows them. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("policyStatus", policyStatus.label());
        fields.put("adoptedOn", Dates.describe(adoptedOn));
        fields.put("nextReviewDue", Dates.describe(nextReviewDue));
        fields.put("procedures", getProcedures().stream().map(Procedure::label).collect(Collectors.joining(", ")));
        fields.put("designatedLead", name(lead));
        fields.put("deputyLead", name(deputy));
        fields.put("trusteeLead", name(trusteeLead));
        fields.put("contactsOnDisplay", contactsOnDisplay == null ? null : contactsOnDisplay ? "Yes" : "No");
        fields.put("dbsChecks", dbsChecks == null ? null : dbsChecks.label());
        fields.put("notes", notes);
        return fields;
    }

    private static String name(Person person) {
        return person == null ? null : person.getName();
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

    /** The status as recorded (never {@link PolicyStatus#REVIEW_OVERDUE}); see {@link #statusOn}. */
    public PolicyStatus getPolicyStatus() {
        return policyStatus;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getNextReviewDue() {
        return nextReviewDue;
    }

    public Set<Procedure> getProcedures() {
        if (procedures == null || procedures.isEmpty()) {
            return EnumSet.noneOf(Procedure.class);
        }
        return Arrays.stream(procedures.split(","))
                .map(Procedure::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Procedure.class)));
    }

    public Person getLead() {
        return lead;
    }

    public Person getDeputy() {
        return deputy;
    }

    public Person getTrusteeLead() {
        return trusteeLead;
    }

    public Boolean getContactsOnDisplay() {
        return contactsOnDisplay;
    }

    public DbsChecks getDbsChecks() {
        return dbsChecks;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
