package org.engagement.core.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.audit.ChangeLogEntry;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.PersonReferences;
import org.engagement.core.spi.RestrictedNames;
import org.engagement.core.spi.RestrictedPeople;
import org.engagement.core.spi.SectorModules;

/**
 * The only way into people and their roles. Whoever may change an organisation may change its people (a person
 * with roles at several organisations by whoever may change any of them: they all work with the same person);
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

    private Iterable<PersonReferences> moduleReferences;

    protected ContactService() {}

    /** For use as a plain library, with no sector module's records pointing at people. */
    public ContactService(
            ContactRepository contacts,
            OrganisationService organisations,
            ChangeLog changeLog,
            SectorModules modules,
            Actor actor) {
        this(contacts, organisations, changeLog, modules, actor, List.of());
    }

    /** For use as a plain library, with the modules' records that may point at people. */
    public ContactService(
            ContactRepository contacts,
            OrganisationService organisations,
            ChangeLog changeLog,
            SectorModules modules,
            Actor actor,
            List<PersonReferences> moduleReferences) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.changeLog = changeLog;
        this.modules = modules;
        this.actor = actor;
        this.moduleReferences = moduleReferences;
    }

    /** Records a new person and their role at the organisation. */
    public Contact addContact(long organisationId, PersonDetails details, String role) {
        Organisation organisation = organisations.getEditable(organisationId);
        Person person = new Person(details, actor.username(), revealedBy(List.of(organisation)));
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
        String reveals = revealedBy(List.of(organisation));
        if (reveals != null && person.getArticle9Condition() == null) {
            throw new InvalidInputException(
                    "article9Condition",
                    "Record the Article 9 condition on " + person.getName() + "'s details first: " + reveals
                            + ", which is special category data.");
        }
        Affiliation affiliation = new Affiliation(person, organisation, role);
        contacts.add(affiliation);
        contacts.flush();
        recordRole(affiliation);
        return Contact.of(affiliation, true);
    }

    private void recordRole(Affiliation affiliation) {
        changeLog.created(
                AFFILIATION,
                affiliation.getId(),
                affiliation.getPerson().getName() + " added as " + affiliation.getRole() + " at "
                        + affiliation.getOrganisation().getName(),
                affiliation.snapshot());
    }

    /** Corrects a person's details (rectification); refused if someone else saved them since {@code expectedVersion}. */
    public PersonProfile updatePerson(long personId, long expectedVersion, PersonDetails details) {
        Person person = editablePerson(personId);
        if (person.getVersion() != expectedVersion) {
            throw stale(person);
        }
        Map<String, String> before = person.snapshot();
        person.change(
                details,
                actor.username(),
                revealedBy(contacts.affiliationsOfPerson(personId).stream()
                        .filter(a -> a.getEndedOn() == null)
                        .map(Affiliation::getOrganisation)
                        .toList()));
        try {
            contacts.flush();
        } catch (OptimisticLockException race) {
            throw stale(person);
        }
        changeLog.updated(PERSON, person.getId(), "Person " + person.getName() + " changed", before, person.snapshot());
        return person(personId);
    }

    /** Renames a role, or ends it on a day (a trustee who stood down); with no date the role is current again. */
    public Contact changeRole(long affiliationId, long expectedVersion, String role, LocalDate endedOn) {
        Affiliation affiliation = editableAffiliation(affiliationId, expectedVersion);
        Map<String, String> before = affiliation.snapshot();
        affiliation.change(role, endedOn);
        saveNow(affiliation);
        changeLog.updated(
                AFFILIATION,
                affiliationId,
                affiliation.getPerson().getName() + "'s role at "
                        + affiliation.getOrganisation().getName() + " changed",
                before,
                affiliation.snapshot());
        return Contact.of(affiliation, true);
    }

    /**
     * Takes a person off an organisation's people, for a role recorded by mistake (a role that ended is ended instead,
     * so it stays on record). The person stays recorded for their other roles and history.
     */
    public void removeRole(long affiliationId, long expectedVersion) {
        Affiliation affiliation = editableAffiliation(affiliationId, expectedVersion);
        Map<String, String> before = affiliation.snapshot();
        contacts.remove(affiliation);
        saveNow(affiliation);
        String summary = affiliation.getPerson().getName() + " removed from "
                + affiliation.getOrganisation().getName() + " (was " + affiliation.getRole() + ")";
        changeLog.deleted(AFFILIATION, affiliationId, summary, before);
        // Also on the person's own record: their history is read by their current roles, and this one is gone.
        changeLog.updated(
                PERSON,
                affiliation.getPerson().getId(),
                summary,
                Map.of("role at " + affiliation.getOrganisation().getName(), affiliation.getRole()),
                Map.of());
    }

    /**
     * Administrators only: deletes someone recorded by mistake, with their roles. Anyone still named by another record
     * (an engagement, training, a safeguarding role, an agreement, a module's record) is refused with what names them.
     */
    public void deletePerson(long personId, long expectedVersion) {
        if (!OrganisationAccess.canDelete(actor)) {
            throw new AccessDeniedException(
                    "Only an administrator can delete a person. Remove them from the organisation instead.");
        }
        Person person = contacts.findPerson(personId).orElseThrow(() -> new NotFoundException(PERSON, personId));
        if (person.getVersion() != expectedVersion) {
            throw stale(person);
        }
        List<String> references = referencesTo(personId);
        if (!references.isEmpty()) {
            throw new ConflictException(
                    person.getName() + " cannot be deleted: still named in " + String.join(", ", references)
                            + ". Remove them from those records first, or leave them recorded.");
        }
        for (Affiliation affiliation : contacts.affiliationsOfPerson(personId)) {
            contacts.remove(affiliation);
            changeLog.deleted(
                    AFFILIATION,
                    affiliation.getId(),
                    person.getName() + " removed from "
                            + affiliation.getOrganisation().getName() + " (person deleted)",
                    affiliation.snapshot());
        }
        Map<String, String> before = person.snapshot();
        contacts.remove(person);
        try {
            contacts.flush();
        } catch (PersistenceException stillReferenced) {
            // A record nobody described (e.g. a module without PersonReferences) still points at them; the database
            // refuses.
            throw new ConflictException(person.getName() + " is still named by other records and cannot be deleted.");
        }
        changeLog.deleted(PERSON, personId, "Person " + person.getName() + " deleted", before);
    }

    /**
     * Why a role at one of the organisations is special category data, in words for a field message: a role at a faith
     * organisation (a place of worship, a madrassa) reveals the person's religious belief. Null when none does.
     */
    public static String revealedBy(List<Organisation> organisations) {
        return organisations.stream()
                .filter(o -> o.getSector() == Sector.FAITH)
                .findFirst()
                .map(o -> "their role at " + o.getName() + " reveals their religious belief")
                .orElse(null);
    }

    /**
     * Records that the person withdrew their consent (Article 7(3)), by whoever may correct them, and acts on it: the
     * person is restricted at once, shown to nobody but the data protection officer, who then erases them or, once
     * another lawful basis is recorded, lifts the restriction. Refused when consent is not the basis.
     */
    public void withdrawConsent(long personId, long expectedVersion) {
        Person person = editablePerson(personId);
        if (person.getVersion() != expectedVersion) {
            throw stale(person);
        }
        Map<String, String> before = person.snapshot();
        person.withdrawConsent(actor.username());
        contacts.flush();
        changeLog.updated(
                PERSON,
                personId,
                person.getName() + ": consent withdrawn; restricted until the data protection officer acts",
                before,
                person.snapshot());
    }

    @Inject
    void findModuleReferences(@Any Instance<PersonReferences> found) {
        moduleReferences = found;
    }

    private List<String> referencesTo(long personId) {
        List<String> references = new ArrayList<>(contacts.otherRecordsNaming(personId));
        moduleReferences.forEach(module -> references.addAll(module.describe(personId)));
        return references;
    }

    /** Whether the actor may correct the person's details and roles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayEditPerson(long personId) {
        List<Affiliation> roles = contacts.affiliationsOfPerson(personId);
        return roles.isEmpty()
                ? OrganisationAccess.canDelete(actor)
                : roles.stream().anyMatch(a -> organisations.canEdit(a.getOrganisation()));
    }

    /**
     * The history of the person (under their id and any merged into it) and of their roles, newest first: it holds their personal data, so it is for those
     * who may see it, and only for someone the reader may open.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> historyOfPerson(long personId) {
        person(personId);
        if (!OrganisationAccess.seesPersonalData(actor)) {
            throw new AccessDeniedException("Your roles do not give access to people's change history.");
        }
        List<Long> roleIds = contacts.affiliationsOfPerson(personId).stream()
                .map(Affiliation::getId)
                .toList();
        return changeLog.historyOf(Map.of(PERSON, contacts.idsOf(personId), AFFILIATION, roleIds));
    }

    /** The person a removed id was merged into, if it was: old links and clients are sent there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> mergedInto(long removedId) {
        return contacts.mergedInto(removedId);
    }

    /**
     * Why a current role of any of these people is special category data, in words, or null: for a merge, whose
     * survivor takes both's roles and so needs the Article 9 condition either's roles need.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String roleRevealsOf(Collection<Long> personIds) {
        return revealedBy(personIds.stream()
                .flatMap(id -> contacts.affiliationsOfPerson(id).stream())
                .filter(a -> a.getEndedOn() == null)
                .map(Affiliation::getOrganisation)
                .toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Contact> contactsOf(long organisationId) {
        organisations.get(organisationId);
        boolean personal = OrganisationAccess.seesPersonalData(actor);
        List<Affiliation> roles = contacts.affiliationsOf(organisationId);
        Set<Long> restricted = RestrictedPeople.hideFrom(actor)
                ? contacts.restrictedAmong(
                        roles.stream().map(a -> a.getPerson().getId()).toList())
                : Set.of();
        return roles.stream()
                .filter(a -> !restricted.contains(a.getPerson().getId()))
                .map(a -> Contact.of(a, personal))
                .toList();
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
        Person person = contacts.findPerson(personId)
                .filter(p -> hiddenAmong(List.of(personId)).isEmpty())
                .orElseThrow(() -> new NotFoundException("Person", personId));
        List<Affiliation> all = contacts.affiliationsOfPerson(personId);
        List<PersonProfile.RoleAt> roles = all.stream()
                .filter(a -> readable.contains(a.getOrganisation().getSector()))
                .map(a -> PersonProfile.RoleAt.of(a, organisations.canEdit(a.getOrganisation())))
                .toList();
        boolean personal = OrganisationAccess.seesPersonalData(actor);
        if (all.isEmpty() ? !personal : roles.isEmpty()) {
            throw new NotFoundException("Person", personId);
        }
        return PersonProfile.of(person, roles, personal);
    }

    /**
     * Of these people, those the actor may not see at all: held in a module's register the actor's roles may not read,
     * or under a restriction of processing (shown to nobody here; the data protection officer sees them through the
     * privacy tools).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> hiddenAmong(Collection<Long> personIds) {
        Set<Long> hidden = new java.util.HashSet<>(modules.hiddenFrom(actor, personIds));
        if (RestrictedPeople.hideFrom(actor)) {
            hidden.addAll(contacts.restrictedAmong(personIds));
        }
        return hidden;
    }

    /** The person, if the actor may be shown them: not in a register their roles may not read, not restricted. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> findShown(long personId) {
        return contacts.findPerson(personId)
                .filter(p -> hiddenAmong(List.of(personId)).isEmpty());
    }

    /** Everyone holding a role at the organisation, for matching a newly named person to someone already there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> peopleWithRoleAt(long organisationId) {
        return contacts.affiliationsOf(organisationId).stream()
                .map(Affiliation::getPerson)
                .toList();
    }

    /** Of these people (an engagement's present, say), those the actor may be shown. */
    public List<Person> shown(Collection<Person> people) {
        return RestrictedPeople.shownTo(actor, people, Person::isRestricted);
    }

    /** The person if the actor may be shown them, else null: a role (a safeguarding lead) shown as unfilled. */
    public Person shown(Person person) {
        return person == null || shown(List.of(person)).isEmpty() ? null : person;
    }

    /**
     * The people chosen on a form, with those already recorded whom the actor could not see (restricted people are not
     * offered on the form): a correction by someone who cannot see them must not silently remove them.
     */
    public List<Person> keepingHidden(List<Person> chosen, Collection<Person> before) {
        List<Person> kept = new ArrayList<>(chosen);
        before.stream().filter(p -> shown(p) == null && !kept.contains(p)).forEach(kept::add);
        return kept;
    }

    /**
     * History entries as the actor may see them: people's phone, email and gender hidden from readers not entitled to
     * personal data, by the same rule as the contacts tab.
     */
    public List<ChangeLogEntry> asActorMaySee(List<ChangeLogEntry> entries) {
        List<ChangeLogEntry> unrestricted = withoutRestrictedPeople(entries);
        if (OrganisationAccess.seesPersonalData(actor)) {
            return unrestricted;
        }
        return unrestricted.stream()
                .map(e -> e.getRecordType().equals(PERSON) ? e.withValuesHidden(Person.PERSONAL_FIELDS) : e)
                .toList();
    }

    /**
     * History entries without restricted people, for readers the restriction applies to: a restricted person's own
     * entries are left out, and their name is masked wherever another entry writes it (an engagement's people present,
     * a safeguarding lead, an agreement's signatory, a summary), by the same rule as officers' free text.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeLogEntry> withoutRestrictedPeople(List<ChangeLogEntry> entries) {
        if (!RestrictedPeople.hideFrom(actor)) {
            return entries;
        }
        Map<Long, String> restricted = contacts.restrictedNames();
        if (restricted.isEmpty()) {
            return entries;
        }
        RestrictedNames names = RestrictedNames.of(restricted.values());
        return entries.stream()
                .filter(e -> !(e.getRecordType().equals(PERSON) && restricted.containsKey(e.getRecordId())))
                .map(e -> e.withTextShown(names::mask))
                .toList();
    }

    /**
     * Restricted people's names as the actor may see them in officers' free text: masked for everyone but the data
     * protection officer (see {@link RestrictedNames}). One query; ask once per list, not per row.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RestrictedNames restrictedNames() {
        return RestrictedNames.forReader(actor, () -> contacts.restrictedNames().values());
    }

    /** The people with these ids, each of whom must hold a role at the organisation (for an engagement's attendees). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> peopleAt(long organisationId, List<Long> personIds) {
        List<Long> known = contacts.personIdsOf(organisationId);
        if (!known.containsAll(personIds)) {
            throw new InvalidInputException(
                    "people", "Choose people from this organisation's contacts; add them there first.");
        }
        return personIds.stream()
                .distinct()
                .map(id -> contacts.findPerson(id).orElseThrow())
                .toList();
    }

    /** Ids of the organisation's role records and people, for its timeline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Long>> recordsOf(long organisationId) {
        return Map.of(
                AFFILIATION, contacts.affiliationIdsOf(organisationId), PERSON, contacts.personIdsOf(organisationId));
    }

    public List<String> suggestedRoles() {
        return Affiliation.SUGGESTED_ROLES;
    }

    /**
     * Someone the actor may change: in no module register hidden from them, and with a role at an organisation the
     * actor may change (someone with no role anywhere: administrators only).
     */
    private Person editablePerson(long personId) {
        Person person = contacts.findPerson(personId)
                .filter(p -> hiddenAmong(List.of(personId)).isEmpty())
                .orElseThrow(() -> new NotFoundException(PERSON, personId));
        if (!mayEditPerson(personId)) {
            throw new AccessDeniedException("Your roles do not let you change " + person.getName()
                    + ": only those who may change one of their organisations can. Ask a lead for their sector.");
        }
        return person;
    }

    private Affiliation editableAffiliation(long affiliationId, long expectedVersion) {
        Affiliation affiliation = contacts.findAffiliation(affiliationId)
                .orElseThrow(() -> new NotFoundException("Contact", affiliationId));
        organisations.getEditable(affiliation.getOrganisation().getId());
        if (affiliation.getVersion() != expectedVersion) {
            throw new StaleRecordException(
                    affiliation.getPerson().getName() + "'s role at "
                            + affiliation.getOrganisation().getName(),
                    null,
                    null);
        }
        return affiliation;
    }

    private void saveNow(Affiliation affiliation) {
        try {
            contacts.flush();
        } catch (OptimisticLockException race) {
            throw new StaleRecordException(
                    affiliation.getPerson().getName() + "'s role at "
                            + affiliation.getOrganisation().getName(),
                    null,
                    null);
        }
    }

    private static StaleRecordException stale(Person person) {
        return new StaleRecordException(
                "The details of " + person.getName(), person.getUpdatedBy(), person.getUpdatedAt());
    }
}
