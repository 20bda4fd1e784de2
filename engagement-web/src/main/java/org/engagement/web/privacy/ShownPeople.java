package org.engagement.web.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.List;
import org.engagement.core.contact.ContactService;
import org.engagement.core.contact.Person;

/**
 * People named by a record (an engagement's people present, a safeguarding lead, an agreement's signatory) as the
 * signed-in user may be shown them: a restricted person is left out for everyone but the data protection officer.
 * Pages ({@code #{shownPeople.of(e.people)}}) and API views go through it, so no page shows a record's people raw.
 */
@Named
@RequestScoped
public class ShownPeople {

    @Inject
    private ContactService contacts;

    public List<Person> of(Collection<Person> people) {
        return contacts.shown(people);
    }

    /** The person, or null when they may not be shown (the role then reads as not filled). */
    public Person one(Person person) {
        return contacts.shown(person);
    }

    public String name(Person person) {
        Person shown = one(person);
        return shown == null ? null : shown.getName();
    }

    public Long id(Person person) {
        Person shown = one(person);
        return shown == null ? null : shown.getId();
    }
}
