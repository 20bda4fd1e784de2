package org.engagement.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaUserRepository() {}

    /** For use as a plain library, with an entity manager the caller manages. */
    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", UserAccount.normaliseUsername(username))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
