package org.engagement.core.integrity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * An entry's place in its log's hash chain: its position, the hash of the entry before it and its own. Embedded by
 * every chained log (the change history, the access log), so each takes its place once, the same way.
 */
@Embeddable
public class ChainSeal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "chain_position")
    private Long position;

    @Column(name = "previous_hash", length = 64)
    private String previousHash;

    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    /** Takes the entry's place in the chain, once, before it is saved. */
    public void link(ChainLink link, String entryKind) {
        if (position != null) {
            throw new IllegalStateException(entryKind + " is linked into the chain once.");
        }
        position = link.position();
        previousHash = link.previousHash();
        entryHash = link.hash();
    }

    public Long getPosition() {
        return position;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
