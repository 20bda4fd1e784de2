package org.engagement.core.importing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.engagement.core.shared.InvalidInputException;

/**
 * A column mapping kept under a name for one kind of import, so a file from the same spreadsheet is matched again in
 * one choice. One name per kind; saving under a name already kept replaces that mapping.
 */
@Entity
@Table(name = "import_mapping")
@NamedQuery(
        name = "SavedMapping.findByKind",
        query = "select m from SavedMapping m where m.kind = :kind order by m.name")
@NamedQuery(
        name = "SavedMapping.findByKindAndName",
        query = "select m from SavedMapping m where m.kind = :kind and m.name = :name")
public class SavedMapping {

    static final int NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_mapping_seq")
    @SequenceGenerator(name = "import_mapping_seq", sequenceName = "import_mapping_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "import_mapping_column", joinColumns = @JoinColumn(name = "mapping_id"))
    @MapKeyColumn(name = "field_name")
    @Column(name = "heading", nullable = false, length = 200)
    private Map<String, String> headings = new HashMap<>();

    @Column(name = "updated_by", nullable = false, length = 40)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SavedMapping() {}

    public SavedMapping(String kind, String name, ColumnMapping mapping, String by) {
        this.kind = kind;
        this.name = validName(name);
        change(mapping, by);
    }

    /** The name as it would be kept, or a refusal saying what to write. */
    static String validName(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new InvalidInputException("mappingName", "Give the mapping a name, e.g. Council contacts sheet.");
        }
        if (clean.length() > NAME_LENGTH) {
            throw new InvalidInputException(
                    "mappingName", "Keep the mapping's name to " + NAME_LENGTH + " characters or fewer.");
        }
        return clean;
    }

    public void change(ColumnMapping mapping, String by) {
        if (mapping.headingByField().isEmpty()) {
            throw new InvalidInputException(
                    "mappingName", "Match at least one heading to a field before saving the mapping.");
        }
        headings.clear();
        headings.putAll(mapping.headingByField());
        updatedBy = by;
        updatedAt = Instant.now();
    }

    public ColumnMapping mapping() {
        return new ColumnMapping(headings);
    }

    /** For the change history: each field and its heading, in field order. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("kind", kind);
        new TreeMap<>(headings).forEach((field, heading) -> fields.put("column." + field, heading));
        return fields;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
