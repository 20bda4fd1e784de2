package org.engagement.core.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaContactRepository implements ContactRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaContactRepository() {}

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
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public List<Affiliation> affiliationsOfPerson(long personId) {
        return em.createNamedQuery("Affiliation.findByPerson", Affiliation.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    @Override
    public List<Long> affiliationIdsOf(long organisationId) {
        return em.createNamedQuery("Affiliation.idsByOrganisation", Long.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public List<Long> personIdsOf(long organisationId) {
        return em.createNamedQuery("Affiliation.personIdsByOrganisation", Long.class)
                .setParameter("organisationId", organisationId)
                .getResultList();
    }

    @Override
    public Set<Long> restrictedAmong(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery(
                        "select p.id from Person p where p.restrictedAt is not null and p.id in :ids", Long.class)
                .setParameter("ids", List.copyOf(personIds))
                .getResultList());
    }

    @Override
    public java.util.Map<Long, String> restrictedNames() {
        return RestrictedPersonNames.byId(em);
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
    public void remove(Person person) {
        em.remove(person);
    }

    /**
     * Counted in SQL on the core's own tables: the contact context sits below engagements, training and agreements
     * and must not import them.
     */
    @Override
    public List<String> otherRecordsNaming(long personId) {
        List<String> found = new ArrayList<>();
        count(
                found,
                "select count(*) from engagement_person where person_id = ?",
                personId,
                "engagement",
                "engagements");
        count(
                found,
                "select count(*) from training_record where person_id = ?",
                personId,
                "training record",
                "training records");
        count(
                found,
                "select count(*) from safeguarding_profile where lead_person_id = ? or deputy_person_id = ?"
                        + " or trustee_lead_person_id = ?",
                personId,
                "safeguarding role",
                "safeguarding roles");
        count(
                found,
                "select count(*) from agreement_party where signatory_id = ?",
                personId,
                "signature on a sharing agreement",
                "signatures on sharing agreements");
        return found;
    }

    private void count(List<String> found, String sql, long personId, String one, String many) {
        var query = em.createNativeQuery(sql);
        for (int i = 1; i <= sql.chars().filter(c -> c == '?').count(); i++) {
            query.setParameter(i, personId);
        }
        long n = ((Number) query.getSingleResult()).longValue();
        if (n > 0) {
            found.add(n + " " + (n == 1 ? one : many));
        }
    }

    @Override
    public List<Long> idsOf(long personId) {
        return MergedPersonIds.of(em, personId);
    }

    @Override
    public Optional<Long> mergedInto(long removedId) {
        return MergedPersonIds.mergedInto(em, removedId);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
