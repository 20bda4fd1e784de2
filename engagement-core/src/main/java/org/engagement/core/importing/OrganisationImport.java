package org.engagement.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.OrganisationStatus;
import org.engagement.core.organisation.OrganisationType;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.Spreadsheet;

/**
 * Importing organisations from a spreadsheet. Each row is checked as the organisation page checks a new one (the same
 * rules, through the entity), its type must be one the user may add, and a row with the same name (ignoring case and
 * spacing) and postcode as an organisation already kept, or as an earlier row of the file, is a match. A dry run only
 * reports; an import re-checks and writes every row or, if anything is wrong, none. Each organisation created or
 * updated is in the change history under the user's name, as if entered by hand.
 */
@ApplicationScoped
@Transactional
public class OrganisationImport {

    public static final List<ImportField> FIELDS = List.of(
            new ImportField("name", "Name", true),
            new ImportField("type", "Type", true),
            new ImportField("status", "Status", false),
            new ImportField("addressLine1", "Address line 1", false),
            new ImportField("addressLine2", "Address line 2", false),
            new ImportField("town", "Town", false),
            new ImportField("postcode", "Postcode", false),
            new ImportField("ward", "Ward or area", false),
            new ImportField("phone", "Phone", false),
            new ImportField("email", "Email", false),
            new ImportField("website", "Website", false),
            new ImportField("leadOfficer", "Lead officer", false),
            new ImportField("tags", "Tags", false),
            new ImportField("notes", "Notes", false));

    @Inject
    private OrganisationService organisations;

    @Inject
    private OrganisationRepository repository;

    @Inject
    private Actor actor;

    protected OrganisationImport() {}

    /** For use as a plain library. */
    public OrganisationImport(OrganisationService organisations, OrganisationRepository repository, Actor actor) {
        this.organisations = organisations;
        this.repository = repository;
        this.actor = actor;
    }

    /** Every problem of the file, and the rows that match organisations already kept; writes nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportCheck dryRun(Spreadsheet sheet, ColumnMapping mapping) {
        return read(sheet, mapping).check();
    }

    /**
     * Imports every row, or none: a file with any problem is refused with all of them. Rows matching an organisation
     * already kept are skipped, update it, or are created anyway, as {@code duplicates} says. {@code progress} hears
     * how many rows are done.
     */
    public ImportResult run(
            Spreadsheet sheet, ColumnMapping mapping, DuplicateChoice duplicates, IntConsumer progress) {
        Rows rows = read(sheet, mapping);
        ImportCheck check = rows.check();
        if (!check.isClean()) {
            throw new ImportRefusedException(check.problems());
        }
        int created = 0;
        int updated = 0;
        int skipped = 0;
        int done = 0;
        for (Parsed row : rows.parsed) {
            Optional<Organisation> existing =
                    row.match == null ? Optional.empty() : repository.findById(row.match.id());
            if (existing.isEmpty() || duplicates == DuplicateChoice.CREATE) {
                organisations.create(row.details, true);
                created++;
            } else if (duplicates == DuplicateChoice.UPDATE) {
                Organisation kept = existing.get();
                organisations.update(kept.getId(), kept.getVersion(), over(kept, row));
                updated++;
            } else {
                skipped++;
            }
            progress.accept(++done);
        }
        return new ImportResult(created, updated, skipped);
    }

