package org.engagement.core.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaContactRepository implements ContactRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaContactRepository() {
    }

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaContactRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Person> findPerson(long id) {
        return Optional.ofNullable(em.find(Person.class, id));
    }

    @Override
    public Optional<Affiliation> findAffiliation(long id) {
        return Optional.ofNullable(em.find(Affiliation.class, id));
    }

    @Override
    public List<Affiliation> affiliationsOf(long organisationId) {
        return em.createNamedQuery("Affiliation.findByOrganisation", Affiliation.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public List<Affiliation> affiliationsOfPerson(long personId) {
        return em.createNamedQuery("Affiliation.findByPerson", Affiliation.class)
                .setParameter("personId", personId).getResultList();
    }

    @Override
    public List<Long> affiliationIdsOf(long organisationId) {
        return em.createNamedQuery("Affiliation.idsByOrganisation", Long.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public List<Long> personIdsOf(long organisationId) {
        return em.createNamedQuery("Affiliation.personIdsByOrganisation", Long.class)
                .setParameter("organisationId", organisationId).getResultList();
    }

    @Override
    public void add(Person person) {
        em.persist(person);
    }

    @Override
    public void add(Affiliation affiliation) {
        em.persist(affiliation);
    }

    @Override
    public void remove(Affiliation affiliation) {
        em.remove(affiliation);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
