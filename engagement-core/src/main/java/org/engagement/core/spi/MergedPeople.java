package org.engagement.core.spi;

/**
 * Implemented (as a CDI bean) by a module whose records point at people (by id), e.g. a taxi driver record. When an
 * administrator merges two people who are the same, the core asks every implementation, in the merge's transaction, to
 * point its records at the survivor, so nothing a module keeps is left naming the person removed (a module that has a
 * {@link PersonReferences} but no {@code MergedPeople} makes the merge refuse, with its words, rather than orphan its
 * records). An implementation that cannot (say, each has a one-per-person record) throws a {@code ConflictException}
 * saying what to do first; the whole merge is then undone.
 */
public interface MergedPeople {

    void merged(long removedId, long survivorId);
}
