package org.engagement.core.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.engagement.core.contact.RestrictedPersonNames;
import org.engagement.core.shared.Dates;
import org.engagement.core.spi.DueReminder;

@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaReminderRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaReminderRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<DueReminder> followUpsDueBy(LocalDate day) {
        return rows(
                        "SELECT f.owner, f.id, f.due, f.action, e.organisation.name, e.organisation.id FROM FollowUp f"
                                + " JOIN f.engagement e WHERE f.done = false AND f.due <= :day",
                        day)
                .map(r -> DueReminder.to(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Follow-up due " + Dates.describe((LocalDate) r[2]) + " at " + r[4] + ": " + r[3],
                        (Long) r[5]))
                .toList();
    }

    @Override
    public List<DueReminder> policyReviewsDueBy(LocalDate day) {
        return rows(
                        "SELECT o.leadOfficer, p.id, p.nextReviewDue, o.name, o.id FROM SafeguardingProfile p"
                                + " JOIN p.organisation o WHERE p.nextReviewDue <= :day AND o.leadOfficer IS NOT NULL",
                        day)
                .map(r -> DueReminder.to(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Safeguarding policy review due " + Dates.describe((LocalDate) r[2]) + " at " + r[3],
                        (Long) r[4]))
                .toList();
    }

    @Override
    public List<DueReminder> trainingExpiringBetween(LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "SELECT o.leadOfficer, r.id, r.validUntil, p.name, c.title, o.name, o.id"
                                + " FROM TrainingRecord r JOIN r.person p JOIN r.course c, Affiliation a JOIN a.organisation o"
                                + " WHERE a.person = p AND a.endedOn IS NULL AND o.leadOfficer IS NOT NULL"
                                + " AND p.restrictedAt IS NULL" // a restricted person is named to nobody but the DPO
                                + " AND r.validUntil BETWEEN :from AND :to"
                                + " AND NOT EXISTS (SELECT later FROM TrainingRecord later WHERE later.person = p"
                                + " AND later.course = c AND (later.validUntil IS NULL OR later.validUntil > r.validUntil))",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .stream()
                .map(r -> DueReminder.to(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Training expires " + Dates.describe((LocalDate) r[2]) + ": " + r[3] + " (" + r[4] + ") at "
                                + r[5],
                        (Long) r[6]))
                .toList();
    }

    @Override
    public List<DueReminder> agreementReviewsDueBy(LocalDate day) {
        return rows(
                        "SELECT a.owner, a.id, a.reviewDate, a.title FROM InformationSharingAgreement a"
                                + " WHERE a.status = org.engagement.core.sharing.AgreementStatus.ACTIVE"
                                + " AND a.reviewDate <= :day",
                        day)
                .map(r -> DueReminder.to(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Information-sharing agreement review due " + Dates.describe((LocalDate) r[2]) + ": " + r[3],
                        null))
                .toList();
    }

    @Override
    public List<DueReminder> auditActionsDueBy(LocalDate day) {
        return rows(
                        "SELECT f.actionOwner, f.id, f.actionDue, f.actionText, o.name, o.id FROM Finding f"
                                + " JOIN f.audit au JOIN au.organisation o WHERE f.actionText IS NOT NULL"
                                + " AND f.actionOwner IS NOT NULL AND f.actionDone = false AND f.actionDue <= :day",
                        day)
                .map(r -> DueReminder.to(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Audit action due " + Dates.describe((LocalDate) r[2]) + " at " + r[4] + ": " + r[3],
                        (Long) r[5]))
                .toList();
    }

    private Stream<Object[]> rows(String query, LocalDate day) {
        return em.createQuery(query, Object[].class).setParameter("day", day).getResultList().stream();
    }

    @Override
    public List<Notification> notEmailedSince(Instant since) {
        return em.createNamedQuery("Notification.notEmailedSince", Notification.class)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public boolean exists(String recipient, String kind, long recordId, LocalDate eventOn) {
        return em.createNamedQuery("Notification.exists", Long.class)
                        .setParameter("recipient", recipient)
                        .setParameter("kind", kind)
                        .setParameter("recordId", recordId)
                        .setParameter("eventOn", eventOn)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<Notification> forRecipient(String recipient, int max) {
        return em.createNamedQuery("Notification.forRecipient", Notification.class)
                .setParameter("recipient", recipient)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long unreadCount(String recipient) {
        return em.createNamedQuery("Notification.unreadCount", Long.class)
                .setParameter("recipient", recipient)
                .getSingleResult();
    }

    @Override
    public Optional<Notification> find(long id) {
        return Optional.ofNullable(em.find(Notification.class, id));
    }

    @Override
    public List<String> restrictedNames() {
        return List.copyOf(RestrictedPersonNames.byId(em).values());
    }
}
