package org.engagement.core.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Sign-in failure counts in the database, so that every instance of a cluster sees the same counts and lockouts
 * (issue 16: security state is cluster-wide). Each change reads its row with a write lock and writes it back in one
 * short transaction of its own, so failures on two servers at once are both counted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaFailureCounts implements FailureCounts {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    protected JpaFailureCounts() {}

    /** For use as a plain library, with an entity manager (and transactions) the caller manages. */
    public JpaFailureCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FailureCount> find(String key) {
        return Optional.ofNullable(em.find(SignInFailure.class, key)).map(SignInFailure::count);
    }

    /** One statement for an account and an address: every API call asks both before it is let in. */
    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, FailureCount> findAll(Collection<String> keys) {
        return em.createNamedQuery("SignInFailure.byKeys", SignInFailure.class)
                .setParameter("keys", List.copyOf(keys))
                .getResultStream()
                .collect(Collectors.toMap(SignInFailure::key, SignInFailure::count));
    }

    @Override
    public FailureCount update(String key, UnaryOperator<FailureCount> next) {
        SignInFailure row = em.find(SignInFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            FailureCount first = next.apply(null);
            em.persist(new SignInFailure(key, first));
            // Now, not at commit: if another server inserted the same key meanwhile, this fails here and the
            // caller's retry finds that row and locks it.
            em.flush();
            return first;
        }
        FailureCount counted = next.apply(row.count());
        row.set(counted);
        return counted;
    }

    @Override
    public void clear(String key) {
        SignInFailure row = em.find(SignInFailure.class, key);
        if (row != null) {
            em.remove(row);
        }
    }

    @Override
    public void forgetIdleSince(Instant idleSince, Instant now) {
        em.createNamedQuery("SignInFailure.forgetIdle")
                .setParameter("idleSince", idleSince)
                .setParameter("now", now)
                .executeUpdate();
    }
}
