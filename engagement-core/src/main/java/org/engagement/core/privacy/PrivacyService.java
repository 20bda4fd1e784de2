package org.engagement.core.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.engagement.core.access.RoleSets;
import org.engagement.core.accesslog.AccessLog;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.shared.ConflictException;
import org.engagement.core.shared.Dates;
import org.engagement.core.shared.InvalidInputException;
import org.engagement.core.shared.NotFoundException;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.PersonalData;
import org.engagement.core.spi.PersonalDataSection;

/**
 * The data protection officer's door to the people the partnership records, whatever their sector or register: the
 * role exists to answer their requests, so it sees all of a person, and nothing but people.
 */
@ApplicationScoped
@Transactional
public class PrivacyService {

    @Inject
    private PrivacyRepository privacy;

    @Inject
    private ChangeLog changeLog;

    @Inject
    private Actor actor;

    /** Null for a plain library, where views are written as they are made. */
    @Inject
    private AccessLog accessLog;

    @Inject
    private Anonymisation anonymisation;

    private Iterable<PersonalData> modules;

    protected PrivacyService() {}

    /** For use as a plain library, with the modules' personal data given. */
    public PrivacyService(PrivacyRepository privacy, ChangeLog changeLog, Actor actor, List<PersonalData> modules) {
        this.privacy = privacy;
        this.changeLog = changeLog;
        this.actor = actor;
        this.modules = modules;
        this.anonymisation = new Anonymisation(privacy, changeLog, modules);
    }

    @Inject
    void findModules(@Any Instance<PersonalData> found) {
        modules = found;
    }

    /** Everyone recorded whose name or email contains the words. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageOf<PersonSummary> findPeople(String words, int first, int size) {
        requireOfficer();
        return privacy.findPeople(words, Math.max(first, 0), Math.min(Math.max(size, 1), 200));
    }

    /** The person as the finder shows them, for the privacy page's heading. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PersonSummary person(long personId) {
        requireOfficer();
        Person person = existing(personId);
        return new PersonSummary(
                person.getId(),
                person.getName(),
                person.getEmail(),
                person.getPhone(),
                "",
                person.isErased(),
                person.isRestricted());
    }

    /**
     * Everything held about the person (Article 15): the core's records, every module's, and the change history about
     * them. Producing it is itself recorded, with the format asked for, and listed in the next export.
     */
    public SubjectAccessExport subjectAccess(long personId, String format) {
        requireOfficer();
        Person person = existing(personId);
        privacy.add(new PrivacyRequest(
                personId, PrivacyRequestKind.SUBJECT_ACCESS_EXPORT, "As " + format, actor.username(), Dates.now()));
        if (accessLog != null) {
            accessLog.writeQueued(); // every view of them made so far is in the export
        }
        List<PersonalDataSection> sections = new ArrayList<>(privacy.coreSections(person));
        modules.forEach(module -> sections.addAll(module.export(personId)));
        return new SubjectAccessExport(personId, person.getName(), Dates.now(), actor.username(), sections);
    }

    /**
     * Erasure (Article 17), for a recorded reason: the person's details, their name, email and phone wherever officers
     * wrote them, their own change history's values, and every module's personal data about them are removed or
     * irreversibly anonymised. Their row stays under a placeholder name, so every attendance, safeguarding role,
     * signature and renewal check still counts in the figures. Refused, with the reasons, while a module's legal duty
     * holds the data (a licence in force).
     */
    public void erase(long personId, String reason) {
        requireOfficer();
        String why = reason(reason, "erased");
        erase(existing(personId), why);
    }

    private void erase(Person person, String why) {
        if (person.isErased()) {
            throw new ConflictException(
                    person.getName() + " was already erased on " + Dates.describe(person.getErasedAt()) + ".");
        }
        List<String> refusals = anonymisation.refusals(person.getId());
        if (!refusals.isEmpty()) {
            throw new ConflictException(person.getName() + " cannot be erased now: " + String.join("; ", refusals)
                    + ". Record the request and erase them once that no longer holds.");
        }
        anonymisation.anonymise(person.getId(), why, actor.username(), "erased by the data protection officer");
    }

    /**
     * Objection (Article 21) to processing based on public task or legitimate interests, made by the person or by the
     * officer on their behalf: the officer records the person's grounds and decides. Upheld, the processing stops: the
     * person is restricted (kept, shown to nobody else) or erased. Rejected, the officer records the compelling
     * legitimate grounds that override the person's. The objection and decision are kept in the requests register, the
     * objections register and the history, and appear in the person's subject access export.
     */
    public void object(long personId, String grounds, ObjectionDecision decision, String decisionReason) {
        requireOfficer();
        Person person = existing(personId);
        ObjectionRecord objection = objection(grounds, decision, decisionReason);
        if (person.isErased()) {
            throw new ConflictException(person.getName() + " was erased on " + Dates.describe(person.getErasedAt())
                    + ": nothing about them is processed any more.");
        }
        if (!Objection.objectable(person.getLawfulBasis())) {
            throw new ConflictException(person.getName() + "'s data is held on the basis "
                    + person.getLawfulBasis().label() + ": the right to object covers only public task and"
                    + " legitimate interests. Where consent is the basis, record its withdrawal on their record;"
                    + " otherwise consider restriction or erasure.");
        }
        privacy.add(new Objection(
                personId,
                person.getLawfulBasis(),
                objection.grounds(),
                decision,
                objection.reason(),
                actor.username(),
                Dates.now()));
        String detail = decision.label() + ". Grounds: " + objection.grounds() + " Decision: " + objection.reason();
        switch (decision) {
            case RESTRICT -> {
                boolean wasRestricted = person.isRestricted();
                if (!wasRestricted) {
                    person.restrict(actor.username());
                }
                recordObjection(person, detail, wasRestricted ? "yes" : "no", "yes");
            }
            case REJECT -> {
                String restricted = person.isRestricted() ? "yes" : "no";
                recordObjection(person, detail, restricted, restricted);
            }
            case ERASE -> {
                recordObjection(person, detail, person.isRestricted() ? "yes" : "no", "erased");
                erase(person, "Objection upheld (Article 21): " + objection.reason());
            }
        }
    }

