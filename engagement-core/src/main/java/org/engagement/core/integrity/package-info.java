/**
 * Tamper evidence for the append-only logs (the change history and the access log): each entry is chained to the one
 * before it by a SHA-256 hash, appends are serialised through a one-row head per chain, and a check walks a chain and
 * reports it intact or names the first entry that no longer matches.
 */
package org.engagement.core.integrity;
