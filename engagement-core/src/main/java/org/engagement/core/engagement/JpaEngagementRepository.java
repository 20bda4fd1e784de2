package org.engagement.core.engagement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaEngagementRepository implements EngagementRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaEngagementRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaEngagementRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Engagement> findById(long id) {
        return Optional.ofNullable(em.find(Engagement.class, id));
    }

    @Override
    public List<Engagement> findByOrganisation(long organisationId) {
        return em.createNamedQuery("Engagement.findByOrganisation", Engagement.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public List<Long> idsByOrganisation(long organisationId) {
        return em.createNamedQuery("Engagement.idsByOrganisation", Long.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public List<FollowUp> openFollowUpsOf(String owner) {
        return em.createNamedQuery("FollowUp.openForOwner", FollowUp.class)
                .setParameter("owner", owner.toLowerCase(Locale.ROOT))
                .getResultList();
    }

    @Override
    public void add(Engagement engagement) {
        em.persist(engagement);
    }

    @Override
    public void remove(Engagement engagement) {
        em.remove(engagement);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
