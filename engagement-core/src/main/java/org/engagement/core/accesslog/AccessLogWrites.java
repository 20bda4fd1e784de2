package org.engagement.core.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.engagement.core.integrity.ChainLink;
import org.engagement.core.integrity.HashChain;

/** Writes access-log entries, each linked into the log's hash chain in order. */
@ApplicationScoped
public class AccessLogWrites {

    @PersistenceContext(unitName = "engagement")
    private EntityManager em;

    /** A group of entries in a transaction of its own: one turn of the chain's head and one commit for them all. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void writeAll(List<AccessLogEntry> entries) {
        persistLinked(em, entries);
    }

    /** Links the entries into the chain, in order, and saves them, in the entity manager's transaction. */
    static void persistLinked(EntityManager em, List<AccessLogEntry> entries) {
        List<ChainLink> links = new HashChain(em)
                .appendAll(
                        HashChain.ACCESS_LOG,
                        entries.stream().map(AccessLogEntry::canonicalContent).toList());
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).link(links.get(i));
            em.persist(entries.get(i));
        }
    }
}
