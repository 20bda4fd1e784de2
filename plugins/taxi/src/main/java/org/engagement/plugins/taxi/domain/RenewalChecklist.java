package org.engagement.plugins.taxi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * The licensing officer's checklist for one renewal of one licence (the licence number and the expiry date
 * being renewed): safeguarding training, NR3S search, DBS Update Service check and HMRC tax-check code.
 * Each item keeps who recorded it and when.
 */
@Entity
@Table(name = "taxi_renewal_checklist")
@NamedQuery(
        name = "RenewalChecklist.forRenewal",
        query = "SELECT c FROM RenewalChecklist c"
                + " WHERE c.licenceNumber = :licenceNumber AND c.licenceExpiry = :licenceExpiry")
public class RenewalChecklist implements Serializable {

    private static final long serialVersionUID = 1L;

    /** HMRC tax-check codes are nine letters and digits; spaces and dashes as printed are ignored. */
    private static final Pattern TAX_CHECK_CODE = Pattern.compile("[A-Z0-9]{9}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taxi_renewal_checklist_seq")
    @SequenceGenerator(
            name = "taxi_renewal_checklist_seq",
            sequenceName = "taxi_renewal_checklist_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "licence_number", nullable = false, length = 30)
    private String licenceNumber;

    @Column(name = "licence_expiry", nullable = false)
    private LocalDate licenceExpiry;

    @Column(name = "training_eligible")
    private Boolean trainingEligible;

    @Column(name = "training_valid_until")
    private LocalDate trainingValidUntil;

    @Column(name = "training_by", length = 40)
    private String trainingBy;

    @Column(name = "training_at")
    private Instant trainingAt;

    @Column(name = "nr3s_searched_on")
    private LocalDate nr3sSearchedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "nr3s_result", length = 40)
    private Nr3sResult nr3sResult;

    @Column(name = "nr3s_by", length = 40)
    private String nr3sBy;

    @Column(name = "nr3s_at")
    private Instant nr3sAt;

    @Column(name = "dbs_checked_on")
    private LocalDate dbsCheckedOn;

    @Column(name = "dbs_by", length = 40)
    private String dbsBy;

    @Column(name = "dbs_at")
    private Instant dbsAt;

    @Column(name = "hmrc_code", length = 9)
    private String hmrcCode;

    @Column(name = "hmrc_by", length = 40)
    private String hmrcBy;

    @Column(name = "hmrc_at")
    private Instant hmrcAt;

    protected RenewalChecklist() {}

    public RenewalChecklist(String licenceNumber, LocalDate licenceExpiry) {
        this.licenceNumber = licenceNumber;
        this.licenceExpiry = licenceExpiry;
    }

    /** Checks every item given before recording any, so bad input changes nothing. */
    public void record(ChecklistChange change, RenewalDecision training, LocalDate today, String by) {
        String code = normalisedCode(change.hmrcTaxCheckCode());
        validate(change, code, today);
        Instant now = Instant.now();
        if (training != null) {
            trainingEligible = training.eligible();
            trainingValidUntil = training.validUntil();
            trainingBy = by;
            trainingAt = now;
        }
        if (change.nr3sSearchedOn() != null) {
            nr3sSearchedOn = change.nr3sSearchedOn();
            nr3sResult = change.nr3sResult();
            nr3sBy = by;
            nr3sAt = now;
        }
        if (change.dbsCheckedOn() != null) {
            dbsCheckedOn = change.dbsCheckedOn();
            dbsBy = by;
            dbsAt = now;
        }
        if (code != null) {
            hmrcCode = code;
            hmrcBy = by;
            hmrcAt = now;
        }
    }

