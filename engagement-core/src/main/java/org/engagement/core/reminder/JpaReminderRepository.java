package org.engagement.core.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.engagement.core.shared.Dates;

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
    public List<Due> followUpsDueBy(LocalDate day) {
        return em
                .createQuery(
                        "SELECT f.owner, f.id, f.due, f.action, e.organisation.name, e.organisation.id FROM FollowUp f"
                                + " JOIN f.engagement e WHERE f.done = false AND f.due <= :day",
                        Object[].class)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(r -> new Due(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Follow-up due " + Dates.describe((LocalDate) r[2]) + " at " + r[4] + ": " + r[3],
                        (Long) r[5]))
                .toList();
    }

    @Override
    public List<Due> policyReviewsDueBy(LocalDate day) {
        return em
                .createQuery(
                        "SELECT o.leadOfficer, p.id, p.nextReviewDue, o.name, o.id FROM SafeguardingProfile p"
                                + " JOIN p.organisation o WHERE p.nextReviewDue <= :day AND o.leadOfficer IS NOT NULL",
                        Object[].class)
                .setParameter("day", day)
                .getResultList()
                .stream()
                .map(r -> new Due(
                        (String) r[0],
                        (Long) r[1],
                        (LocalDate) r[2],
                        "Safeguarding policy review due " + Dates.describe((LocalDate) r[2]) + " at " + r[3],
                        (Long) r[4]))
                .toList();
    }

    @Override
    public List<Notification> notEmailedSince(Instant since) {
        return em.createNamedQuery("Notification.notEmailedSince", Notification.class)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public boolean exists(String recipient, ReminderKind kind, long recordId, LocalDate eventOn) {
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
}
