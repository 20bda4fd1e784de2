package org.engagement.core.merge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.PersonProfile;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationDetails;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.MergedOrganisations;
import org.engagement.core.spi.MergedPeople;

/**
 * Finding and merging organisations, and people, recorded twice. Administrators only. A merge keeps the survivor's id, takes the
 * fields the administrator chose from the other, points every record of the other (people's roles, engagements,
 * audits, agreements, training sessions, branches, reminders, and modules' records through
 * {@link MergedOrganisations}) at the survivor, removes the other, remembers its id for old links, and records all of
 * it in the survivor's history, in one transaction: a refusal or a failure leaves both as they were.
 */
@ApplicationScoped
@Transactional
public class MergeService {

    private static final int MAX_PAGE = 200;

    @Inject
    private MergeRepository merges;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    @Inject
    private ContactService contacts;

    private Iterable<MergedOrganisations> modules;

    private Iterable<MergedPeople> peopleModules;

    protected MergeService() {}

    /** For use as a plain library. */
    public MergeService(
            MergeRepository merges,
            OrganisationService organisations,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor,
            List<MergedOrganisations> modules,
            List<MergedPeople> peopleModules) {
        this.merges = merges;
        this.organisations = organisations;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
        this.modules = modules;
        this.peopleModules = peopleModules;
    }

    @Inject
    void findModules(@Any Instance<MergedOrganisations> found, @Any Instance<MergedPeople> foundForPeople) {
        modules = found;
        peopleModules = foundForPeople;
    }

