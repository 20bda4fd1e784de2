package org.engagement.core.integrity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.engagement.core.access.RoleSets;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;

/** The data protection officer's check that the change history and the access log are as they were written. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LogIntegrity {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    @Inject
    private Actor actor;

    protected LogIntegrity() {}

    /** For use as a plain library. */
    public LogIntegrity(EntityManager em, Actor actor) {
        this.em = em;
        this.actor = actor;
    }

    /** Walks both chains, the change history first. */
    public List<ChainCheck> check() {
        if (!RoleSets.holds(actor, RoleSets.DATA_PROTECTION_OFFICERS)) {
            throw new AccessDeniedException("Only a data protection officer can check the logs.");
        }
        HashChain chains = new HashChain(em);
        return List.of(chains.check(HashChain.CHANGE_LOG), chains.check(HashChain.ACCESS_LOG));
    }
}