    private Rows read(Spreadsheet sheet, ColumnMapping mapping) {
        requireImporter();
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportField field : FIELDS) {
            String heading = mapping.heading(field.key());
            if (heading == null && field.required()) {
                problems.add(new ImportProblem(1, null, "Choose the column that holds the " + field.label() + "."));
            } else if (heading != null && sheet.column(heading) < 0) {
                problems.add(new ImportProblem(
                        1,
                        heading,
                        "The file has no column headed " + heading + " (chosen for " + field.label() + ")."));
            }
        }
        Rows rows = new Rows(sheet.rows().size(), problems);
        if (problems.isEmpty()) {
            Map<String, OrganisationType> types = typesByWord();
            Map<String, Integer> seen = new HashMap<>();
            for (Spreadsheet.SheetRow row : sheet.rows()) {
                rows.add(parse(sheet, mapping, row, types, seen));
            }
        }
        return rows;
    }

    private Parsed parse(
            Spreadsheet sheet,
            ColumnMapping mapping,
            Spreadsheet.SheetRow row,
            Map<String, OrganisationType> types,
            Map<String, Integer> seen) {
        Map<String, String> value = new HashMap<>();
        FIELDS.forEach(f -> value.put(f.key(), blankToNull(row.value(sheet.column(mapping.heading(f.key()))))));
        Parsed parsed = new Parsed(row.line());
        OrganisationType type = type(value.get("type"), types, mapping, parsed);
        OrganisationStatus status = status(value.get("status"), mapping, parsed);
        parsed.details = new OrganisationDetails(
                value.get("name"),
                type == null ? null : type.code(),
                value.get("addressLine1"),
                value.get("addressLine2"),
                value.get("town"),
                value.get("postcode"),
                value.get("ward"),
                value.get("phone"),
                value.get("email"),
                value.get("website"),
                status,
                value.get("leadOfficer"),
                tags(value.get("tags")),
                value.get("notes"),
                null);
        if (type != null) {
            validate(parsed, type, mapping);
        }
        if (parsed.problems.isEmpty() && parsed.organisation.getPostcode() != null) {
            String key =
                    Organisation.nameKey(parsed.organisation.getName()) + "|" + parsed.organisation.getPostcodeText();
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                parsed.problems.add(new ImportProblem(
                        row.line(),
                        mapping.heading("name"),
                        "Row " + earlier + " has the same name and postcode. Remove one of the two rows."));
            } else {
                repository
                        .findByNameKeyAndPostcode(
                                Organisation.nameKey(parsed.organisation.getName()), parsed.organisation.getPostcode())
                        .ifPresent(o -> parsed.match = new ImportCheck.Match(row.line(), o.getId(), o.getName()));
            }
        }
        return parsed;
    }

    /** The organisation's own rules, as on the organisation page: each refusal at its column. */
    private void validate(Parsed parsed, OrganisationType type, ColumnMapping mapping) {
        try {
            parsed.organisation = new Organisation(parsed.details, type, null, actor.username());
        } catch (InvalidInputException refused) {
            for (InvalidInputException.FieldError error : refused.errors()) {
                parsed.problems.add(new ImportProblem(parsed.line, mapping.heading(error.field()), error.message()));
            }
        }
    }

    private static OrganisationType type(
            String word, Map<String, OrganisationType> types, ColumnMapping mapping, Parsed parsed) {
        if (word == null) {
            parsed.problems.add(
                    new ImportProblem(parsed.line, mapping.heading("type"), "Give the type of organisation."));
            return null;
        }
        OrganisationType type = types.get(Spreadsheet.normal(word));
        if (type == null) {
            parsed.problems.add(new ImportProblem(
                    parsed.line,
                    mapping.heading("type"),
                    "'" + word + "' is not a type of organisation you can add. Use one of: "
                            + types.values().stream()
                                    .map(OrganisationType::label)
                                    .distinct()
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + "."));
        }
        return type;
    }

    private static OrganisationStatus status(String word, ColumnMapping mapping, Parsed parsed) {
        if (word == null) {
            return OrganisationStatus.PROSPECT;
        }
        for (OrganisationStatus status : OrganisationStatus.values()) {
            if (Spreadsheet.normal(word).equals(Spreadsheet.normal(status.label()))) {
                return status;
            }
        }
        parsed.problems.add(new ImportProblem(
                parsed.line,
                mapping.heading("status"),
                "'" + word + "' is not a status. Use one of: Prospect, Engaged, Active, Dormant, Closed (or leave it"
                        + " empty for Prospect)."));
        return OrganisationStatus.PROSPECT;
    }

    /** The types the user may add, by code and by label. */
    private Map<String, OrganisationType> typesByWord() {
        Map<String, OrganisationType> byWord = new HashMap<>();
        for (OrganisationType type : organisations.creatableTypes()) {
            byWord.put(Spreadsheet.normal(type.code()), type);
            byWord.put(Spreadsheet.normal(type.code().replace('_', ' ')), type);
            byWord.put(Spreadsheet.normal(type.label()), type);
        }
        return byWord;
    }

    /** The file's values over the kept organisation's: a column the file leaves empty keeps what was there. */
    private static OrganisationDetails over(Organisation kept, Parsed row) {
        OrganisationDetails file = row.details;
        Set<String> tags = new LinkedHashSet<>(kept.getTags());
        tags.addAll(file.tags());
        return new OrganisationDetails(
                file.name(),
                file.type(),
                or(file.addressLine1(), kept.getAddressLine1()),
                or(file.addressLine2(), kept.getAddressLine2()),
                or(file.town(), kept.getTown()),
                or(file.postcode(), kept.getPostcodeText()),
                or(file.ward(), kept.getWard()),
                or(file.phone(), kept.getPhone()),
                or(file.email(), kept.getEmail()),
                or(file.website(), kept.getWebsite()),
                file.status(),
                or(file.leadOfficer(), kept.getLeadOfficer()),
                tags,
                or(file.notes(), kept.getNotes()),
                kept.getParent() == null ? null : kept.getParent().getId());
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text != null) {
            for (String tag : text.split("[,;]")) {
                if (!tag.isBlank()) {
                    tags.add(tag.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return tags;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void requireImporter() {
        if (!RoleSets.holds(actor, RoleSets.ORGANISATION_IMPORTERS)) {
            throw new AccessDeniedException("Only an administrator or a sector lead can import organisations.");
        }
    }

    /** One row as read: its details, the organisation they would make, its problems and its match. */
    private static final class Parsed {
        private final int line;
        private final List<ImportProblem> problems = new ArrayList<>();
        private OrganisationDetails details;
        private Organisation organisation;
        private ImportCheck.Match match;

        Parsed(int line) {
            this.line = line;
        }
    }

    private static final class Rows {
        private final int count;
        private final List<ImportProblem> problems;
        private final List<Parsed> parsed = new ArrayList<>();

        Rows(int count, List<ImportProblem> problems) {
            this.count = count;
            this.problems = problems;
        }

        void add(Parsed row) {
            parsed.add(row);
            problems.addAll(row.problems);
        }

        ImportCheck check() {
            return new ImportCheck(
                    count,
                    problems,
                    parsed.stream()
                            .filter(p -> p.match != null)
                            .map(p -> p.match)
                            .toList());
        }
    }
}
