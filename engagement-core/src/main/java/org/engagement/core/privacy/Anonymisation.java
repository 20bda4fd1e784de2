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
 * The erasure's anonymisation of a person (the same steps as {@link PrivacyService#erase}), for work the application
 * does by itself: the retention schedule anonymises a person whose period has run out. No role check here: the caller
 * is the schedule, and it never reaches a person a module's legal duty holds ({@link #refusals}).
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
     * Removes the person's personal data everywhere as an erasure does, keeping their row under the placeholder name so
     * everything that counted still counts; records it in the requests register and the history with the reason.
     * Does nothing to a person already erased.
     */
    public void anonymise(long personId, String reason, String by) {
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
        privacy.eraseFromCoreRecords(personId, identifiers, replacement);
        modules.forEach(module -> module.erase(personId, replacement));
        privacy.add(new PrivacyRequest(personId, PrivacyRequestKind.ERASURE, reason, by, Dates.now()));
        changeLog.updated(
                ContactService.PERSON,
                personId,
                replacement + ": personal data anonymised by the retention schedule",
                Map.of("personal data", "held"),
                Map.of("personal data", "erased"));
    }
}