    /** Pairs that may be the same organisation, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<PossibleDuplicate> possibleDuplicates(int first, int size) {
        return possibleDuplicates(null, first, size);
    }

    /** Pairs that may be the same organisation where either name or postcode contains the search, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<PossibleDuplicate> possibleDuplicates(String search, int first, int size) {
        requireAdmin();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        return new PageOf<>(
                merges.possibleDuplicates(search, Math.max(0, first), pageSize),
                merges.countPossibleDuplicates(search));
    }

    /** Pairs that may be the same person where either name or email contains the search, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<PossibleDuplicatePerson> possibleDuplicatePeople(String search, int first, int size) {
        requireAdmin();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        return new PageOf<>(
                merges.possibleDuplicatePeople(search, Math.max(0, first), pageSize),
                merges.countPossibleDuplicatePeople(search));
    }

    /** The organisation a removed id was merged into, if it was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> mergedInto(long removedId) {
        return merges.mergedInto(removedId);
    }

    public Organisation mergeOrganisations(OrganisationMerge merge) {
        requireAdmin();
        checkRequest(merge);
        Organisation survivor = current(merge.survivorId(), merge.survivorVersion());
        Organisation removed = current(merge.removedId(), merge.removedVersion());
        refuseConflicts(survivor, removed);
        String removedName = removed.getName();
        Map<String, String> removedBefore = removed.snapshot();
        Organisation merged = organisations.update(
                survivor.getId(), survivor.getVersion(), combined(survivor, removed, merge.fieldsFromRemoved()));
        Map<String, Integer> moved = merges.repoint(removed.getId(), survivor.getId());
        modules.forEach(module -> module.merged(merge.removedId(), merge.survivorId()));
        organisations.delete(removed.getId(), removed.getVersion());
        merges.redirect(merge.removedId(), merge.survivorId(), actor.username());
        changeLog.updated(
                OrganisationService.RECORD_TYPE,
                merged.getId(),
                "Organisation " + removedName + " (" + merge.removedId() + ") merged into this one",
                Map.of("merged from", ""),
                Map.of(
                        "merged from",
                        removedName + " (" + merge.removedId() + "): " + describe(moved) + "; its details were "
                                + removedBefore));
        return merged;
    }

    private static void checkRequest(OrganisationMerge merge) {
        if (merge.survivorId() == merge.removedId()) {
            throw new InvalidInputException("removedId", "Choose two different organisations to merge.");
        }
        Set<String> unknown = new TreeSet<>(merge.fieldsFromRemoved());
        unknown.removeAll(OrganisationMerge.FIELDS);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "fieldsFromRemoved",
                    "Unknown field(s) " + unknown + ". Fields you can take: " + new TreeSet<>(OrganisationMerge.FIELDS)
                            + ".");
        }
    }

    private Organisation current(long id, long seenVersion) {
        Organisation organisation = organisations.getEditable(id);
        if (organisation.getVersion() != seenVersion) {
            throw new StaleRecordException(
                    organisation.getName(), organisation.getUpdatedBy(), organisation.getUpdatedAt());
        }
        return organisation;
    }

    private void refuseConflicts(Organisation survivor, Organisation removed) {
        List<String> shared = merges.agreementsNamingBoth(survivor.getId(), removed.getId());
        if (!shared.isEmpty()) {
            throw new ConflictException("Both are parties to " + String.join(", ", shared)
                    + ". An organisation can be a party once: take one of them off the agreement, then merge.");
        }
        for (Organisation above = survivor.getParent(); above != null; above = above.getParent()) {
            if (above.getId().equals(removed.getId()) && above != survivor.getParent()) {
                throw new ConflictException(survivor.getName() + " is a branch of a branch of " + removed.getName()
                        + ". Move it directly under " + removed.getName() + " first, then merge.");
            }
        }
    }

    /** The survivor's details with the chosen fields taken from the other; tags combined. */
    private static OrganisationDetails combined(Organisation survivor, Organisation removed, Set<String> fromRemoved) {
        Organisation parentSource =
                survivor.getParent() != null && survivor.getParent().getId().equals(removed.getId())
                        ? removed
                        : survivor;
        Set<String> tags = new HashSet<>(survivor.getTags());
        tags.addAll(removed.getTags());
        return new OrganisationDetails(
                pick("name", fromRemoved, survivor.getName(), removed.getName()),
                pick("type", fromRemoved, survivor.getTypeCode(), removed.getTypeCode()),
                pick("addressLine1", fromRemoved, survivor.getAddressLine1(), removed.getAddressLine1()),
                pick("addressLine2", fromRemoved, survivor.getAddressLine2(), removed.getAddressLine2()),
                pick("town", fromRemoved, survivor.getTown(), removed.getTown()),
                pick("postcode", fromRemoved, survivor.getPostcodeText(), removed.getPostcodeText()),
                pick("ward", fromRemoved, survivor.getWard(), removed.getWard()),
                pick("phone", fromRemoved, survivor.getPhone(), removed.getPhone()),
                pick("email", fromRemoved, survivor.getEmail(), removed.getEmail()),
                pick("website", fromRemoved, survivor.getWebsite(), removed.getWebsite()),
                fromRemoved.contains("status") ? removed.getStatus() : survivor.getStatus(),
                pick("leadOfficer", fromRemoved, survivor.getLeadOfficer(), removed.getLeadOfficer()),
                tags,
                pick("notes", fromRemoved, survivor.getNotes(), removed.getNotes()),
                parentSource.getParent() == null
                        ? null
                        : parentSource.getParent().getId());
    }

    private static String pick(String field, Set<String> fromRemoved, String survivors, String removeds) {
        return fromRemoved.contains(field) ? removeds : survivors;
    }

    private static String describe(Map<String, Integer> moved) {
        String text = moved.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? "nothing pointed at it" : "moved " + text;
    }

