package org.engagement.core.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where courses, sessions and training records are kept. */
public interface TrainingRepository {

    List<Course> courses();

    Optional<Course> courseById(long id);

    Optional<Course> courseByCode(String code);

    Optional<TrainingSession> sessionById(long id);

    /** Sessions held in the range, newest first; any audience if {@code audienceCode} is null. */
    List<TrainingSession> sessions(LocalDate from, LocalDate to, String audienceCode);

    List<TrainingSession> sessionsOf(long organisationId);

    /** Planned sessions the organisation hosts on or after {@code from}, soonest first. */
    List<TrainingSession> plannedFor(long organisationId, LocalDate from);

    /** Planned sessions whose day was before {@code day}, oldest first. */
    List<TrainingSession> plannedBefore(LocalDate day);

    /** People trained (headcount plus named attendees) per audience and day, summed by the database. */
    List<DayCount> peopleTrainedByAudienceAndDay(LocalDate from, LocalDate to);

    List<TrainingRecord> recordsOf(long personId);

    List<TrainingRecord> recordsOfSession(long sessionId);

    /** Training records of everyone with a role at the organisation, by name then newest first. */
    List<TrainingRecord> recordsOfPeopleAt(long organisationId);

    Set<Long> personIdsInSession(long sessionId);

    List<TrainingRecord> expiringBetween(LocalDate from, LocalDate to);

    /** Level codes of valid training held by each person with a role at the organisation, and how many people it has. */
    OrganisationHoldings holdingsOf(long organisationId, LocalDate on);

    List<EvaluationAnswer> answersOf(long sessionId);

    List<TrainingTarget> targetsOf(int yearStart);

    /** The sectors of the organisations where the person holds a role. */
    Set<org.engagement.core.organisation.Sector> sectorsOfPerson(long personId);

    List<String> organisationNamesOf(long personId);

    void add(Object entity);

    void flush();

    record DayCount(String audienceCode, LocalDate day, long people) {}

    /** @param levelsByPerson person id to the level codes of their valid training */
    record OrganisationHoldings(long people, java.util.Map<Long, Set<String>> levelsByPerson) {}
}
