package org.engagement.core.privacy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.contact.Person;
import org.engagement.core.shared.PageOf;
import org.engagement.core.spi.PersonalDataSection;

/** What the privacy tools read and write of the core's own records. */
public interface PrivacyRepository {

    /** The core's columns that name a person ({@code table.column}), each read by {@link #coreSections}. */
    Set<String> personColumns();

    /** Everyone recorded whose name or email contains the words, by name; every sector, every register. */
    PageOf<PersonSummary> findPeople(String words, int first, int size);

    Optional<Person> findPerson(long personId);

    /** What the core holds about the person, a section per kind of record, the change history last. */
    List<PersonalDataSection> coreSections(Person person);

    void add(PrivacyRequest request);

    void add(Objection objection);

    /**
     * The core's part of an erasure, after the person's own row: their certificate numbers and invitations go, their
     * own change history loses its values, and their name, email and phone leave every free text (see
     * {@link TextRedaction}). The change history's hash chain is checked before and re-sealed after (erasure rewrites
     * entries); returns what that found and did, in words, for the erasure's own history entry.
     */
    String eraseFromCoreRecords(long personId, List<String> identifiers, String replacementName);
}
