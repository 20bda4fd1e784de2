package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationService;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.RestrictedNames;

/**
 * Training sessions, recorded after the day or planned ahead, and their evaluations. A planned session counts in no
 * figure until its attendance is recorded ({@link AttendanceService}).
 */
@ApplicationScoped
@Transactional
public class TrainingSessionService {

    public static final String SESSION = "TrainingSession";

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private TrainingPermissions permissions;

    @Inject
    private OrganisationService organisations;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    protected TrainingSessionService() {}

    /** For use as a plain library. */
    public TrainingSessionService(
            TrainingRepository training,
            TrainingCatalogue catalogue,
            TrainingPermissions permissions,
            OrganisationService organisations,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.permissions = permissions;
        this.organisations = organisations;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    /**
     * Records a delivered session by its headcount, with no named attendees ({@link AttendanceService#recordSession}
     * records one with them, in one go).
     */
    public TrainingSession recordSession(SessionDetails details) {
        Checked checked = check(details, List.of());
        TrainingSession session = new TrainingSession(checked.course, details, checked.hosts, actor.username());
        return save(session, checked.audience, " recorded");
    }

    /**
     * Books a session for a future day, for the organisations and people invited, with a number of places (null: not
     * limited). It counts in no figure or training level until attendance is recorded, on or after the day.
     */
    public TrainingSession planSession(SessionDetails details, Integer places, List<Long> invitedPersonIds) {
        Checked checked = check(details, invitedPersonIds);
        TrainingSession session = TrainingSession.planned(
                checked.course, details, checked.hosts, places, checked.invited, actor.username());
        return save(session, checked.audience, " planned");
    }

    private record Checked(Course course, Audience audience, Set<Organisation> hosts, Set<Person> invited) {}

    /** The session's course, audience, organisations and invited people, each looked up and checked. */
    private Checked check(SessionDetails details, List<Long> invitedPersonIds) {
        permissions.requireRecorder();
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Course course = null;
        if (details.courseCode() == null || details.courseCode().isBlank()) {
            errors.add(new InvalidInputException.FieldError("courseCode", "Choose the course."));
        } else {
            course = training.courseByCode(details.courseCode().strip().toUpperCase(Locale.ROOT))
                    .orElse(null);
            if (course == null) {
                errors.add(new InvalidInputException.FieldError(
                        "courseCode", "There is no course with the code " + details.courseCode() + "."));
            }
        }
        Audience audience = catalogue.audience(details.audienceCode()).orElse(null);
        if (audience == null) {
            errors.add(new InvalidInputException.FieldError(
                    "audience",
                    details.audienceCode() == null
                            ? "Choose who the session was for."
                            : "Unknown audience '" + details.audienceCode() + "'. Audiences are: "
                                    + catalogue.audiences().stream()
                                            .map(Audience::code)
                                            .reduce((a, b) -> a + ", " + b)
                                            .orElse("")
                                    + "."));
        } else if (!permissions.mayRecordFor(audience)) {
            throw new AccessDeniedException("Your roles do not allow recording sessions for " + audience.label() + ".");
        }
        Set<Organisation> hosts = hosts(details.organisationIds(), errors);
        Set<Person> invited = new LinkedHashSet<>();
        for (Long personId : invitedPersonIds == null ? List.<Long>of() : invitedPersonIds) {
            contacts.findShown(personId)
                    .ifPresentOrElse(
                            invited::add,
                            () -> errors.add(new InvalidInputException.FieldError(
                                    "invited", "There is no person with id " + personId + " you may invite.")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(course, audience, hosts, invited);
    }

    private TrainingSession save(TrainingSession session, Audience audience, String what) {
        training.add(session);
        training.flush();
        changeLog.created(
                SESSION,
                session.getId(),
                "Session of " + session.getCourse().getCode() + " on " + Dates.describe(session.getHeldOn()) + " for "
                        + audience.label() + what,
                session.snapshot());
        return session;
    }

    /** Planned sessions the organisation hosts, from today on, soonest first ("training booked for ..."). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> bookedFor(long organisationId) {
        permissions.requireReader();
        return shown(training.plannedFor(organisationId, Dates.today()));
    }

    /** Planned sessions whose day has passed with no attendance recorded: the trainers' list of what to record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> plannedSessionsPassed() {
        permissions.requireReader();
        return shown(training.plannedBefore(Dates.today()));
    }

    public TrainingSession evaluate(long sessionId, long expectedVersion, Evaluation evaluation) {
        TrainingSession session = permissions.editableSession(sessionId);
        if (session.getVersion() != expectedVersion) {
            throw new StaleRecordException("The session", session.getUpdatedBy(), session.getUpdatedAt());
        }
        Map<String, String> before = session.snapshot();
        session.evaluate(evaluation, actor.username());
        training.flush();
        changeLog.updated(
                SESSION, sessionId, "Evaluation of session " + sessionId + " recorded", before, session.snapshot());
        return session;
    }

    /** Records a free-text answer from an evaluation form, with its themes (comma-separated). */
    public EvaluationAnswer addAnswer(long sessionId, EvaluationQuestion question, String text, String themes) {
        TrainingSession session = permissions.editableSession(sessionId);
        EvaluationAnswer answer = new EvaluationAnswer(session, question, text, themes);
        training.add(answer);
        training.flush();
        changeLog.created(
                "EvaluationAnswer",
                answer.getId(),
                "Evaluation answer recorded for session " + sessionId,
                answer.snapshot());
        return answer;
    }

    /** The evaluation's free-text answers, with restricted people's names masked for everyone but the DPO. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationAnswer> answersOf(long sessionId) {
        permissions.readableSession(sessionId);
        RestrictedNames names = contacts.restrictedNames();
        return training.answersOf(sessionId).stream()
                .map(a -> a.shownWith(names::mask))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> sessions(LocalDate from, LocalDate to, String audienceCode) {
        permissions.requireReader();
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "Give both dates of the range.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The end date must be on or after the start date.");
        }
        if (audienceCode != null) {
            catalogue.requireAudience(audienceCode);
        }
        return shown(training.sessions(from, to, audienceCode));
    }

    /**
     * The session as the actor may see it: restricted people's names masked in its trainers for everyone but the data
     * protection officer (as every list of sessions this service hands out).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingSession session(long id) {
        return permissions.readableSession(id).shownWith(contacts.restrictedNames()::mask);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> sessionsHostedBy(long organisationId) {
        permissions.requireReader();
        return shown(training.sessionsOf(organisationId));
    }

    private List<TrainingSession> shown(List<TrainingSession> sessions) {
        RestrictedNames names = contacts.restrictedNames();
        return sessions.stream().map(s -> s.shownWith(names::mask)).toList();
    }

    private Set<Organisation> hosts(List<Long> ids, List<InvalidInputException.FieldError> errors) {
        Set<Organisation> hosts = new LinkedHashSet<>();
        for (Long id : ids) {
            try {
                hosts.add(organisations.get(id));
            } catch (NotFoundException notThere) {
                errors.add(new InvalidInputException.FieldError(
                        "organisationIds", "There is no organisation with id " + id + "."));
            }
        }
        return hosts;
    }
}
