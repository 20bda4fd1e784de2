package org.engagement.core.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.SectorModules;

/**
 * The only way into people and their roles. Whoever may change an organisation may change its people;
 * whoever may read it may read them, without personal data if their roles do not allow it.
 */
@ApplicationScoped
@Transactional
public class ContactService {

    public static final String PERSON = "Person";
    public static final String AFFILIATION = "Affiliation";

    @Inject
    private ContactRepository contacts;
    @Inject
    private OrganisationService organisations;
    @Inject
    private ChangeLog changeLog;
    @Inject
    private SectorModules modules;
    @Inject
    private Actor actor;

    protected ContactService() {
    }

    /** For use as a plain library. */
    public ContactService(ContactRepository contacts, OrganisationService organisations, ChangeLog changeLog, SectorModules modules,
            Actor actor) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.changeLog = changeLog;
        this.modules = modules;
        this.actor = actor;
    }

    /** Records a new person and their role at the organisation. */
    public Contact addContact(long organisationId, PersonDetails details, String role) {
        Organisation organisation = organisations.getEditable(organisationId);
        Person person = new Person(details, actor.username());
        Affiliation affiliation = new Affiliation(person, organisation, role);
        contacts.add(person);
        contacts.add(affiliation);
        contacts.flush();
        changeLog.created(PERSON, person.getId(), "Person " + person.getName() + " recorded", person.snapshot());
        recordRole(affiliation);
        return Contact.of(affiliation, true);
    }

    /**
     * Gives someone already recorded a role at another organisation (an imam who is also a school governor). The actor
     * must be able to change the person too, or linking would hand them someone else's contact (or a driver).
     */
    public Contact addRole(long organisationId, long personId, String role) {
        Organisation organisation = organisations.getEditable(organisationId);
        Person person = editablePerson(personId);
        Affiliation affiliation = new Affiliation(person, organisation, role);
        contacts.add(affiliation);
        contacts.flush();
        recordRole(affiliation);
        return Contact.of(affiliation, true);
    }

    private void recordRole(Affiliation affiliation) {
        changeLog.created(AFFILIATION, affiliation.getId(), affiliation.getPerson().getName() + " added as "
                + affiliation.getRole() + " at " + affiliation.getOrganisation().getName(), affiliation.snapshot());
    }

    /** Changes a person's details, through an organisation the actor may change and where they hold a role. */
    public Contact updatePerson(long affiliationId, long expectedVersion, PersonDetails details) {
        Affiliation affiliation = editableAffiliation(affiliationId);
        Person person = affiliation.getPerson();
        if (person.getVersion() != expectedVersion) {
            throw stale(person);
        }
        Map<String, String> before = person.snapshot();
        person.change(details, actor.username());
        try {
            contacts.flush();
        } catch (OptimisticLockException race) {
            throw stale(person);
        }
        changeLog.updated(PERSON, person.getId(), "Person " + person.getName() + " changed", before, person.snapshot());
        return Contact.of(affiliation, true);
    }

    /** Ends a person's role at an organisation; the person stays recorded for their other roles and history. */
    public void removeRole(long affiliationId) {
        Affiliation affiliation = editableAffiliation(affiliationId);
        Map<String, String> before = affiliation.snapshot();
        contacts.remove(affiliation);
        contacts.flush();
        changeLog.deleted(AFFILIATION, affiliationId, affiliation.getPerson().getName() + " no longer "
                + affiliation.getRole() + " at " + affiliation.getOrganisation().getName(), before);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> contactsOf(long organisationId) {
        organisations.get(organisationId);
        boolean personal = OrganisationAccess.seesPersonalData(actor);
        return contacts.affiliationsOf(organisationId).stream().map(a -> Contact.of(a, personal)).toList();
    }

    /**
     * A person's own page: their details and the roles they hold at organisations the actor may read. Someone with
     * roles only in sectors the actor may not read is reported as not found; someone with no role anywhere (an
     * attendee recorded without an organisation) is for those who may see personal data.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonProfile person(long personId) {
        Set<Sector> readable = OrganisationAccess.readable(actor);
        if (readable.isEmpty()) {
            throw new AccessDeniedException("Your roles do not give access to people.");
        }
        Person person = contacts.findPerson(personId).filter(p -> hiddenAmong(List.of(personId)).isEmpty())
                .orElseThrow(() -> new NotFoundException("Person", personId));
        List<Affiliation> all = contacts.affiliationsOfPerson(personId);
        List<PersonProfile.RoleAt> roles = all.stream().filter(a -> readable.contains(a.getOrganisation().getSector()))
                .map(PersonProfile.RoleAt::of).toList();
        boolean personal = OrganisationAccess.seesPersonalData(actor);
        if (all.isEmpty() ? !personal : roles.isEmpty()) {
            throw new NotFoundException("Person", personId);
        }
        return PersonProfile.of(person, roles, personal);
    }

    /** Of these people, those the actor may not see at all: held in a module's register the actor's roles may not read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> hiddenAmong(Collection<Long> personIds) {
        return modules.hiddenFrom(actor, personIds);
    }

    /**
     * History entries as the actor may see them: people's phone, email and gender hidden from readers not entitled to
     * personal data, by the same rule as the contacts tab.
     */
    public List<ChangeLogEntry> asActorMaySee(List<ChangeLogEntry> entries) {
        if (OrganisationAccess.seesPersonalData(actor)) {
            return entries;
        }
        return entries.stream().map(e -> e.getRecordType().equals(PERSON) ? e.withValuesHidden(Person.PERSONAL_FIELDS) : e)
                .toList();
    }

    /** The people with these ids, each of whom must hold a role at the organisation (for an engagement's attendees). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> peopleAt(long organisationId, List<Long> personIds) {
        List<Long> known = contacts.personIdsOf(organisationId);
        if (!known.containsAll(personIds)) {
            throw new InvalidInputException("people", "Choose people from this organisation's contacts; add them there first.");
        }
        return personIds.stream().distinct().map(id -> contacts.findPerson(id).orElseThrow()).toList();
    }

    /** Ids of the organisation's role records and people, for its timeline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Long>> recordsOf(long organisationId) {
        return Map.of(AFFILIATION, contacts.affiliationIdsOf(organisationId), PERSON, contacts.personIdsOf(organisationId));
    }

    public List<String> suggestedRoles() {
        return Affiliation.SUGGESTED_ROLES;
    }

    /**
     * Someone the actor may change: a person with a role at an organisation the actor may change (the rule
     * {@link #updatePerson} applies through that role), or with no role anywhere and in no register hidden from them.
     */
    private Person editablePerson(long personId) {
        Person person = contacts.findPerson(personId).filter(p -> hiddenAmong(List.of(personId)).isEmpty())
                .orElseThrow(() -> new NotFoundException(PERSON, personId));
        List<Affiliation> roles = contacts.affiliationsOfPerson(personId);
        Set<Sector> editable = OrganisationAccess.editable(actor);
        if (!roles.isEmpty() && roles.stream().noneMatch(a -> editable.contains(a.getOrganisation().getSector()))) {
            throw new AccessDeniedException("You cannot link " + person.getName() + ": they hold roles only at organisations "
                    + "your roles do not let you change. Ask a lead for their sector.");
        }
        return person;
    }

    private Affiliation editableAffiliation(long affiliationId) {
        Affiliation affiliation = contacts.findAffiliation(affiliationId)
                .orElseThrow(() -> new NotFoundException("Contact", affiliationId));
        organisations.getEditable(affiliation.getOrganisation().getId());
        return affiliation;
    }

    private static StaleRecordException stale(Person person) {
        return new StaleRecordException("The details of " + person.getName(), person.getUpdatedBy(), person.getUpdatedAt());
    }
}
