package org.engagement.core.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/** A contact. Nobody is recorded without a lawful basis for holding their data. */
@Entity
@Table(name = "person")
public class Person implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 40)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(name = "preferred_language", length = 60)
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "lawful_basis", nullable = false, length = 30)
    private LawfulBasis lawfulBasis;

    @Column(name = "consent_notes", length = 2000)
    private String consentNotes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "restricted_at")
    private Instant restrictedAt;

    @Column(name = "health_or_ethnicity", nullable = false)
    private boolean healthOrEthnicity;

    @Enumerated(EnumType.STRING)
    @Column(name = "article9_condition", length = 40)
    private Article9Condition article9Condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule1_condition", length = 40)
    private Schedule1Condition schedule1Condition;

    @Column(name = "consent_withdrawn_at")
    private Instant consentWithdrawnAt;

    @Column(name = "consent_withdrawn_by", length = 40)
    private String consentWithdrawnBy;

    protected Person() {}

    public Person(PersonDetails details, String createdBy) {
        this(details, createdBy, null);
    }

    /**
     * @param roleReveals why a role of theirs is special category data, in words ("their role at Central Mosque reveals
     *     their religious belief"), or null when none is
     */
    public Person(PersonDetails details, String createdBy, String roleReveals) {
        apply(details, createdBy, roleReveals);
    }

    public void change(PersonDetails details, String changedBy) {
        change(details, changedBy, null);
    }

    /** As {@link #Person(PersonDetails, String, String)}: the Article 9 condition is required where a role reveals it. */
    public void change(PersonDetails details, String changedBy, String roleReveals) {
        apply(details, changedBy, roleReveals);
    }

    private void apply(PersonDetails details, String by, String roleReveals) {
        if (erasedAt != null) {
            throw new InvalidInputException(
                    "name", "This person's data was erased at their request; it cannot be recorded again here.");
        }
        List<FieldError> errors = new ArrayList<>();
        String cleanName = clean(details.name());
        if (cleanName == null) {
            errors.add(new FieldError("name", "Enter the person's name."));
        } else if (cleanName.length() > 200) {
            errors.add(new FieldError("name", "Name must be 200 characters or fewer."));
        }
        String cleanEmail = clean(details.email());
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            errors.add(new FieldError("email", "Enter an email address like name@example.org."));
        }
        if (details.lawfulBasis() == null) {
            errors.add(new FieldError("lawfulBasis", "Choose the lawful basis for holding this person's data."));
        } else if (consentWithdrawnAt != null && details.lawfulBasis() == LawfulBasis.CONSENT) {
            errors.add(new FieldError(
                    "lawfulBasis",
                    "This person withdrew their consent on "
                            + org.engagement.core.shared.Dates.describe(consentWithdrawnAt)
                            + ". Choose another lawful basis if one applies, or ask the data protection officer to"
                            + " erase them."));
        }
        String special = specialCategoryReason(details, roleReveals);
        errors.addAll(SpecialCategory.check(
                special != null, special, details.article9Condition(), details.schedule1Condition()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        name = cleanName;
        phone = clean(details.phone());
        email = cleanEmail;
        preferredLanguage = clean(details.preferredLanguage());
        gender = details.gender();
        lawfulBasis = details.lawfulBasis();
        consentNotes = clean(details.consentNotes());
        healthOrEthnicity = details.healthOrEthnicity();
        article9Condition = special == null ? null : details.article9Condition();
        schedule1Condition = special == null ? null : details.schedule1Condition();
        updatedAt = Instant.now();
        updatedBy = by;
    }

    /** Why the record holds special category data, in words for a field message; null when it holds none. */
    private static String specialCategoryReason(PersonDetails details, String roleReveals) {
        if (roleReveals != null) {
            return roleReveals;
        }
        return details.healthOrEthnicity() ? "the record includes their health or ethnic origin" : null;
    }

    /**
     * Records that the person withdrew the consent their data is held on (Article 7(3)), and acts on it: they are
     * restricted at once, shown to nobody but the data protection officer, until the officer erases them or another
     * lawful basis is recorded. Refused when consent is not the basis.
     */
    public void withdrawConsent(String by) {
        if (lawfulBasis != LawfulBasis.CONSENT && article9Condition != Article9Condition.EXPLICIT_CONSENT) {
            throw new InvalidInputException(
                    "lawfulBasis",
                    "Consent is not the basis for holding " + name + "'s data (it is " + lawfulBasis.label()
                            + "), so there is no consent to withdraw. If they object to being recorded, tell the data"
                            + " protection officer.");
        }
        if (consentWithdrawnAt != null) {
            throw new org.engagement.core.shared.ConflictException(
                    name + "'s withdrawal of consent was already recorded on "
                            + org.engagement.core.shared.Dates.describe(consentWithdrawnAt) + " by "
                            + consentWithdrawnBy + ".");
        }
        consentWithdrawnAt = Instant.now();
        consentWithdrawnBy = by;
        if (restrictedAt == null) {
            restrict(by);
        }
        updatedAt = consentWithdrawnAt;
        updatedBy = by;
    }

    public boolean isHealthOrEthnicity() {
        return healthOrEthnicity;
    }

    public Article9Condition getArticle9Condition() {
        return article9Condition;
    }

    public Schedule1Condition getSchedule1Condition() {
        return schedule1Condition;
    }

    public Instant getConsentWithdrawnAt() {
        return consentWithdrawnAt;
    }

    public String getConsentWithdrawnBy() {
        return consentWithdrawnBy;
    }

    /**
     * Erasure (UK GDPR Article 17): every personal field goes and the name becomes the placeholder, irreversibly. The
     * row stays, so what counted (an attendance, a signature, a safeguarding role) still counts. The lawful basis stays:
     * it describes the partnership's processing, not the person.
     */
    public void erase(String by) {
        name = erasedName(id);
        phone = null;
        email = null;
        preferredLanguage = null;
        gender = null;
        consentNotes = null;
        healthOrEthnicity = false;
        erasedAt = Instant.now();
        updatedAt = erasedAt;
        updatedBy = by;
    }

    /** What an erased person is called everywhere their name was. */
    public static String erasedName(long personId) {
        return "Erased person " + personId;
    }

    /** Restriction (Article 18): kept, but shown to nobody but the data protection officer until lifted. */
    public void restrict(String by) {
        restrictedAt = Instant.now();
        updatedAt = restrictedAt;
        updatedBy = by;
    }

    public void liftRestriction(String by) {
        restrictedAt = null;
        updatedAt = Instant.now();
        updatedBy = by;
    }

    public boolean isRestricted() {
        return restrictedAt != null;
    }

    public Instant getRestrictedAt() {
        return restrictedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The fields only readers entitled to personal data see: on contacts, person pages and in the history. */
    public static final Set<String> PERSONAL_FIELDS =
            Set.of("phone", "email", "gender", "healthOrEthnicity", "article9Condition", "schedule1Condition");

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("preferredLanguage", preferredLanguage);
        fields.put("gender", gender == null ? null : gender.label());
        fields.put("lawfulBasis", lawfulBasis.label());
        fields.put("consentNotes", consentNotes);
        fields.put("healthOrEthnicity", healthOrEthnicity ? "yes" : null);
        fields.put("article9Condition", article9Condition == null ? null : article9Condition.label());
        fields.put("schedule1Condition", schedule1Condition == null ? null : schedule1Condition.label());
        fields.put("consentWithdrawn", consentWithdrawnAt == null ? null : "yes");
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public Gender getGender() {
        return gender;
    }

    public LawfulBasis getLawfulBasis() {
        return lawfulBasis;
    }

    public String getConsentNotes() {
        return consentNotes;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
