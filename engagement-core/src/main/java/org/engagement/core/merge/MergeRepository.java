package org.engagement.core.merge;

import java.util.List;
import java.util.Optional;

/** The database work of merging: repointing every core record from one organisation to another, and the redirects. */
public interface MergeRepository {

    /**
     * Pairs of organisations that may be the same, one page, computed by the database; with a search, only pairs where
     * either name or postcode contains it.
     */
    List<PossibleDuplicate> possibleDuplicates(String search, int first, int size);

    long countPossibleDuplicates(String search);

    /** Points every core record naming {@code fromId} at {@code toId}; returns how many rows moved per table. */
    java.util.Map<String, Integer> repoint(long fromId, long toId);

    /** The names of agreements both organisations are parties to (a merge would make one party of two). */
    List<String> agreementsNamingBoth(long firstId, long secondId);

    /** Remembers that {@code removedId} now lives on as {@code survivorId}, for old links. */
    void redirect(long removedId, long survivorId, String by);

    Optional<Long> mergedInto(long removedId);
}
