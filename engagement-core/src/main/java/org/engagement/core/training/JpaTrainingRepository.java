package org.engagement.core.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.engagement.core.organisation.Sector;

@ApplicationScoped
public class JpaTrainingRepository implements TrainingRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaTrainingRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaTrainingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Course> courses() {
        return em.createNamedQuery("Course.findAll", Course.class).getResultList();
    }

    @Override
    public Optional<Course> courseById(long id) {
        return Optional.ofNullable(em.find(Course.class, id));
    }

    @Override
    public Optional<Course> courseByCode(String code) {
        return em.createNamedQuery("Course.findByCode", Course.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<TrainingSession> sessionById(long id) {
        return Optional.ofNullable(em.find(TrainingSession.class, id));
    }

    @Override
    public List<TrainingSession> sessions(LocalDate from, LocalDate to, String audienceCode) {
        // Built rather than named: Derby cannot type a parameter in "? IS NULL".
        String jpql = "SELECT s FROM TrainingSession s JOIN FETCH s.course WHERE s.heldOn BETWEEN :from AND :to"
                + (audienceCode == null ? "" : " AND s.audienceCode = :audience")
                + " ORDER BY s.heldOn DESC, s.id DESC";
        TypedQuery<TrainingSession> query = em.createQuery(jpql, TrainingSession.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (audienceCode != null) {
            query.setParameter("audience", audienceCode);
        }
        return query.getResultList();
    }

    @Override
    public List<TrainingSession> plannedFor(long organisationId, LocalDate from) {
        return em.createNamedQuery("TrainingSession.plannedFor", TrainingSession.class)
                .setParameter("organisationId", organisationId)
                .setParameter("today", from)
                .getResultList();
    }

    @Override
    public List<TrainingSession> plannedBefore(LocalDate day) {
        return em.createNamedQuery("TrainingSession.plannedBefore", TrainingSession.class)
                .setParameter("today", day)
                .getResultList();
    }

    @Override
    public List<TrainingSession> sessionsOf(long organisationId) {
        return em.createNamedQuery("TrainingSession.findByOrganisation", TrainingSession.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public List<DayCount> peopleTrainedByAudienceAndDay(LocalDate from, LocalDate to) {
        return em
                .createNamedQuery("TrainingSession.countByAudienceAndDay", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(row -> new DayCount((String) row[0], (LocalDate) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    @Override
    public List<TrainingRecord> recordsOf(long personId) {
        return em.createNamedQuery("TrainingRecord.findByPerson", TrainingRecord.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    @Override
    public List<TrainingRecord> recordsOfSession(long sessionId) {
        return em.createNamedQuery("TrainingRecord.findBySession", TrainingRecord.class)
                .setParameter("sessionId", sessionId)
                .getResultList();
    }

    @Override
    public List<TrainingRecord> recordsOfPeopleAt(long organisationId) {
        return em.createQuery(
                        "SELECT DISTINCT r FROM TrainingRecord r, Affiliation a WHERE a.person = r.person"
                                + " AND a.organisation.id = :organisationId ORDER BY r.person.name, r.completedOn DESC",
                        TrainingRecord.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public Set<Long> personIdsInSession(long sessionId) {
        return new HashSet<>(em.createNamedQuery("TrainingRecord.personIdsInSession", Long.class)
                .setParameter("sessionId", sessionId)
                .getResultList());
    }

    @Override
    public List<TrainingRecord> expiringBetween(LocalDate from, LocalDate to) {
        return em.createNamedQuery("TrainingRecord.expiringBetween", TrainingRecord.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public OrganisationHoldings holdingsOf(long organisationId, LocalDate on) {
        long people = em.createQuery(
                        "SELECT COUNT(DISTINCT a.person.id) FROM Affiliation a"
                                + " WHERE a.organisation.id = :organisationId",
                        Long.class)
                .setParameter("organisationId", organisationId)
                .getSingleResult();
        List<Object[]> rows = em.createQuery(
                        "SELECT DISTINCT r.person.id, r.course.levelCode FROM TrainingRecord r,"
                                + " Affiliation a WHERE a.person = r.person AND a.organisation.id = :organisationId"
                                + " AND (r.validUntil IS NULL OR r.validUntil >= :on)",
                        Object[].class)
                .setParameter("organisationId", organisationId)
                .setParameter("on", on)
                .getResultList();
        Map<Long, Set<String>> levels = new HashMap<>();
        for (Object[] row : rows) {
            levels.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((String) row[1]);
        }
        return new OrganisationHoldings(people, levels);
    }

    @Override
    public List<EvaluationAnswer> answersOf(long sessionId) {
        return em.createNamedQuery("EvaluationAnswer.findBySession", EvaluationAnswer.class)
                .setParameter("sessionId", sessionId)
                .getResultList();
    }

    @Override
    public List<TrainingTarget> targetsOf(int yearStart) {
        return em.createNamedQuery("TrainingTarget.findByYear", TrainingTarget.class)
                .setParameter("yearStart", yearStart)
                .getResultList();
    }

    @Override
    public Set<Sector> sectorsOfPerson(long personId) {
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT a.organisation.sector FROM Affiliation a" + " WHERE a.person.id = :personId",
                        Sector.class)
                .setParameter("personId", personId)
                .getResultList());
    }

    @Override
    public List<String> organisationNamesOf(long personId) {
        return em.createQuery(
                        "SELECT a.organisation.name FROM Affiliation a WHERE a.person.id = :personId"
                                + " ORDER BY a.organisation.name",
                        String.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
