package org.engagement.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
public class OrganisationImport extends SpreadsheetImport<OrganisationDetails, OrganisationImport.Lookups> {

    /** The types the user may add, by code and by label; the organisations kept that rows may be, by identity. */
    protected record Lookups(Map<String, OrganisationType> types, Map<String, Organisation> kept) {}

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

    @Override
    public String kind() {
        return "organisations";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    protected Lookups lookups() {
        Map<String, OrganisationType> byWord = new HashMap<>();
        for (OrganisationType type : organisations.creatableTypes()) {
            byWord.put(Spreadsheet.normal(type.code()), type);
            byWord.put(Spreadsheet.normal(type.code().replace('_', ' ')), type);
            byWord.put(Spreadsheet.normal(type.label()), type);
        }
        return new Lookups(byWord, new HashMap<>());
    }

    /** Organisations kept with the rows' names, in one query per few hundred names; a row's match also needs its postcode. */
    @Override
    protected void lookUpKept(List<OrganisationDetails> records, Lookups lookups) {
        List<String> nameKeys =
                records.stream().map(d -> Organisation.nameKey(d.name())).toList();
        for (Organisation kept : repository.findByNameKeys(nameKeys)) {
            if (kept.getPostcode() != null) {
                lookups.kept().putIfAbsent(identity(kept), kept);
            }
        }
    }

    /** What makes a row the same organisation as another or as one kept: its name, ignoring case and spacing, and postcode. */
    private static String identity(Organisation organisation) {
        return Organisation.nameKey(organisation.getName()) + "|" + organisation.getPostcodeText();
    }

    @Override
    protected void create(OrganisationDetails details) {
        organisations.create(details, true);
    }

    @Override
    protected void createAll(List<OrganisationDetails> details) {
        organisations.createAll(details);
        repository.flushAndForget(); // the import's own transaction holds nothing it changes later
    }

    @Override
    protected void update(long id, OrganisationDetails details) {
        Organisation kept = organisations.getEditable(id);
        organisations.update(id, kept.getVersion(), over(kept, details));
    }

    @Override
    protected void read(ImportRow<OrganisationDetails> row, Lookups lookups) {
        OrganisationType type = type(row.value("type"), lookups.types(), row);
        OrganisationStatus status = status(row.value("status"), row);
        OrganisationDetails details = new OrganisationDetails(
                row.value("name"),
                type == null ? null : type.code(),
                row.value("addressLine1"),
                row.value("addressLine2"),
                row.value("town"),
                row.value("postcode"),
                row.value("ward"),
                row.value("phone"),
                row.value("email"),
                row.value("website"),
                status,
                row.value("leadOfficer"),
                tags(row.value("tags")),
                row.value("notes"),
                null);
        row.record(details);
        Organisation organisation = type == null ? null : validated(row, details, type);
        if (organisation != null && row.problems().isEmpty() && organisation.getPostcode() != null) {
            String identity = identity(organisation);
            row.identify(
                    identity,
                    "name and postcode",
                    "name",
                    () -> Optional.ofNullable(lookups.kept().get(identity))
                            .map(o -> new ImportCheck.Match(row.line(), o.getId(), o.getName())));
        }
    }

    /** The organisation's own rules, as on the organisation page: each refusal at its column. */
    private Organisation validated(ImportRow<?> row, OrganisationDetails details, OrganisationType type) {
        try {
            return new Organisation(details, type, null, actor.username());
        } catch (InvalidInputException refused) {
            row.refused(refused);
            return null;
        }
    }

    private static OrganisationType type(String word, Map<String, OrganisationType> types, ImportRow<?> row) {
        if (word == null) {
            row.problem("type", "Give the type of organisation.");
            return null;
        }
        OrganisationType type = types.get(Spreadsheet.normal(word));
        if (type == null) {
            row.problem(
                    "type",
                    "'" + word + "' is not a type of organisation you can add. Use one of: "
                            + types.values().stream()
                                    .map(OrganisationType::label)
                                    .distinct()
                                    .sorted()
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        return type;
    }

    private static OrganisationStatus status(String word, ImportRow<?> row) {
        if (word == null) {
            return OrganisationStatus.PROSPECT;
        }
        for (OrganisationStatus status : OrganisationStatus.values()) {
            if (Spreadsheet.normal(word).equals(Spreadsheet.normal(status.label()))) {
                return status;
            }
        }
        row.problem(
                "status",
                "'" + word + "' is not a status. Use one of: Prospect, Engaged, Active, Dormant, Closed (or leave it"
                        + " empty for Prospect).");
        return OrganisationStatus.PROSPECT;
    }

    /** The file's values over the kept organisation's: a column the file leaves empty keeps what was there. */
    private static OrganisationDetails over(Organisation kept, OrganisationDetails file) {
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

    @Override
    protected void requireImporter() {
        if (!RoleSets.holds(actor, RoleSets.IMPORTERS)) {
            throw new AccessDeniedException("Only an administrator or a sector lead can import organisations.");
        }
    }
}