    private record ObjectionRecord(String grounds, String reason) {}

    /** The objection's text, or every field error at once. */
    private static ObjectionRecord objection(String grounds, ObjectionDecision decision, String decisionReason) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String why = stripped(grounds);
        if (why.length() < 10 || why.length() > 1000) {
            errors.add(new InvalidInputException.FieldError(
                    "grounds",
                    "Write the person's grounds for objecting in 10 to 1,000 characters, e.g. what they object to and"
                            + " why, with the date of their letter."));
        }
        if (decision == null) {
            errors.add(new InvalidInputException.FieldError(
                    "decision", "Choose a decision: uphold and restrict, uphold and erase, or reject."));
        }
        String because = stripped(decisionReason);
        if (because.length() < 10 || because.length() > 1000) {
            errors.add(new InvalidInputException.FieldError(
                    "decisionReason",
                    decision == ObjectionDecision.REJECT
                            ? "Write the compelling legitimate grounds that override theirs, in 10 to 1,000 characters."
                            : "Write the reason for your decision in 10 to 1,000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ObjectionRecord(why, because);
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private void recordObjection(Person person, String detail, String restrictedBefore, String restrictedAfter) {
        privacy.add(new PrivacyRequest(
                person.getId(), PrivacyRequestKind.OBJECTION, detail, actor.username(), Dates.now()));
        changeLog.updated(
                ContactService.PERSON,
                person.getId(),
                person.getName() + ": objection (Article 21) decided",
                Map.of("restricted", restrictedBefore, "objection", "none"),
                Map.of("restricted", restrictedAfter, "objection", detail));
    }

    /**
     * Restriction of processing (Article 18), for a recorded reason (a contested accuracy, an objection being
     * weighed): the data stays, but the person is on no page, list or report for anyone until it is lifted.
     */
    public void restrict(long personId, String reason) {
        requireOfficer();
        String why = reason(reason, "restricted");
        Person person = existing(personId);
        if (person.isRestricted()) {
            throw new ConflictException(person.getName() + " is already restricted, since "
                    + Dates.describe(person.getRestrictedAt()) + ".");
        }
        person.restrict(actor.username());
        record(person, PrivacyRequestKind.RESTRICTION, why, "no", "yes");
    }

    /** Lifts a restriction, for a recorded reason: the person is shown and listed again. */
    public void liftRestriction(long personId, String reason) {
        requireOfficer();
        String why = reason(reason, "no longer restricted");
        Person person = existing(personId);
        if (!person.isRestricted()) {
            throw new ConflictException(person.getName() + " is not restricted.");
        }
        person.liftRestriction(actor.username());
        record(person, PrivacyRequestKind.RESTRICTION_LIFTED, why, "yes", "no");
    }

    private void record(Person person, PrivacyRequestKind kind, String why, String before, String after) {
        privacy.add(new PrivacyRequest(person.getId(), kind, why, actor.username(), Dates.now()));
        changeLog.updated(
                ContactService.PERSON,
                person.getId(),
                person.getName() + ": " + kind.label().toLowerCase(java.util.Locale.ROOT),
                Map.of("restricted", before),
                Map.of("restricted", after));
    }

    /** The reason, stripped, or a field error saying what to write: "Write why the person is {done} ...". */
    private static String reason(String reason, String done) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10) {
            throw new InvalidInputException(
                    "reason",
                    "Write why the person is " + done + " (at least 10 characters), e.g. their request and its date.");
        }
        if (why.length() > 1000) {
            throw new InvalidInputException("reason", "Write the reason in 1,000 characters or fewer.");
        }
        return why;
    }

    /** The columns naming a person that the export covers: the core's and every module's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> coveredPersonColumns() {
        Set<String> covered = new HashSet<>(privacy.personColumns());
        modules.forEach(module -> covered.addAll(module.personColumns()));
        return covered;
    }

    private Person existing(long personId) {
        return privacy.findPerson(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    }

    private void requireOfficer() {
        if (!RoleSets.holds(actor, RoleSets.DATA_PROTECTION_OFFICERS)) {
            throw new AccessDeniedException("Only a data protection officer can use the privacy tools.");
        }
    }
}
