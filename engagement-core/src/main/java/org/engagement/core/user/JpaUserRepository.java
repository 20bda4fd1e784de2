package org.engagement.core.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    public List<String> activeUsernamesHolding(Set<Role> roles) {
        return em.createQuery(
                        "SELECT DISTINCT u.username FROM UserAccount u JOIN u.roles r"
                                + " WHERE u.enabled = true AND r IN :roles ORDER BY u.username",
                        String.class)
                .setParameter("roles", roles)
                .getResultList();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }
}
