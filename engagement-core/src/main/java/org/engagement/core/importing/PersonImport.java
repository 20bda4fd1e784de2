package org.engagement.core.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.access.RoleSets;
import org.engagement.core.contact.Affiliation;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.ContactRepository;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationRepository;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;

/**
 * Importing people with their role at an organisation already recorded (found by its name and postcode). Each row is
 * checked as the person form checks a new person (lawful basis, email, and the Article 9 and Schedule 1 conditions a
 * role at a faith organisation needs) and the role as the role form does. A row naming someone who already holds a
 * role at that organisation (same name, ignoring case and spacing), or repeating an earlier row, is a match. Each
 * person and role created or changed is in the change history under the user's name, as if entered by hand.
 */
@ApplicationScoped
@Transactional
public class PersonImport extends SpreadsheetImport<PersonImport.PersonRow, PersonImport.Lookups> {

    public static final List<ImportField> FIELDS = List.of(
            new ImportField("name", "Name", true),
            new ImportField(KeptOrganisations.NAME, "Organisation", true),
            new ImportField(KeptOrganisations.POSTCODE, "Organisation postcode", true),
            new ImportField("role", "Role", true),
            new ImportField("lawfulBasis", "Lawful basis", true),
            new ImportField("phone", "Phone", false),
            new ImportField("email", "Email", false),
            new ImportField("preferredLanguage", "Preferred language", false),
            new ImportField("article9Condition", "Article 9 condition", false),
            new ImportField("schedule1Condition", "Schedule 1 condition", false));

    /** A row read: the person's details and their role at the organisation. */
    public record PersonRow(long organisationId, PersonDetails details, String role) {}

    /** What one file's rows look up: organisations by name and postcode, and who holds a role at each. */
    protected static final class Lookups {
        private final KeptOrganisations organisations;
        private final Map<Long, List<Affiliation>> roles = new HashMap<>();

        Lookups(KeptOrganisations organisations) {
            this.organisations = organisations;
        }
    }

    @Inject
    private ContactService contacts;

    @Inject
    private ContactRepository people;

    @Inject
    private OrganisationService organisations;

    @Inject
    private OrganisationRepository organisationRepository;

    @Inject
    private Actor actor;

    protected PersonImport() {}

    /** For use as a plain library. */
    public PersonImport(
            ContactService contacts,
            ContactRepository people,
            OrganisationService organisations,
            OrganisationRepository organisationRepository,
            Actor actor) {
        this.contacts = contacts;
        this.people = people;
        this.organisations = organisations;
        this.organisationRepository = organisationRepository;
        this.actor = actor;
    }

    @Override
    public String kind() {
        return "people";
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
    protected void read(ImportRow<PersonRow> row, Lookups lookups) {
        Organisation organisation = lookups.organisations.of(row);
        PersonDetails details = new PersonDetails(
                row.value("name"),
                row.value("phone"),
                row.value("email"),
                row.value("preferredLanguage"),
                null,
                row.choice("lawfulBasis", LawfulBasis.values(), LawfulBasis::label, "a lawful basis"),
                null,
                false,
                row.choice(
                        "article9Condition",
                        Article9Condition.values(),
                        Article9Condition::label,
                        "an Article 9 condition"),
                row.choice(
                        "schedule1Condition",
                        Schedule1Condition.values(),
                        Schedule1Condition::label,
                        "a Schedule 1 condition"));
        String role = row.value("role");
        if (organisation == null) {
            return;
        }
        try {
            Person person = new Person(details, actor.username(), ContactService.revealedBy(List.of(organisation)));
            new Affiliation(person, organisation, role);
        } catch (InvalidInputException refused) {
            row.refused(refused);
            return;
        }
        row.record(new PersonRow(organisation.getId(), details, role));
        String nameKey = Organisation.nameKey(details.name());
        row.identify(
                organisation.getId() + "|" + nameKey,
                "name at the same organisation",
                "name",
                () -> holding(lookups, organisation.getId(), nameKey)
                        .map(a -> new ImportCheck.Match(
                                row.line(),
                                a.getPerson().getId(),
                                a.getPerson().getName() + ", " + a.getRole() + " at " + organisation.getName())));
    }

    /** Someone of that name with a role at the organisation, current or ended. */
    private Optional<Affiliation> holding(Lookups lookups, long organisationId, String nameKey) {
        return lookups.roles.computeIfAbsent(organisationId, people::affiliationsOf).stream()
                .filter(a -> Organisation.nameKey(a.getPerson().getName()).equals(nameKey))
                .findFirst();
    }

    @Override
    protected void create(PersonRow row) {
        contacts.addContact(row.organisationId(), row.details(), row.role());
    }

    /**
     * The file's values over the person's (a column the file leaves empty keeps what was there), and their role at the
     * organisation renamed to the file's.
     */
    @Override
    protected void update(long personId, PersonRow row) {
        Person kept = people.findPerson(personId).orElseThrow();
        PersonDetails file = row.details();
        contacts.updatePerson(
                personId,
                kept.getVersion(),
                new PersonDetails(
                        file.name(),
                        or(file.phone(), kept.getPhone()),
                        or(file.email(), kept.getEmail()),
                        or(file.preferredLanguage(), kept.getPreferredLanguage()),
                        kept.getGender(),
                        file.lawfulBasis(),
                        kept.getConsentNotes(),
                        kept.isHealthOrEthnicity(),
                        file.article9Condition() == null ? kept.getArticle9Condition() : file.article9Condition(),
                        file.schedule1Condition() == null ? kept.getSchedule1Condition() : file.schedule1Condition()));
        people.affiliationsOfPerson(personId).stream()
                .filter(a -> a.getOrganisation().getId() == row.organisationId()
                        && !a.getRole().equals(row.role()))
                .findFirst()
                .ifPresent(a -> contacts.changeRole(a.getId(), a.getVersion(), row.role(), a.getEndedOn()));
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    @Override
    protected void requireImporter() {
        if (!RoleSets.holds(actor, RoleSets.IMPORTERS)) {
            throw new AccessDeniedException("Only an administrator or a sector lead can import people.");
        }
    }
}
