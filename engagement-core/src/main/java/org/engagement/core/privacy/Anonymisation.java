package org.engagement.core.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.PersonalData;

/**
 * The one anonymisation of a person, for an erasure ({@link PrivacyService#erase}, which checks the role first) and
 * for the retention schedule, which anonymises a person whose period has run out. No role check here: the callers
 * check, and neither reaches a person a module's legal duty holds ({@link #refusals}).
 */
@ApplicationScoped
public class Anonymisation {

    @Inject
    private PrivacyRepository privacy;

    @Inject
    private ChangeLog changeLog;

    private Iterable<PersonalData> modules;

    protected Anonymisation() {}

    /** For use as a plain library, with the modules' personal data given. */
    public Anonymisation(PrivacyRepository privacy, ChangeLog changeLog, List<PersonalData> modules) {
        this.privacy = privacy;
        this.changeLog = changeLog;
        this.modules = modules;
    }

    @Inject
    void findModules(@Any Instance<PersonalData> found) {
        modules = found;
    }

    /** Why the person cannot be anonymised now (a licence in force); empty when nothing holds their data back. */
    public List<String> refusals(long personId) {
        List<String> refusals = new ArrayList<>();
        modules.forEach(module -> refusals.addAll(module.erasureRefusals(personId)));
        return refusals;
    }

    /**
     * Removes the person's personal data everywhere, keeping their row under the placeholder name so everything that
     * counted still counts: their details, their name, email and phone wherever officers wrote them, their own change
     * history's values, and every module's personal data about them. Records it in the requests register (the reason
     * without their name) and in the history, with what the change history's chain check found and did. Does nothing
     * to a person already erased. The one anonymisation of a person: erasure and the retention schedule both use it.
     *
     * @param doneBy what was done by whom, for the history: "erased by the data protection officer"
     */
    public void anonymise(long personId, String reason, String by, String doneBy) {
        Person person = privacy.findPerson(personId).orElse(null);
        if (person == null || person.isErased()) {
            return;
        }
        List<String> identifiers = new ArrayList<>();
        identifiers.add(person.getName());
        identifiers.add(person.getEmail());
        identifiers.add(person.getPhone());
        person.erase(by);
        String replacement = Person.erasedName(personId);
        String chain = privacy.eraseFromCoreRecords(personId, identifiers, replacement);
        modules.forEach(module -> module.erase(personId, replacement));
        privacy.add(new PrivacyRequest(
                personId, PrivacyRequestKind.ERASURE, without(identifiers, reason, replacement), by, Dates.now()));
        changeLog.updated(
                ContactService.PERSON,
                personId,
                replacement + ": personal data " + doneBy,
                Map.of("personal data", "held", "change history chain", "sealed"),
                Map.of("personal data", "erased", "change history chain", chain));
    }

    /** The anonymisation the retention schedule does when a person's period has run out. */
    public void anonymise(long personId, String reason, String by) {
        anonymise(personId, reason, by, "anonymised by the retention schedule");
    }

    private static String without(List<String> identifiers, String text, String replacement) {
        String cleaned = text;
        for (String identifier : identifiers) {
            if (cleaned != null && identifier != null && !identifier.isBlank()) {
                cleaned = cleaned.replace(identifier, replacement);
            }
        }
        return cleaned;
    }
}
