package org.engagement.core.integrity;

/** An entry of a hash-chained log: what its hash covers, and where the chain puts it. */
public interface ChainedEntry {

    /** The entry's content as its hash covers it. */
    String canonicalContent();

    /** Takes its place in the chain, before it is saved. */
    void link(ChainLink link);
}
