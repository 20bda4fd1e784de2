package org.engagement.core.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;

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
    private Actor actor;

    protected ContactService() {
    }

    /** For use as a plain library. */
    public ContactService(ContactRepository contacts, OrganisationService organisations, ChangeLog changeLog, Actor actor) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.changeLog = changeLog;
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

    /** Gives someone already recorded a role at another organisation (an imam who is also a school governor). */
    public Contact addRole(long organisationId, long personId, String role) {
        Organisation organisation = organisations.getEditable(organisationId);
        Person person = contacts.findPerson(personId).orElseThrow(() -> new NotFoundException(PERSON, personId));
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
        Person person = contacts.findPerson(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        List<Affiliation> all = contacts.affiliationsOfPerson(personId);
        List<PersonProfile.RoleAt> roles = all.stream().filter(a -> readable.contains(a.getOrganisation().getSector()))
                .map(PersonProfile.RoleAt::of).toList();
        boolean personal = OrganisationAccess.seesPersonalData(actor);
        if (all.isEmpty() ? !personal : roles.isEmpty()) {
            throw new NotFoundException("Person", personId);
        }
        return PersonProfile.of(person, roles, personal);
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
