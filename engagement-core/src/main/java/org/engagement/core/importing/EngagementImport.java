package org.engagement.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.engagement.core.access.RoleSets;
import org.engagement.core.contact.Affiliation;
import org.engagement.core.contact.ContactRepository;
import org.engagement.core.contact.Person;
import org.engagement.core.engagement.Engagement;
import org.engagement.core.engagement.EngagementDetails;
import org.engagement.core.engagement.EngagementRepository;
import org.engagement.core.engagement.EngagementService;
import org.engagement.core.engagement.EngagementType;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;

/**
 * Importing past engagements (visits, calls, meetings) at organisations already recorded, found by name and postcode,
 * with the people present named as they are recorded at the organisation. Each row is checked as the engagement form
 * checks one (a date not in the future, a type, a summary). A row at the same organisation on the same date with the
 * same type as an engagement already recorded, or as an earlier row, is a match. Each engagement created or changed
 * is in the change history under the user's name, as if entered by hand.
 */
@ApplicationScoped
@Transactional
public class EngagementImport extends SpreadsheetImport<EngagementImport.EngagementRow, EngagementImport.Lookups> {

    public static final List<ImportField> FIELDS = List.of(
            new ImportField(KeptOrganisations.NAME, "Organisation", true),
            new ImportField(KeptOrganisations.POSTCODE, "Organisation postcode", true),
            new ImportField("date", "Date", true),
            new ImportField("type", "Type", true),
            new ImportField("summary", "Summary", true),
            new ImportField("outcome", "Outcome", false),
            new ImportField("officer", "Officer", false),
            new ImportField("people", "People present", false));

    /** A row read: the engagement's details at the organisation. */
    public record EngagementRow(long organisationId, EngagementDetails details) {}

    /** What one file's rows look up: organisations, the people at each, and the engagements already recorded there. */
    protected static final class Lookups {
        private final KeptOrganisations organisations;
        private final Map<Long, List<Affiliation>> roles = new HashMap<>();
        private final Map<Long, List<Engagement>> recorded = new HashMap<>();

        Lookups(KeptOrganisations organisations) {
            this.organisations = organisations;
        }
    }

    @Inject
    private EngagementService engagements;

    @Inject
    private EngagementRepository engagementRepository;

    @Inject
    private ContactRepository people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private OrganisationRepository organisationRepository;

    @Inject
    private Actor actor;

    protected EngagementImport() {}

    /** For use as a plain library. */
    public EngagementImport(
            EngagementService engagements,
            EngagementRepository engagementRepository,
            ContactRepository people,
            OrganisationService organisations,
            OrganisationRepository organisationRepository,
            Actor actor) {
        this.engagements = engagements;
        this.engagementRepository = engagementRepository;
        this.people = people;
        this.organisations = organisations;
        this.organisationRepository = organisationRepository;
        this.actor = actor;
    }

    @Override
    public String kind() {
        return "engagements";
    }

    @Override
    public List<ImportField> fields() {
        return FIELDS;
    }

    @Override
    protected Lookups lookups() {
        return new Lookups(new KeptOrganisations(organisationRepository, organisations));
    }

    @Override
    protected void read(ImportRow<EngagementRow> row, Lookups lookups) {
        Organisation organisation = lookups.organisations.of(row);
        LocalDate date = date(row);
        EngagementType type =
                row.choice("type", EngagementType.values(), EngagementType::label, "a type of engagement");
        if (type == null && row.value("type") == null) {
            row.problem("type", "Give the type of engagement: Visit, Call, Meeting, Email, Event or Other.");
        }
        if (organisation == null) {
            return;
        }
        List<Person> present = present(row, lookups, organisation);
        EngagementDetails details = new EngagementDetails(
                date,
                type,
                row.value("officer"),
                present.stream().map(Person::getId).toList(),
                row.value("summary"),
                row.value("outcome"),
                List.of());
        if (!row.problems().isEmpty()) {
            return;
        }
        try {
            new Engagement(organisation, details, present, actor.username());
        } catch (InvalidInputException refused) {
            row.refused(refused);
            return;
        }
        row.record(new EngagementRow(organisation.getId(), details));
        row.identify(
                organisation.getId() + "|" + date + "|" + type,
                "organisation, date and type",
                "date",
                () ->
                        lookups
                                .recorded
                                .computeIfAbsent(organisation.getId(), engagementRepository::findByOrganisation)
                                .stream()
                                .filter(e -> e.getDate().equals(date) && e.getType() == type)
                                .findFirst()
                                .map(e -> new ImportCheck.Match(
                                        row.line(),
                                        e.getId(),
                                        type.label() + " at " + organisation.getName() + " on "
                                                + Dates.describe(date))));
    }

    private static LocalDate date(ImportRow<?> row) {
        String text = row.value("date");
        if (text == null) {
            row.problem("date", "Give the date of the engagement, like 26/11/2026.");
            return null;
        }
        LocalDate date = Dates.parseFileDate(text).orElse(null);
        if (date == null) {
            row.problem("date", "'" + text + "' is not a date. Write it like 26/11/2026.");
        }
        return date;
    }

    /** The people present, each named as recorded at the organisation, separated by semicolons. */
    private List<Person> present(ImportRow<?> row, Lookups lookups, Organisation organisation) {
        List<Person> present = new ArrayList<>();
        String names = row.value("people");
        if (names == null) {
            return present;
        }
        List<Affiliation> roles = lookups.roles.computeIfAbsent(organisation.getId(), people::affiliationsOf);
        for (String name : names.split(";")) {
            if (name.isBlank()) {
                continue;
            }
            String key = Organisation.nameKey(name);
            roles.stream()
                    .map(Affiliation::getPerson)
                    .filter(p -> Organisation.nameKey(p.getName()).equals(key))
                    .findFirst()
                    .ifPresentOrElse(
                            present::add,
                            () -> row.problem(
                                    "people",
                                    name.strip() + " has no role at " + organisation.getName()
                                            + ". Add them to the organisation first, or correct the name."));
        }
        return present;
    }

    @Override
    protected void create(EngagementRow row) {
        engagements.log(row.organisationId(), row.details());
    }

    /** The file's values over the engagement's: a column the file leaves empty keeps what was there. */
    @Override
    protected void update(long id, EngagementRow row) {
        Engagement kept = engagementRepository.findById(id).orElseThrow();
        EngagementDetails file = row.details();
        engagements.update(
                id,
                kept.getVersion(),
                new EngagementDetails(
                        file.date(),
                        file.type(),
                        file.officer() == null ? kept.getOfficer() : file.officer(),
                        file.personIds().isEmpty()
                                ? kept.getPeople().stream().map(Person::getId).toList()
                                : file.personIds(),
                        file.summary(),
                        file.outcome() == null ? kept.getOutcome() : file.outcome(),
                        List.of()));
    }

    @Override
    protected void requireImporter() {
        if (!RoleSets.holds(actor, RoleSets.IMPORTERS)) {
            throw new AccessDeniedException("Only an administrator or a sector lead can import engagements.");
        }
    }
}
