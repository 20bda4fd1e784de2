package org.engagement.core.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.engagement.core.contact.RestrictedPersonNames;

@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaPlanRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaPlanRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Collection<String> restrictedNames() {
        return RestrictedPersonNames.byId(em).values();
    }

    @Override
    public List<ActionPlan> plans() {
        return em.createNamedQuery("ActionPlan.all", ActionPlan.class).getResultList();
    }

    @Override
    public Optional<ActionPlan> plan(long id) {
        return Optional.ofNullable(em.find(ActionPlan.class, id));
    }

    @Override
    public Optional<ActionPlan> planByTitle(String title) {
        return em.createNamedQuery("ActionPlan.findByTitle", ActionPlan.class)
                .setParameter("key", ActionPlan.titleKey(title))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Outcome> outcomesOf(long planId) {
        return em.createNamedQuery("Outcome.ofPlan", Outcome.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    @Override
    public List<PlanAction> actionsOf(long planId) {
        return em.createNamedQuery("PlanAction.ofPlan", PlanAction.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    @Override
    public Optional<PlanAction> action(long id) {
        return Optional.ofNullable(em.find(PlanAction.class, id));
    }

    @Override
    public Optional<PlanAction> actionByReference(long planId, String reference) {
        return em.createNamedQuery("PlanAction.byReference", PlanAction.class)
                .setParameter("plan", planId)
                .setParameter("key", PlanAction.referenceKey(reference))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<PlanAction> measuredActions() {
        return em.createNamedQuery("PlanAction.measured", PlanAction.class).getResultList();
    }

    @Override
    public List<ProgressUpdate> progressOf(long actionId) {
        return em.createNamedQuery("ProgressUpdate.ofAction", ProgressUpdate.class)
                .setParameter("action", actionId)
                .getResultList();
    }

    @Override
    public Map<Long, ProgressUpdate> latestProgressOf(long planId) {
        Map<Long, ProgressUpdate> latest = new LinkedHashMap<>();
        em.createNamedQuery("ProgressUpdate.latestOfPlan", ProgressUpdate.class)
                .setParameter("plan", planId)
                .getResultList()
                .forEach(u -> latest.putIfAbsent(u.getActionId(), u));
        return latest;
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