    private static void validate(ChecklistChange change, String code, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if ((change.nr3sSearchedOn() == null) != (change.nr3sResult() == null)) {
            errors.add(new FieldError(
                    change.nr3sSearchedOn() == null ? "nr3sSearchedOn" : "nr3sResult",
                    "Give both the date of the NR3S search and its result."));
        }
        notInFuture(
                change.nr3sSearchedOn(),
                today,
                "nr3sSearchedOn",
                "The NR3S search date cannot be in the future.",
                errors);
        notInFuture(
                change.dbsCheckedOn(),
                today,
                "dbsCheckedOn",
                "The DBS Update Service check date cannot be in the future.",
                errors);
        if (code != null && !TAX_CHECK_CODE.matcher(code).matches()) {
            errors.add(new FieldError("hmrcTaxCheckCode", "An HMRC tax-check code is 9 letters and numbers."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void notInFuture(
            LocalDate date, LocalDate today, String field, String message, List<FieldError> errors) {
        if (date != null && date.isAfter(today)) {
            errors.add(new FieldError(field, message));
        }
    }

    private static String normalisedCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public boolean isTrainingDone() {
        return Boolean.TRUE.equals(trainingEligible);
    }

    public boolean isNr3sDone() {
        return nr3sResult != null && nr3sResult.settled();
    }

    public boolean isDbsDone() {
        return dbsCheckedOn != null;
    }

    public boolean isHmrcDone() {
        return hmrcCode != null;
    }

    public boolean isReadyToRenew() {
        return isTrainingDone() && isNr3sDone() && isDbsDone() && isHmrcDone();
    }

    /** The four items in the order an officer works through them. */
    public List<ChecklistItem> items() {
        return List.of(
                ChecklistItem.of(
                        "TRAINING",
                        "Safeguarding training (renewal check)",
                        isTrainingDone(),
                        trainingEligible == null
                                ? null
                                : (trainingEligible
                                        ? "Eligible: training valid until " + Dates.describe(trainingValidUntil)
                                        : "Not eligible: run the renewal check for the reasons"),
                        trainingBy,
                        trainingAt),
                ChecklistItem.of(
                        "NR3S",
                        "NR3S register search",
                        isNr3sDone(),
                        nr3sResult == null ? null : nr3sResult.label() + ", searched " + Dates.describe(nr3sSearchedOn),
                        nr3sBy,
                        nr3sAt),
                ChecklistItem.of(
                        "DBS",
                        "DBS Update Service check",
                        isDbsDone(),
                        dbsCheckedOn == null ? null : "Checked " + Dates.describe(dbsCheckedOn),
                        dbsBy,
                        dbsAt),
                ChecklistItem.of(
                        "HMRC",
                        "HMRC tax-check code seen",
                        isHmrcDone(),
                        hmrcCode == null ? null : "Code " + hmrcCode,
                        hmrcBy,
                        hmrcAt));
    }

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("licenceNumber", licenceNumber);
        fields.put("licenceExpiry", licenceExpiry.toString());
        fields.put("trainingEligible", trainingEligible == null ? null : trainingEligible.toString());
        fields.put("trainingValidUntil", text(trainingValidUntil));
        fields.put("nr3sSearchedOn", text(nr3sSearchedOn));
        fields.put("nr3sResult", nr3sResult == null ? null : nr3sResult.label());
        fields.put("dbsCheckedOn", text(dbsCheckedOn));
        fields.put("hmrcTaxCheckCode", hmrcCode);
        fields.put("readyToRenew", Boolean.toString(isReadyToRenew()));
        return fields;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getLicenceNumber() {
        return licenceNumber;
    }

    public LocalDate getLicenceExpiry() {
        return licenceExpiry;
    }

    public Boolean getTrainingEligible() {
        return trainingEligible;
    }

    public LocalDate getTrainingValidUntil() {
        return trainingValidUntil;
    }

    public String getTrainingBy() {
        return trainingBy;
    }

    public Instant getTrainingAt() {
        return trainingAt;
    }

    public LocalDate getNr3sSearchedOn() {
        return nr3sSearchedOn;
    }

    public Nr3sResult getNr3sResult() {
        return nr3sResult;
    }

    public String getNr3sBy() {
        return nr3sBy;
    }

    public Instant getNr3sAt() {
        return nr3sAt;
    }

    public LocalDate getDbsCheckedOn() {
        return dbsCheckedOn;
    }

    public String getDbsBy() {
        return dbsBy;
    }

    public Instant getDbsAt() {
        return dbsAt;
    }

    public String getHmrcCode() {
        return hmrcCode;
    }

    public String getHmrcBy() {
        return hmrcBy;
    }

    public Instant getHmrcAt() {
        return hmrcAt;
    }
}
