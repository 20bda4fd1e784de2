package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.engagement.core.access.RoleSets;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.Article9Condition;
import org.engagement.core.contact.Contact;
import org.engagement.core.contact.ContactRepository;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.LawfulBasis;
import org.engagement.core.contact.Person;
import org.engagement.core.contact.PersonDetails;
import org.engagement.core.contact.Schedule1Condition;
import org.engagement.core.organisation.Organisation;
import org.engagement.core.organisation.OrganisationAccess;
import org.engagement.core.organisation.OrganisationRepository;
import org.engagement.core.organisation.Sector;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.InvalidLinesException;
import org.engagement.core.shared.InvalidLinesException.LineError;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.StaleRecordException;
import org.engagement.core.spi.PeopleTrained;

/**
 * The only way into courses, sessions and training records. Administrators manage courses; sector leads record
 * sessions for their sectors' audiences; leads and viewers read everything. Licensing officers may read the
 * records of people at organisations in their sector (drivers), through {@link #recordsOf(long)} only.
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    public static final String COURSE = "Course";
    public static final String SESSION = "TrainingSession";
    public static final String RECORD = "TrainingRecord";
    static final String TRAINEE_ROLE = "trainee";

    @Inject
    private TrainingRepository training;

    @Inject
    private TrainingCatalogue catalogue;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private ContactRepository people;

    @Inject
    private ContactService contacts;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    /** Modules that keep something worked out from people's training; none when used as a plain library. */
    private Iterable<PeopleTrained> modules = List.of();

    protected TrainingService() {}

    /** For use as a plain library. */
    public TrainingService(
            TrainingRepository training,
            TrainingCatalogue catalogue,
            OrganisationRepository organisations,
            ContactRepository people,
            ContactService contacts,
            ChangeLog changeLog,
            Actor actor) {
        this.training = training;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.people = people;
        this.contacts = contacts;
        this.changeLog = changeLog;
        this.actor = actor;
    }

    @Inject
    void findModules(@Any Instance<PeopleTrained> found) {
        modules = found;
    }

    // Courses

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Course> courses() {
        requireReader();
        return training.courses();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Course course(long id) {
        requireReader();
        return training.courseById(id).orElseThrow(() -> new NotFoundException(COURSE, id));
    }

    public Course createCourse(CourseDetails details) {
        requireAdmin();
        catalogue.requireLevel(details.levelCode());
        Course course = new Course(details, actor.username());
        if (training.courseByCode(course.getCode()).isPresent()) {
            throw new InvalidInputException(
                    "code", "There is already a course with the code " + course.getCode() + ".");
        }
        training.add(course);
        training.flush();
        changeLog.created(COURSE, course.getId(), "Course " + course.getCode() + " created", course.snapshot());
        return course;
    }

    public Course updateCourse(long id, long expectedVersion, CourseDetails details) {
        requireAdmin();
        Course course = training.courseById(id).orElseThrow(() -> new NotFoundException(COURSE, id));
        if (course.getVersion() != expectedVersion) {
            throw new StaleRecordException("Course " + course.getCode(), course.getUpdatedBy(), course.getUpdatedAt());
        }
        catalogue.requireLevel(details.levelCode());
        Optional<Course> sameCode = training.courseByCode(
                Objects.requireNonNullElse(details.code(), "").strip().toUpperCase(Locale.ROOT));
        if (sameCode.isPresent() && !sameCode.get().getId().equals(id)) {
            throw new InvalidInputException(
                    "code",
                    "There is already a course with the code " + sameCode.get().getCode() + ".");
        }
        Map<String, String> before = course.snapshot();
        course.change(details, actor.username());
        try {
            training.flush();
        } catch (OptimisticLockException race) {
            throw new StaleRecordException("Course " + course.getCode(), course.getUpdatedBy(), course.getUpdatedAt());
        }
        changeLog.updated(COURSE, id, "Course " + course.getCode() + " changed", before, course.snapshot());
        return course;
    }

    // Sessions and attendance

    /** Records a session and its named attendees in one go; nothing is saved if any part is wrong. */
    public TrainingSession recordSession(SessionDetails details, List<AttendeeDetails> attendees) {
        Checked checked = check(details, List.of());
        TrainingSession session = new TrainingSession(checked.course, details, checked.hosts, actor.username());
        save(session, checked.audience, " recorded");
        if (!attendees.isEmpty()) {
            addAttendees(session, numbered(attendees), "attendees");
        }
        return session;
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
        requireRecorder();
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
        } else if (!mayRecordFor(audience)) {
            throw new AccessDeniedException("Your roles do not allow recording sessions for " + audience.label() + ".");
        }
        Set<Organisation> hosts = hosts(details.organisationIds(), errors);
        Set<Person> invited = new LinkedHashSet<>();
        for (Long personId : invitedPersonIds == null ? List.<Long>of() : invitedPersonIds) {
            people.findPerson(personId)
                    .filter(p -> contacts.hiddenAmong(List.of(personId)).isEmpty())
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
        requireReader();
        return training.plannedFor(organisationId, Dates.today());
    }

    /** Planned sessions whose day has passed with no attendance recorded: the trainers' list of what to record. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> plannedSessionsPassed() {
        requireReader();
        return training.plannedBefore(Dates.today());
    }

    /** Adds named attendees to a session; people already on it are left as they are. */
    public AttendanceResult addAttendees(long sessionId, List<AttendeeDetails> attendees) {
        TrainingSession session = editableSession(sessionId);
        return addAttendees(session, numbered(attendees), "attendees");
    }

    /** Imports an attendance list (see {@link AttendanceCsv}) in one transaction; re-importing adds nobody twice. */
    public AttendanceResult importAttendees(long sessionId, InputStream csv) {
        TrainingSession session = editableSession(sessionId);
        return addAttendees(session, AttendanceCsv.read(csv), null);
    }

    public TrainingSession evaluate(long sessionId, long expectedVersion, Evaluation evaluation) {
        TrainingSession session = editableSession(sessionId);
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
        TrainingSession session = editableSession(sessionId);
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationAnswer> answersOf(long sessionId) {
        session(sessionId);
        return training.answersOf(sessionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> sessions(LocalDate from, LocalDate to, String audienceCode) {
        requireReader();
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "Give both dates of the range.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "The end date must be on or after the start date.");
        }
        if (audienceCode != null) {
            catalogue.requireAudience(audienceCode);
        }
        return training.sessions(from, to, audienceCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingSession session(long id) {
        requireReader();
        return training.sessionById(id).orElseThrow(() -> new NotFoundException("Training session", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> attendeesOf(long sessionId) {
        session(sessionId);
        List<TrainingRecord> records = training.recordsOfSession(sessionId);
        Set<Long> hidden = contacts.hiddenAmong(
                records.stream().map(r -> r.getPerson().getId()).toList());
        return records.stream()
                .filter(r -> !hidden.contains(r.getPerson().getId()))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingSession> sessionsHostedBy(long organisationId) {
        requireReader();
        return training.sessionsOf(organisationId);
    }

    /** Whether the actor may record sessions for this audience, for showing or hiding the choice. */
    public boolean mayRecordFor(Audience audience) {
        if (!RoleSets.holds(actor, RoleSets.LEADS)) {
            return false;
        }
        return audience.sectors().isEmpty()
                || !Collections.disjoint(audience.sectors(), OrganisationAccess.editable(actor));
    }

    /** Sets the number of an audience to train in the financial year starting in {@code yearStart}. */
    public TrainingTarget setTarget(String audienceCode, int yearStart, int target) {
        requireAdmin();
        catalogue.requireAudience(audienceCode);
        if (yearStart < 2000 || yearStart > 2100) {
            throw new InvalidInputException(
                    "year", "Give the year the financial year starts in, e.g. 2016 for 2016/17.");
        }
        Optional<TrainingTarget> existing = training.targetsOf(yearStart).stream()
                .filter(t -> t.getAudienceCode().equals(audienceCode))
                .findFirst();
        if (existing.isPresent()) {
            Map<String, String> before = existing.get().snapshot();
            existing.get().set(target, actor.username());
            training.flush();
            changeLog.updated(
                    "TrainingTarget",
                    existing.get().getId(),
                    "Training target changed",
                    before,
                    existing.get().snapshot());
            return existing.get();
        }
        TrainingTarget created = new TrainingTarget(audienceCode, yearStart, target, actor.username());
        training.add(created);
        training.flush();
        changeLog.created("TrainingTarget", created.getId(), "Training target set", created.snapshot());
        return created;
    }

    // Records

    /**
     * A person's training, newest first; someone in a module's register (a driver) only for that register's readers.
     * Licensing officers (through a sector module) may read it only for people
     * with a role at an organisation in their sector, such as a driver at a taxi operator.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> recordsOf(long personId) {
        Person person = people.findPerson(personId)
                .filter(p -> contacts.hiddenAmong(List.of(personId)).isEmpty())
                .orElseThrow(() -> new NotFoundException("Person", personId));
        if (!isReader()) {
            Set<Sector> theirs = training.sectorsOfPerson(person.getId());
            if (Collections.disjoint(theirs, OrganisationAccess.readable(actor))) {
                throw new NotFoundException("Person", personId);
            }
        }
        return training.recordsOf(personId);
    }

    /** Training records of the organisation's people, current and expired. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> recordsOfPeopleAt(long organisationId) {
        requireReader();
        return training.recordsOfPeopleAt(organisationId);
    }

    /** Records that expire within the next {@code days} days (today included), soonest first, of people the actor may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExpiringTraining> expiringWithin(int days) {
        requireReader();
        if (days < 0 || days > 3660) {
            throw new InvalidInputException("days", "Give a number of days from 0 to 3660.");
        }
        LocalDate today = Dates.today();
        List<TrainingRecord> expiring = training.expiringBetween(today, today.plusDays(days));
        Set<Long> hidden = contacts.hiddenAmong(
                expiring.stream().map(r -> r.getPerson().getId()).collect(Collectors.toSet()));
        return expiring.stream()
                .filter(r -> !hidden.contains(r.getPerson().getId()))
                .map(r -> new ExpiringTraining(
                        r, training.organisationNamesOf(r.getPerson().getId())))
                .toList();
    }

    /** The highest level of valid training any of the organisation's people hold, and the share who hold any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganisationTrainingLevel levelOf(long organisationId) {
        requireReader();
        TrainingRepository.OrganisationHoldings holdings = training.holdingsOf(organisationId, Dates.today());
        TrainingLevel highest = holdings.levelsByPerson().values().stream()
                .flatMap(Set::stream)
                .distinct()
                .map(code -> catalogue.level(code).orElse(new TrainingLevel(code, code, 0)))
                .max(Comparator.comparingInt(TrainingLevel::rank))
                .orElse(null);
        return new OrganisationTrainingLevel(highest, holdings.levelsByPerson().size(), holdings.people());
    }

    public TrainingCatalogue catalogue() {
        return catalogue;
    }

    // Helpers

    private AttendanceResult addAttendees(
            TrainingSession session, Map<Integer, AttendeeDetails> attendees, String field) {
        if (session.isPlanned()) {
            Map<String, String> before = session.snapshot();
            session.deliver(actor.username());
            changeLog.updated(
                    SESSION,
                    session.getId(),
                    "Session of " + session.getCourse().getCode() + " on " + Dates.describe(session.getHeldOn())
                            + " delivered",
                    before,
                    session.snapshot());
        }
        Map<Integer, Resolved> resolved = resolve(session, attendees, field);
        Set<Long> present = new HashSet<>(training.personIdsInSession(session.getId()));
        Set<Long> trained = new HashSet<>();
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
            trained.add(person.getId());
            training.flush();
            changeLog.created(
                    RECORD,
                    record.getId(),
                    person.getName() + " completed " + session.getCourse().getCode() + " at the session on "
                            + Dates.describe(session.getHeldOn()),
                    record.snapshot());
        }
        if (!trained.isEmpty()) {
            modules.forEach(module -> module.trained(Set.copyOf(trained)));
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
            Person person = people.findPerson(details.personId())
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
        Organisation organisation = organisations
                .findById(organisationId)
                .filter(o -> OrganisationAccess.canRead(actor, o.getSector()))
                .orElseThrow(() -> new InvalidInputException(
                        "organisationId", "There is no organisation with id " + organisationId + "."));
        if (!OrganisationAccess.canEdit(actor, organisation.getSector())) {
            throw new InvalidInputException(
                    "organisationId", "Your roles do not allow adding people to " + organisation.getName() + ".");
        }
        return organisation;
    }

    /** Someone with a role at the organisation with the same email, or without one, the same name. */
    private Person findAt(long organisationId, String name, String email) {
        List<Person> there = people.affiliationsOf(organisationId).stream()
                .map(a -> a.getPerson())
                .toList();
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
        return people.findPerson(contact.personId()).orElseThrow();
    }

    private Set<Organisation> hosts(List<Long> ids, List<InvalidInputException.FieldError> errors) {
        Set<Organisation> hosts = new LinkedHashSet<>();
        for (Long id : ids) {
            Optional<Organisation> found =
                    organisations.findById(id).filter(o -> OrganisationAccess.canRead(actor, o.getSector()));
            if (found.isPresent()) {
                hosts.add(found.get());
            } else {
                errors.add(new InvalidInputException.FieldError(
                        "organisationIds", "There is no organisation with id " + id + "."));
            }
        }
        return hosts;
    }

    private static Map<Integer, AttendeeDetails> numbered(List<AttendeeDetails> attendees) {
        Map<Integer, AttendeeDetails> numbered = new LinkedHashMap<>();
        for (int i = 0; i < attendees.size(); i++) {
            numbered.put(i + 1, attendees.get(i));
        }
        return numbered;
    }

    private TrainingSession editableSession(long sessionId) {
        requireRecorder();
        TrainingSession session =
                training.sessionById(sessionId).orElseThrow(() -> new NotFoundException("Training session", sessionId));
        Audience audience = catalogue
                .audience(session.getAudienceCode())
                .orElse(new Audience(session.getAudienceCode(), session.getAudienceCode()));
        if (!mayRecordFor(audience)) {
            throw new AccessDeniedException("Your roles do not allow changing sessions for " + audience.label() + ".");
        }
        return session;
    }

    /** Whether the actor may read training records and figures, for callers that show them only if so. */
    public boolean mayRead() {
        return isReader();
    }

    private boolean isReader() {
        return RoleSets.holds(actor, RoleSets.TRAINING_READERS);
    }

    private void requireReader() {
        if (!isReader()) {
            throw new AccessDeniedException("Your roles do not allow reading training records and figures.");
        }
    }

    private void requireRecorder() {
        if (!RoleSets.holds(actor, RoleSets.LEADS)) {
            throw new AccessDeniedException("Only administrators and sector leads record training sessions.");
        }
    }

    private void requireAdmin() {
        if (!RoleSets.holds(actor, RoleSets.ADMINS)) {
            throw new AccessDeniedException("Only administrators manage courses.");
        }
    }
}
