package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RestrictedNames;

/** An organisation's safeguarding profile: its policy, procedures, checks and the people who lead on safeguarding. */
@ApplicationScoped
@Transactional
public class ProfileService {

    public static final String PROFILE = "SafeguardingProfile";

    @Inject
    private SafeguardingRepository repository;

    @Inject
    private SafeguardingPermissions permissions;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected ProfileService() {}

    /** For use as a plain library. */
    public ProfileService(
            SafeguardingRepository repository,
            SafeguardingPermissions permissions,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor) {
        this.repository = repository;
        this.permissions = permissions;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /**
     * The organisation's profile; an unsaved empty one (version 0, no policy) if none is recorded yet. Restricted
     * people's names are masked in its notes for everyone but the data protection officer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SafeguardingProfile profile(long organisationId) {
        Organisation organisation = permissions.readable(organisationId);
        return repository
                .profileOf(organisationId)
                .map(this::shown)
                .orElseGet(() -> new SafeguardingProfile(organisation, actor.username()));
    }

    private SafeguardingProfile shown(SafeguardingProfile profile) {
        return profile.shownWith(contacts.restrictedNames()::mask);
    }

    /**
     * Creates or changes the profile; {@code expectedVersion} is 0 for one not saved before. Notes naming a restricted
     * person were shown to the actor masked: sent back unchanged they stay as stored; changed, they are refused (see
     * {@link RestrictedNames#kept}).
     */
    public SafeguardingProfile saveProfile(long organisationId, long expectedVersion, ProfileDetails details) {
        Organisation organisation = permissions.editable(organisationId);
        Optional<SafeguardingProfile> existing = repository.profileOf(organisationId);
        SafeguardingProfile profile = existing.orElseGet(() -> new SafeguardingProfile(organisation, actor.username()));
        if (profile.getVersion() != expectedVersion) {
            throw staleProfile(profile);
        }
        Map<String, String> before = existing.isPresent() ? profile.snapshot() : Map.of();
        profile.change(
                details.withNotes(contacts.restrictedNames().kept("notes", profile.getNotes(), details.notes())),
                keptIfHidden(person(organisationId, details.leadPersonId()), profile.getLead()),
                keptIfHidden(person(organisationId, details.deputyPersonId()), profile.getDeputy()),
                keptIfHidden(person(organisationId, details.trusteeLeadPersonId()), profile.getTrusteeLead()),
                actor.username());
        if (existing.isEmpty()) {
            repository.add(profile);
        }
        repository.flush(() -> staleProfile(profile));
        String summary =
                "Safeguarding profile of " + organisation.getName() + (existing.isEmpty() ? " recorded" : " changed");
        if (existing.isEmpty()) {
            changeLog.created(PROFILE, profile.getId(), summary, profile.snapshot());
        } else {
            changeLog.updated(PROFILE, profile.getId(), summary, before, profile.snapshot());
        }
        return shown(profile);
    }

    /** A lead the actor cannot see (restricted), and so could not choose on the form, stays when it names nobody. */
    private Person keptIfHidden(Person chosen, Person before) {
        return chosen == null && before != null && contacts.shown(before) == null ? before : chosen;
    }

    private Person person(long organisationId, Long personId) {
        if (personId == null) {
            return null;
        }
        try {
            return contacts.peopleAt(organisationId, List.of(personId)).get(0);
        } catch (InvalidInputException notThere) {
            throw new InvalidInputException(
                    "people", "Choose the safeguarding leads from this organisation's people; add them there first.");
        }
    }

    private static StaleRecordException staleProfile(SafeguardingProfile p) {
        return new StaleRecordException(
                "The safeguarding profile of " + p.getOrganisation().getName(), p.getUpdatedBy(), p.getUpdatedAt());
    }
}
