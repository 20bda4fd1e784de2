package org.engagement.core.integrity;

/** An entry's place in its chain, the hash of the entry before it (or of the genesis) and its own hash. */
public record ChainLink(long position, String previousHash, String hash) {}
