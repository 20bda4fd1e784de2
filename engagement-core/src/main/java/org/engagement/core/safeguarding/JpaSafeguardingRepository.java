package org.engagement.core.safeguarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.organisation.Sector;

@ApplicationScoped
public class JpaSafeguardingRepository implements SafeguardingRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaSafeguardingRepository() {
    }

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaSafeguardingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<SafeguardingProfile> profileOf(long organisationId) {
        return em.createNamedQuery("SafeguardingProfile.findByOrganisation", SafeguardingProfile.class)
                .setParameter("organisationId", organisationId).getResultStream().findFirst();
    }

    @Override
    public List<SafeguardingProfile> profilesIn(Collection<Sector> sectors) {
        return em.createQuery("select p from SafeguardingProfile p where p.organisation.sector in :sectors",
                SafeguardingProfile.class).setParameter("sectors", List.copyOf(sectors)).getResultList();
    }

    @Override
    public Optional<AuditTemplate> template(String code) {
        return em.createNamedQuery("AuditTemplate.findByCode", AuditTemplate.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<AuditTemplate> templates() {
        return em.createNamedQuery("AuditTemplate.all", AuditTemplate.class).getResultList();
    }

    @Override
    public Optional<Audit> audit(long id) {
        return Optional.ofNullable(em.find(Audit.class, id));
    }

    @Override
    public List<Audit> auditsOf(long organisationId) {
        return em.createNamedQuery("Audit.findByOrganisation", Audit.class).setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public Map<Long, LocalDate> lastFinishedAuditDates() {
        Map<Long, LocalDate> dates = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Audit.lastFinishedDates", Object[].class).getResultList()) {
            dates.put((Long) row[0], (LocalDate) row[1]);
        }
        return dates;
    }

    @Override
    public List<Finding> openActions(Collection<Sector> sectors) {
        return em.createNamedQuery("Finding.openActions", Finding.class).setParameter("sectors", List.copyOf(sectors))
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
