package org.engagement.core.contact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where people and their roles at organisations are kept. */
public interface ContactRepository {

    Optional<Person> findPerson(long id);

    Optional<Affiliation> findAffiliation(long id);

    List<Affiliation> affiliationsOf(long organisationId);

    /** The roles the person holds, by organisation name. */
    List<Affiliation> affiliationsOfPerson(long personId);

    List<Long> affiliationIdsOf(long organisationId);

    List<Long> personIdsOf(long organisationId);

    void add(Person person);

    void add(Affiliation affiliation);

    void remove(Affiliation affiliation);

    void remove(Person person);

    /** What of the core's other records (engagements, training, safeguarding roles, agreements) name the person. */
    List<String> otherRecordsNaming(long personId);

    /** Of these people, those under a restriction of processing. */
    Set<Long> restrictedAmong(Collection<Long> personIds);

    /** Everyone under a restriction of processing now, id to name (few: a restriction is rare and short). */
    java.util.Map<Long, String> restrictedNames();

    /** The person's id and every id merged into it: the ids their history and access log entries are kept under. */
    List<Long> idsOf(long personId);

    /** The person a removed id was merged into, if it was. */
    Optional<Long> mergedInto(long removedId);

    void flush();
}
