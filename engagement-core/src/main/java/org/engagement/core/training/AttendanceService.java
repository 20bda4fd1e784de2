package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.spi.PeopleTrained;

/**
 * Who attended a session: named attendees added by hand or from an attendance list, each a training record; someone
 * not yet recorded at their organisation is added there as a trainee. Recording attendance delivers a planned session.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    public static final String RECORD = "TrainingRecord";
    static final String TRAINEE_ROLE = "trainee";

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingPermissions permissions;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private TrainingSessionService sessions;

    @Inject
    private Actor actor;

    /** Modules that keep something worked out from people's training; none when used as a plain library. */
    private Iterable<PeopleTrained> modules = List.of();

    protected AttendanceService() {}

    /** For use as a plain library. */
    public AttendanceService(
            TrainingRepository training,
            TrainingPermissions permissions,
            OrganisationService organisations,
            ContactService contacts,
            ChangeLog changeLog,
            TrainingSessionService sessions,
            Actor actor) {
        this.training = training;
        this.permissions = permissions;
        this.organisations = organisations;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.sessions = sessions;
        this.actor = actor;
    }

    @Inject
    void findModules(@Any Instance<PeopleTrained> found) {
        modules = found;
    }

    /** Adds named attendees to a session; people already on it are left as they are. */
    public AttendanceResult addAttendees(long sessionId, List<AttendeeDetails> attendees) {
        TrainingSession session = permissions.editableSession(sessionId);
        return addAttendees(session, numbered(attendees), "attendees");
    }

    /** Records a delivered session and its named attendees in one go; nothing is saved if any part is wrong. */
    public TrainingSession recordSession(SessionDetails details, List<AttendeeDetails> attendees) {
        TrainingSession session = sessions.recordSession(details);
        if (!attendees.isEmpty()) {
            addAttendees(session, numbered(attendees), "attendees");
        }
        return session;
    }

    /** Imports an attendance list (see {@link AttendanceCsv}) in one transaction; re-importing adds nobody twice. */
    public AttendanceResult importAttendees(long sessionId, InputStream csv) {
        TrainingSession session = permissions.editableSession(sessionId);
        return addAttendees(session, AttendanceCsv.read(csv), null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> attendeesOf(long sessionId) {
        permissions.readableSession(sessionId);
        List<TrainingRecord> records = training.recordsOfSession(sessionId);
        Set<Long> hidden = contacts.hiddenAmong(
                records.stream().map(r -> r.getPerson().getId()).toList());
        return records.stream()
                .filter(r -> !hidden.contains(r.getPerson().getId()))
                .toList();
    }

    private AttendanceResult addAttendees(
            TrainingSession session, Map<Integer, AttendeeDetails> attendees, String field) {
        if (session.isPlanned()) {
            Map<String, String> before = session.snapshot();
            session.deliver(actor.username());
            changeLog.updated(
                    TrainingSessionService.SESSION,
                    session.getId(),
                    "Session of " + session.getCourse().getCode() + " on " + Dates.describe(session.getHeldOn())
                            + " delivered",
                    before,
                    session.snapshot());
        }
        Map<Integer, Resolved> resolved = resolve(session, attendees, field);
        Set<Long> present = new HashSet<>(training.personIdsInSession(session.getId()));
        List<PeopleTrained.Trained> trained = new ArrayList<>();
        int added = 0;
        int alreadyThere = 0;
        for (Resolved attendee : resolved.values()) {
            Person person = attendee.person != null ? attendee.person : newTrainee(attendee);
            if (!present.add(person.getId())) {
                alreadyThere++;
                continue;
            }
            TrainingRecord record = TrainingRecord.attended(
                    session, person, attendee.details.completedOn(), attendee.details.certificateNumber());
            training.add(record);
            session.attendeeAdded(actor.username());
            added++;
            training.flush();
            trained.add(new PeopleTrained.Trained(
                    person.getId(), record.getId(), session.getCourse().getCode(), record.getCompletedOn()));
            changeLog.created(
                    RECORD,
                    record.getId(),
                    person.getName() + " completed " + session.getCourse().getCode() + " at the session on "
                            + Dates.describe(session.getHeldOn()),
                    record.snapshot());
        }
        if (!trained.isEmpty()) {
            modules.forEach(module -> module.trained(List.copyOf(trained)));
        }
        return new AttendanceResult(added, alreadyThere);
    }

    private record Resolved(AttendeeDetails details, Person person, Organisation organisation) {}

    /** Looks up every attendee before anything is written, so one bad line leaves the session unchanged. */
    private Map<Integer, Resolved> resolve(
            TrainingSession session, Map<Integer, AttendeeDetails> attendees, String field) {
        List<LineError> errors = new ArrayList<>();
        Map<Integer, Resolved> resolved = new LinkedHashMap<>();
        attendees.forEach((line, details) -> {
            try {
                resolved.put(line, resolveOne(session, details));
            } catch (InvalidInputException problem) {
                errors.add(new LineError(line, problem.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            if (field != null) {
                throw new InvalidInputException(errors.stream()
                        .map(e -> new InvalidInputException.FieldError(field + "[" + (e.line() - 1) + "]", e.message()))
                        .toList());
            }
            throw new InvalidLinesException(errors);
        }
        return resolved;
    }

    private Resolved resolveOne(TrainingSession session, AttendeeDetails details) {
        if (details.personId() != null) {
            Person person = contacts.findShown(details.personId())
                    .orElseThrow(() -> new InvalidInputException(
                            "personId", "There is no person with id " + details.personId() + "."));
            return new Resolved(details, person, null);
        }
        if (details.name() == null || details.name().isBlank()) {
            throw new InvalidInputException("name", "Give the attendee's name, or the id of someone already recorded.");
        }
        Organisation organisation = traineeOrganisation(session, details.organisationId());
        Person existing = findAt(organisation.getId(), details.name(), details.email());
        return new Resolved(details, existing, organisation);
    }

    private Organisation traineeOrganisation(TrainingSession session, Long organisationId) {
        if (organisationId == null) {
            if (session.getOrganisations().size() == 1) {
                return session.getOrganisations().iterator().next();
            }
            throw new InvalidInputException(
                    "organisationId",
                    "Give the organisation_id of the attendee's organisation " + "(the session has "
                            + (session.getOrganisations().isEmpty() ? "no" : "more than one")
                            + " hosting organisation).");
        }
        Organisation organisation;
        try {
            organisation = organisations.get(organisationId);
        } catch (NotFoundException notThere) {
            throw new InvalidInputException(
                    "organisationId", "There is no organisation with id " + organisationId + ".");
        }
        if (!organisations.canEdit(organisation)) {
            throw new InvalidInputException(
                    "organisationId", "Your roles do not allow adding people to " + organisation.getName() + ".");
        }
        return organisation;
    }

    /** Someone with a role at the organisation with the same email, or without one, the same name. */
    private Person findAt(long organisationId, String name, String email) {
        List<Person> there = contacts.peopleWithRoleAt(organisationId);
        if (email != null && !email.isBlank()) {
            Optional<Person> byEmail = there.stream()
                    .filter(p -> email.strip().equalsIgnoreCase(p.getEmail()))
                    .findFirst();
            if (byEmail.isPresent()) {
                return byEmail.get();
            }
        }
        return there.stream()
                .filter(p -> p.getEmail() == null || email == null || email.isBlank())
                .filter(p -> name.strip().equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private Person newTrainee(Resolved attendee) {
        AttendeeDetails d = attendee.details;
        Person again = findAt(attendee.organisation.getId(), d.name(), d.email());
        if (again != null) {
            return again;
        }
        Contact contact = contacts.addContact(
                attendee.organisation.getId(),
                new PersonDetails(
                        d.name(),
                        null,
                        d.email(),
                        null,
                        null,
                        LawfulBasis.PUBLIC_TASK,
                        "Recorded as attending safeguarding training",
                        false,
                        // Stored only where it applies (a trainee at a faith organisation): attending safeguarding
                        // training there reveals belief, held for safeguarding in the substantial public interest.
                        Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST,
                        Schedule1Condition.SAFEGUARDING),
                TRAINEE_ROLE);
        return contacts.findShown(contact.personId()).orElseThrow();
    }

    private static Map<Integer, AttendeeDetails> numbered(List<AttendeeDetails> attendees) {
        Map<Integer, AttendeeDetails> numbered = new LinkedHashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
            numbered.put(i + 1, attendees.get(i));
        }
        return numbered;
    }
}