    /**
     * Merges two people who are the same: the survivor keeps its id, takes the chosen fields from the other, and
     * everything that named the other (roles, engagements, invitations, training, safeguarding roles, signatures,
     * privacy requests and objections, and modules' records through {@link MergedPeople}); the other is deleted and its
     * id redirects. The access log is hash-chained and keeps the old id, read for the survivor through the redirect.
     * Refused for a restricted person (a merge is processing, which a restriction stops) and an erased one (nothing
     * is left to merge).
     */
    public PersonProfile mergePeople(PersonMerge merge) {
        requireAdmin();
        checkRequest(merge);
        Person survivor = currentPerson(merge.survivorId(), merge.survivorVersion());
        Person removed = currentPerson(merge.removedId(), merge.removedVersion());
        String removedName = removed.getName();
        Map<String, String> removedBefore = removed.snapshot();
        Person.PERSONAL_FIELDS.forEach(removedBefore::remove);
        PersonDetails combined = combined(survivor, removed, merge.fieldsFromRemoved());
        requireArticle9Condition(combined, survivor, removed);
        contacts.updatePerson(survivor.getId(), survivor.getVersion(), combined);
        Map<String, Integer> moved = merges.repointPerson(merge.removedId(), merge.survivorId());
        peopleModules.forEach(module -> module.merged(merge.removedId(), merge.survivorId()));
        contacts.deletePerson(merge.removedId(), merge.removedVersion());
        merges.redirectPerson(merge.removedId(), merge.survivorId(), actor.username());
        changeLog.updated(
                ContactService.PERSON,
                merge.survivorId(),
                "Person " + removedName + " (" + merge.removedId() + ") merged into this one",
                Map.of("merged from", ""),
                Map.of(
                        "merged from",
                        removedName + " (" + merge.removedId() + "): " + describe(moved) + "; its details were "
                                + removedBefore));
        return contacts.person(merge.survivorId());
    }

    private static void checkRequest(PersonMerge merge) {
        if (merge.survivorId() == merge.removedId()) {
            throw new InvalidInputException("removedId", "Choose two different people to merge.");
        }
        Set<String> unknown = new TreeSet<>(merge.fieldsFromRemoved());
        unknown.removeAll(PersonMerge.FIELDS);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                    "fieldsFromRemoved",
                    "Unknown field(s) " + unknown + ". Fields you can take: " + new TreeSet<>(PersonMerge.FIELDS)
                            + ".");
        }
    }

    private Person currentPerson(long id, long seenVersion) {
        Person person = merges.findPerson(id).orElseThrow(() -> new NotFoundException(ContactService.PERSON, id));
        if (person.isErased()) {
            throw new ConflictException(person.getName() + " was erased on " + Dates.describe(person.getErasedAt())
                    + " at their request: nothing is left to merge, and their records stay as they are.");
        }
        if (person.isRestricted()) {
            throw new ConflictException("Person " + id + " is restricted (since "
                    + Dates.describe(person.getRestrictedAt()) + "): a merge is processing, which the restriction"
                    + " stops. Ask the data protection officer to lift the restriction first, then merge.");
        }
        if (person.getVersion() != seenVersion) {
            throw new StaleRecordException(
                    "The details of " + person.getName(), person.getUpdatedBy(), person.getUpdatedAt());
        }
        return person;
    }

    /** The survivor takes both's roles: one at a faith organisation needs the Article 9 condition kept. */
    private void requireArticle9Condition(PersonDetails combined, Person survivor, Person removed) {
        String reveals = contacts.roleRevealsOf(List.of(survivor.getId(), removed.getId()));
        if (reveals != null && combined.article9Condition() == null) {
            throw new InvalidInputException(
                    "specialCategory",
                    "Keep the special category details of the one that has an Article 9 condition: " + reveals
                            + ", which is special category data.");
        }
    }

    /** The survivor's details with the chosen fields taken from the other. */
    private static PersonDetails combined(Person survivor, Person removed, Set<String> fromRemoved) {
        Person special = fromRemoved.contains("specialCategory") ? removed : survivor;
        return new PersonDetails(
                pick("name", fromRemoved, survivor.getName(), removed.getName()),
                pick("phone", fromRemoved, survivor.getPhone(), removed.getPhone()),
                pick("email", fromRemoved, survivor.getEmail(), removed.getEmail()),
                pick("preferredLanguage", fromRemoved, survivor.getPreferredLanguage(), removed.getPreferredLanguage()),
                fromRemoved.contains("gender") ? removed.getGender() : survivor.getGender(),
                fromRemoved.contains("lawfulBasis") ? removed.getLawfulBasis() : survivor.getLawfulBasis(),
                pick("consentNotes", fromRemoved, survivor.getConsentNotes(), removed.getConsentNotes()),
                special.isHealthOrEthnicity(),
                special.getArticle9Condition(),
                special.getSchedule1Condition());
    }

    private void requireAdmin() {
        if (!RoleSets.holds(actor, RoleSets.ADMINS)) {
            throw new AccessDeniedException("Only an administrator can merge records.");
        }
    }
}
