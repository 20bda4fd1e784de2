package org.engagement.core.sharing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * An information-sharing agreement. It keeps its own lifecycle: {@link #moveTo} refuses a move that the
 * lifecycle or the agreement's content does not allow, with every reason at once, so an agreement cannot be
 * active without its parties' signatures, a lawful basis and a review date.
 */
@Entity
@Table(name = "sharing_agreement")
@NamedQuery(
        name = "InformationSharingAgreement.findByReference",
        query = "select a from InformationSharingAgreement a where a.referenceKey = :key")
public class InformationSharingAgreement implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The moves the lifecycle allows, before the content of the agreement is considered. */
    private static final Map<AgreementStatus, Set<AgreementStatus>> MOVES = Map.of(
            AgreementStatus.DRAFT, EnumSet.of(AgreementStatus.IN_REVIEW, AgreementStatus.TERMINATED),
            AgreementStatus.IN_REVIEW,
                    EnumSet.of(AgreementStatus.DRAFT, AgreementStatus.ACTIVE, AgreementStatus.TERMINATED),
            AgreementStatus.ACTIVE, EnumSet.of(AgreementStatus.ENDED, AgreementStatus.TERMINATED),
            AgreementStatus.ENDED, EnumSet.noneOf(AgreementStatus.class),
            AgreementStatus.TERMINATED, EnumSet.noneOf(AgreementStatus.class));

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sharing_agreement_seq")
    @SequenceGenerator(name = "sharing_agreement_seq", sequenceName = "sharing_agreement_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 60)
    private String reference;

    /** Upper-case reference, unique, so "isa-001" and "ISA-001" are the same agreement. */
    @Column(name = "reference_key", nullable = false, length = 60, unique = true)
    private String referenceKey;

    @Column(nullable = false, length = 4000)
    private String purpose;

    @Column(nullable = false, length = 40)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", length = 30)
    private LawfulBasis lawfulBasis;

    @Column(name = "special_category_data", nullable = false)
    private boolean specialCategoryData;

    @Enumerated(EnumType.STRING)
    @Column(name = "special_category_condition", length = 40)
    private SpecialCategoryCondition specialCategoryCondition;

    @Column(name = "data_categories", length = 2000)
    private String dataCategories;

    /** Comma-separated {@link SharingMethod} names: a handful of flags, never queried on their own. */
    @Column(name = "sharing_methods", length = 200)
    private String sharingMethods;

    @Column(name = "retention_period", length = 200)
    private String retentionPeriod;

    @Column(name = "dpia_done", nullable = false)
    private boolean dpiaDone;

    @Column(name = "dpia_date")
    private LocalDate dpiaDate;

    @Column(name = "dpia_reference", length = 60)
    private String dpiaReference;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "last_reviewed_on")
    private LocalDate lastReviewedOn;

    /** Never {@link AgreementStatus#REVIEW_DUE}: that one is derived, see {@link #statusOn}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<Party> parties = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected InformationSharingAgreement() {}

    public InformationSharingAgreement(AgreementDetails details, List<Party> newParties, LocalDate today, String by) {
        apply(details, newParties, today, by);
    }

    /** Changes what the agreement says. Ended and terminated agreements are a record and stay as they were. */
    public void change(AgreementDetails details, List<Party> newParties, LocalDate today, String by) {
        if (status.isFinal()) {
            throw new ConflictException("This agreement is " + status.label().toLowerCase(Locale.UK)
                    + " and can no longer be changed. Draft a new one instead.");
        }
        apply(details, newParties, today, by);
    }

    private void apply(AgreementDetails d, List<Party> newParties, LocalDate today, String by) {
        List<FieldError> errors = new ArrayList<>();
        String cleanTitle = required(d.title(), "title", "Enter the agreement's title.", 200, errors);
        String cleanReference =
                required(d.reference(), "reference", "Enter the agreement's reference, e.g. ISA-2026-01.", 60, errors);
        String cleanPurpose = required(d.purpose(), "purpose", "Say what the information is shared for.", 4000, errors);
        String cleanOwner =
                required(d.owner(), "owner", "Choose the partnership's owner of this agreement.", 40, errors);
        checkLength(d.dataCategories(), "dataCategories", 2000, errors);
        checkLength(d.retentionPeriod(), "retentionPeriod", 200, errors);
        checkLength(d.dpiaReference(), "dpiaReference", 60, errors);
        checkDates(d, today, errors);
        checkParties(newParties, today, errors);
        if (d.specialCategoryCondition() != null && !d.specialCategoryData()) {
            errors.add(new FieldError(
                    "specialCategoryCondition",
                    "Tick 'special-category data is shared' or clear the Article 9 condition."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.title = cleanTitle;
        this.reference = cleanReference;
        this.referenceKey = referenceKey(cleanReference);
        this.purpose = cleanPurpose;
        this.owner = cleanOwner.toLowerCase(Locale.ROOT);
        this.lawfulBasis = d.lawfulBasis();
        this.specialCategoryData = d.specialCategoryData();
        this.specialCategoryCondition = d.specialCategoryCondition();
        this.dataCategories = clean(d.dataCategories());
        this.sharingMethods = d.sharingMethods().isEmpty()
                ? null
                : d.sharingMethods().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.retentionPeriod = clean(d.retentionPeriod());
        this.dpiaDone = d.dpiaDone();
        this.dpiaDate = d.dpiaDone() ? d.dpiaDate() : null;
        this.dpiaReference = d.dpiaDone() ? clean(d.dpiaReference()) : null;
        this.startDate = d.startDate();
        this.reviewDate = d.reviewDate();
        this.endDate = d.endDate();
        replaceParties(newParties);
        if (status == AgreementStatus.ACTIVE) {
            // An active agreement must stay one that could be activated.
            List<String> problems = activationProblems(today);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(
                        problems.stream().map(p -> new FieldError("status", p)).toList());
            }
        }
        touch(by);
    }

    private static void checkDates(AgreementDetails d, LocalDate today, List<FieldError> errors) {
        if (d.dpiaDone() && d.dpiaDate() == null) {
            errors.add(new FieldError("dpiaDate", "Enter the date of the data protection impact assessment."));
        }
        if (d.dpiaDone() && d.dpiaDate() != null && d.dpiaDate().isAfter(today)) {
            errors.add(new FieldError("dpiaDate", "The impact assessment date cannot be in the future."));
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(new FieldError("endDate", "The end date must be on or after the start date."));
        }
        if (d.startDate() != null && d.reviewDate() != null && d.reviewDate().isBefore(d.startDate())) {
            errors.add(new FieldError("reviewDate", "The review date must be on or after the start date."));
        }
    }

    private static void checkParties(List<Party> candidates, LocalDate today, List<FieldError> errors) {
        // Organisations compare by identity: one persistence context holds one instance per row.
        Set<Organisation> seen = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            Party p = candidates.get(i);
            String field = "parties[" + i + "]";
            if (!seen.add(p.getOrganisation())) {
                errors.add(new FieldError(
                        field, p.getOrganisation().getName() + " is listed twice. List each party once."));
            }
            if (p.getSignedOn() != null && p.getSignatory() == null) {
                errors.add(new FieldError(
                        field, "Name who signed for " + p.getOrganisation().getName() + "."));
            }
            if (p.getSignedOn() != null && p.getSignedOn().isAfter(today)) {
                errors.add(new FieldError(
                        field,
                        "The signature date for " + p.getOrganisation().getName() + " cannot be in the future."));
            }
        }
    }

    /** Keeps the rows of parties that stay (so their ids and history stay), adds new ones, drops the rest. */
    private void replaceParties(List<Party> wanted) {
        Map<Organisation, Party> byOrganisation =
                parties.stream().collect(Collectors.toMap(Party::getOrganisation, p -> p));
        List<Party> next = new ArrayList<>();
        for (Party candidate : wanted) {
            Party kept = byOrganisation.get(candidate.getOrganisation());
            if (kept == null) {
                candidate.attachTo(this);
                next.add(candidate);
            } else {
                kept.copySignatureFrom(candidate);
                next.add(kept);
            }
        }
        parties.retainAll(next);
        next.stream().filter(p -> !parties.contains(p)).forEach(parties::add);
    }

    /**
     * Moves the agreement to {@code target} or refuses with every reason. Activating sets the start date
     * to today if none was given; ending or terminating sets the end date to today unless it was earlier.
     */
    public void moveTo(AgreementStatus target, LocalDate today, String by) {
        List<String> reasons = new ArrayList<>();
        if (target == AgreementStatus.REVIEW_DUE) {
            reasons.add("'Review due' follows from the review date and cannot be chosen. "
                    + "Record a review with the next review date instead.");
        } else if (target == status) {
            reasons.add("The agreement is already " + status.label().toLowerCase(Locale.UK) + ".");
        } else if (!MOVES.get(status).contains(target)) {
            reasons.add(notAllowedReason(target));
        } else if (target == AgreementStatus.ACTIVE) {
            reasons.addAll(activationProblems(today));
        } else if (target == AgreementStatus.ENDED && endDate != null && endDate.isAfter(today)) {
            reasons.add("The agreement runs until " + Dates.describe(endDate)
                    + ". End it on or after that date, or terminate it early.");
        }
        if (!reasons.isEmpty()) {
            throw new TransitionRefusedException(status, target, reasons);
        }
        if (target == AgreementStatus.ACTIVE && startDate == null) {
            startDate = today;
        }
        if ((target == AgreementStatus.ENDED || target == AgreementStatus.TERMINATED)
                && (endDate == null || endDate.isAfter(today))) {
            endDate = today;
        }
        status = target;
        touch(by);
    }

    private String notAllowedReason(AgreementStatus target) {
        Set<AgreementStatus> allowed = MOVES.get(status);
        if (allowed.isEmpty()) {
            return "An agreement that is " + status.label().toLowerCase(Locale.UK) + " cannot change status.";
        }
        return "An agreement that is " + status.label().toLowerCase(Locale.UK) + " cannot become "
                + target.label().toLowerCase(Locale.UK) + "; it can become "
                + allowed.stream().map(s -> s.label().toLowerCase(Locale.UK)).collect(Collectors.joining(" or ")) + ".";
    }

    /** Everything that stops the agreement being active, in words the user can act on. */
    public List<String> activationProblems(LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (parties.size() < 2) {
            problems.add("Add at least two parties (there " + (parties.size() == 1 ? "is 1" : "are " + parties.size())
                    + ").");
        }
        for (Party p : parties) {
            if (!p.isSigned()) {
                problems.add("Record who signed for " + p.getOrganisation().getName() + " and when.");
            }
        }
        if (lawfulBasis == null) {
            problems.add("Choose the lawful basis under UK GDPR Article 6.");
        }
        if (specialCategoryData && specialCategoryCondition == null) {
            problems.add("Special-category data is shared: choose the Article 9 / DPA 2018 Schedule 1 condition.");
        }
        if (reviewDate == null) {
            problems.add("Set a review date.");
        } else if (status != AgreementStatus.ACTIVE && !reviewDate.isAfter(today)) {
            problems.add("The review date must be after today.");
        }
        return problems;
    }

    /**
     * Records that the active agreement was reviewed today and sets the next review date, which takes it
     * out of 'review due' (if the new date is beyond the review window).
     */
    public void recordReview(LocalDate nextReviewDate, LocalDate today, String by) {
        List<String> reasons = new ArrayList<>();
        if (status != AgreementStatus.ACTIVE) {
            reasons.add("Only an active agreement is reviewed; this one is "
                    + status.label().toLowerCase(Locale.UK) + ".");
        }
        if (nextReviewDate == null || !nextReviewDate.isAfter(today)) {
            reasons.add("Enter the next review date, after today.");
        } else if (endDate != null && nextReviewDate.isAfter(endDate)) {
            reasons.add("The next review date is after the end date (" + Dates.describe(endDate) + ").");
        }
        if (!reasons.isEmpty()) {
            throw new TransitionRefusedException(status, AgreementStatus.ACTIVE, reasons);
        }
        lastReviewedOn = today;
        reviewDate = nextReviewDate;
        touch(by);
    }

    /** The status as users see it: an active agreement is 'review due' once its review date is within the window. */
    public AgreementStatus statusOn(LocalDate today, int reviewWindowDays) {
        boolean due = status == AgreementStatus.ACTIVE
                && reviewDate != null
                && !reviewDate.isAfter(today.plusDays(reviewWindowDays));
        return due ? AgreementStatus.REVIEW_DUE : status;
    }

    /** The sectors the agreement is in: those of its parties other than statutory partners. */
    public Set<Sector> sectors() {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        parties.stream()
                .map(p -> p.getOrganisation().getSector())
                .filter(s -> s != Sector.STATUTORY)
                .forEach(sectors::add);
        return sectors;
    }

    /** Every sector of every party, statutory included: who may change the agreement depends on all of them. */
    public Set<Sector> partySectors() {
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        parties.forEach(p -> sectors.add(p.getOrganisation().getSector()));
        return sectors;
    }

    /** Saving a party does not change the agreement's row; this does, so the version guards parties too. */
    private void touch(String by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public static String referenceKey(String reference) {
        return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
    }

    private static String required(String value, String field, String message, int max, List<FieldError> errors) {
        String clean = clean(value);
        if (clean == null) {
            errors.add(new FieldError(field, message));
        } else {
            checkLength(clean, field, max, errors);
        }
        return clean;
    }

    private static void checkLength(String value, String field, int max, List<FieldError> errors) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, "Use " + max + " characters or fewer."));
        }
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Field values as the change history shows them. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("reference", reference);
        fields.put("purpose", purpose);
        fields.put("owner", owner);
        fields.put("status", status.label());
        fields.put("lawfulBasis", lawfulBasis == null ? null : lawfulBasis.label());
        fields.put("specialCategoryData", specialCategoryData ? "Yes" : "No");
        fields.put(
                "specialCategoryCondition", specialCategoryCondition == null ? null : specialCategoryCondition.label());
        fields.put("dataCategories", dataCategories);
        fields.put(
                "sharingMethods",
                getSharingMethods().stream().map(SharingMethod::label).collect(Collectors.joining(", ")));
        fields.put("retentionPeriod", retentionPeriod);
        fields.put(
                "dpia",
                dpiaDone
                        ? "Done " + Dates.describe(dpiaDate) + (dpiaReference == null ? "" : " (" + dpiaReference + ")")
                        : "Not done");
        fields.put("startDate", Dates.describe(startDate));
        fields.put("reviewDate", Dates.describe(reviewDate));
        fields.put("endDate", Dates.describe(endDate));
        fields.put("lastReviewedOn", Dates.describe(lastReviewedOn));
        for (int i = 0; i < parties.size(); i++) {
            fields.put("party " + (i + 1), parties.get(i).describe());
        }
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getReference() {
        return reference;
    }

    /**
     * This agreement as a reader may see it: its purpose and data categories passed through {@code shown} (restricted
     * people's names masked, see {@code RestrictedNames}). A detached copy for showing only, never saved (the service
     * takes ids and versions back); this agreement itself when nothing changes.
     */
    public InformationSharingAgreement shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(purpose), purpose)
                && Objects.equals(shown.apply(dataCategories), dataCategories)) {
            return this;
        }
        InformationSharingAgreement copy = new InformationSharingAgreement();
        copy.id = id;
        copy.version = version;
        copy.title = title;
        copy.reference = reference;
        copy.referenceKey = referenceKey;
        copy.purpose = shown.apply(purpose);
        copy.owner = owner;
        copy.lawfulBasis = lawfulBasis;
        copy.specialCategoryData = specialCategoryData;
        copy.specialCategoryCondition = specialCategoryCondition;
        copy.dataCategories = shown.apply(dataCategories);
        copy.sharingMethods = sharingMethods;
        copy.retentionPeriod = retentionPeriod;
        copy.dpiaDone = dpiaDone;
        copy.dpiaDate = dpiaDate;
        copy.dpiaReference = dpiaReference;
        copy.startDate = startDate;
        copy.reviewDate = reviewDate;
        copy.endDate = endDate;
        copy.lastReviewedOn = lastReviewedOn;
        copy.status = status;
        copy.parties = new ArrayList<>(parties);
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getOwner() {
        return owner;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public boolean isSpecialCategoryData() {
        return specialCategoryData;
    }

    public SpecialCategoryCondition getSpecialCategoryCondition() {
        return specialCategoryCondition;
    }

    public String getDataCategories() {
        return dataCategories;
    }

    public Set<SharingMethod> getSharingMethods() {
        if (sharingMethods == null) {
            return Set.of();
        }
        Set<SharingMethod> methods = EnumSet.noneOf(SharingMethod.class);
        Arrays.stream(sharingMethods.split(",")).map(SharingMethod::valueOf).forEach(methods::add);
        return methods;
    }

    public String getRetentionPeriod() {
        return retentionPeriod;
    }

    public boolean isDpiaDone() {
        return dpiaDone;
    }

    public LocalDate getDpiaDate() {
        return dpiaDate;
    }

    public String getDpiaReference() {
        return dpiaReference;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getLastReviewedOn() {
        return lastReviewedOn;
    }

    /** The stored status; use {@link #statusOn} for what users see. */
    public AgreementStatus getStoredStatus() {
        return status;
    }

    public List<Party> getParties() {
        return List.copyOf(parties);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
