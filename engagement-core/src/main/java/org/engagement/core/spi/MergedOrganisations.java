package org.engagement.core.spi;

/**
 * Implemented (as a CDI bean) by a module whose records point at organisations (by id), e.g. a driver's operator. When
 * an administrator merges two organisations that are the same, the core asks every implementation, in the merge's
 * transaction, to point its records at the survivor, so nothing a module keeps is left pointing at the one removed. An
 * implementation that cannot (say, each has a one-per-organisation record) throws a {@code ConflictException} saying
 * what to do first; the whole merge is then undone.
 */
public interface MergedOrganisations {

    void merged(long removedId, long survivorId);
}
