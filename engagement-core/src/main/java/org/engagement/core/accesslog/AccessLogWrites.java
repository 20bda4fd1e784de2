package org.engagement.core.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.engagement.core.integrity.HashChain;

/** Writes access-log entries, each linked into the log's hash chain in order. */
@ApplicationScoped
public class AccessLogWrites {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    /** A group of entries in a transaction of its own: one turn of the chain's head and one commit for them all. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeAll(List<AccessLogEntry> entries) {
        new HashChain(em).persistLinked(HashChain.ACCESS_LOG, entries);
    }
}
