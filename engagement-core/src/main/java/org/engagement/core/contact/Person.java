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
public class Person {

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

    protected Person() {}

    public Person(PersonDetails details, String createdBy) {
        apply(details, createdBy);
    }

    public void change(PersonDetails details, String changedBy) {
        apply(details, changedBy);
    }

    private void apply(PersonDetails details, String by) {
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
        }
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
        updatedAt = Instant.now();
        updatedBy = by;
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
    public static final Set<String> PERSONAL_FIELDS = Set.of("phone", "email", "gender");

    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("preferredLanguage", preferredLanguage);
        fields.put("gender", gender == null ? null : gender.label());
        fields.put("lawfulBasis", lawfulBasis.label());
        fields.put("consentNotes", consentNotes);
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
