package org.engagement.core.organisation;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidInputException.FieldError;

/**
 * An organisation the partnership engages. Its sector follows from its type and is stored beside it so lists
 * filter by sector in the database. {@code nameKey} is the lower-case, single-spaced name used for searching
 * and for spotting duplicates.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(
        name = "Organisation.findByNameKeyAndPostcode",
        query = "select o from Organisation o where o.nameKey = :nameKey and o.postcode = :postcode")
@NamedQuery(name = "Organisation.findByNameKeys", query = "select o from Organisation o where o.nameKey in :nameKeys")
@NamedQuery(name = "Organisation.countChildren", query = "select count(o) from Organisation o where o.parent = :parent")
public class Organisation implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Column(name = "type_code", nullable = false, length = 40)
    private String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sector sector;

    @Column(name = "address_line1", length = 200)
    private String addressLine1;

    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @Column(length = 100)
    private String town;

    /** Normal form of a {@link Postcode}, kept as text so prefix searches run in the database. */
    @Column(length = 8)
    private String postcode;

    @Column(length = 100)
    private String ward;

    @Column(length = 40)
    private String phone;

    @Column(length = 200)
    private String email;

    @Column(length = 300)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrganisationStatus status;

    @Column(name = "lead_officer", length = 40)
    private String leadOfficer;

    @Column(length = 500)
    private String tags;

    @Column(length = 4000)
    private String notes;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    protected Organisation() {}

    public Organisation(OrganisationDetails details, OrganisationType type, Organisation parent, String createdBy) {
        apply(details, type, parent, createdBy);
    }

    public void change(OrganisationDetails details, OrganisationType type, Organisation parent, String changedBy) {
        apply(details, type, parent, changedBy);
    }

    private void apply(OrganisationDetails details, OrganisationType type, Organisation newParent, String by) {
        List<FieldError> errors = new ArrayList<>();
        Postcode code = null;
        try {
            code = Postcode.ofOptional(details.postcode());
        } catch (InvalidInputException malformed) {
            errors.addAll(malformed.errors());
        }
        String cleanName = clean(details.name());
        if (cleanName == null) {
            errors.add(new FieldError("name", "Enter the organisation's name."));
        } else if (cleanName.length() > 200) {
            errors.add(new FieldError("name", "Name must be 200 characters or fewer."));
        }
        String cleanEmail = clean(details.email());
        if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
            errors.add(new FieldError("email", "Enter an email address like office@example.org."));
        }
        if (newParent != null && createsCycle(newParent)) {
            errors.add(
                    new FieldError("parentId", "An organisation cannot be a branch of itself or of its own branch."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = cleanName;
        this.nameKey = nameKey(cleanName);
        this.typeCode = type.code();
        this.sector = type.sector();
        this.addressLine1 = clean(details.addressLine1());
        this.addressLine2 = clean(details.addressLine2());
        this.town = clean(details.town());
        this.postcode = code == null ? null : code.value();
        this.ward = clean(details.ward());
        this.phone = clean(details.phone());
        this.email = cleanEmail;
        this.website = clean(details.website());
        this.status = details.status() == null ? OrganisationStatus.PROSPECT : details.status();
        this.leadOfficer = clean(details.leadOfficer()) == null
                ? null
                : details.leadOfficer().strip().toLowerCase(Locale.ROOT);
        this.tags = joinTags(details.tags());
        this.notes = clean(details.notes());
        this.parent = newParent;
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    private boolean createsCycle(Organisation candidate) {
        for (Organisation o = candidate; o != null; o = o.parent) {
            if (o == this || (id != null && id.equals(o.id))) {
                return true;
            }
        }
        return false;
    }

    /** Case- and space-insensitive form of a name: {@code "  St  Mary's "} becomes {@code "st mary's"}. */
    public static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String joinTags(Set<String> tags) {
        String joined = tags.stream()
                .map(Organisation::clean)
                .filter(t -> t != null)
                .map(t -> t.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new))
                .stream()
                .collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    /** Field values as the change history shows them. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("type", typeCode);
        fields.put("addressLine1", addressLine1);
        fields.put("addressLine2", addressLine2);
        fields.put("town", town);
        fields.put("postcode", postcode);
        fields.put("ward", ward);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("website", website);
        fields.put("status", status.label());
        fields.put("leadOfficer", leadOfficer);
        fields.put("tags", tags);
        fields.put("notes", notes);
        fields.put("parent", parent == null ? null : parent.name + " (" + parent.id + ")");
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

    public String getTypeCode() {
        return typeCode;
    }

    public Sector getSector() {
        return sector;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public String getTown() {
        return town;
    }

    public Postcode getPostcode() {
        return postcode == null ? null : Postcode.of(postcode);
    }

    public String getPostcodeText() {
        return postcode;
    }

    public String getWard() {
        return ward;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public Set<String> getTags() {
        return tags == null ? Set.of() : new TreeSet<>(Arrays.asList(tags.split(", ")));
    }

    /**
     * This organisation as a reader may see it: its notes passed through {@code shown} (restricted people's names
     * masked, see {@code RestrictedNames}). A detached copy for showing only, never saved nor linked to another record
     * (the services take ids and versions back); this organisation itself when nothing changes.
     */
    public Organisation shownWith(UnaryOperator<String> shown) {
        if (Objects.equals(shown.apply(notes), notes)) {
            return this;
        }
        Organisation copy = new Organisation();
        copy.id = id;
        copy.version = version;
        copy.name = name;
        copy.nameKey = nameKey;
        copy.typeCode = typeCode;
        copy.sector = sector;
        copy.addressLine1 = addressLine1;
        copy.addressLine2 = addressLine2;
        copy.town = town;
        copy.postcode = postcode;
        copy.ward = ward;
        copy.phone = phone;
        copy.email = email;
        copy.website = website;
        copy.status = status;
        copy.leadOfficer = leadOfficer;
        copy.tags = tags;
        copy.notes = shown.apply(notes);
        copy.parent = parent;
        copy.updatedAt = updatedAt;
        copy.updatedBy = updatedBy;
        return copy;
    }

    public String getNotes() {
        return notes;
    }

    public Organisation getParent() {
        return parent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
