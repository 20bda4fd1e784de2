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

    /**
     * Pairs of people who may be the same (same name, whatever its case and spacing, with a role at the same
     * organisation, or the same email or phone), neither erased nor restricted, one page; with a search, only pairs
     * where either name or email contains it.
     */
    List<PossibleDuplicatePerson> possibleDuplicatePeople(String search, int first, int size);

    long countPossibleDuplicatePeople(String search);

    /** The person as recorded, restricted or erased too (a merge says why it refuses those). */
    Optional<org.engagement.core.contact.Person> findPerson(long personId);

    /**
     * Points every core record naming the person {@code fromId} at {@code toId}, keeping one row where both were named
     * (one engagement, one invitation, one role at one organisation, one attendance of one session); returns how many
     * rows moved or were folded together, per kind. The access log is left as it is (see {@link #PERSON_COLUMNS_KEPT}).
     */
    java.util.Map<String, Integer> repointPerson(long fromId, long toId);

    /** Every core column naming a person that {@link #repointPerson} moves ({@code table.column}). */
    java.util.Set<String> personColumnsRepointed();

    /**
     * The core columns naming a person that a merge leaves naming the removed id on purpose: the access log is
     * hash-chained, so its entries are read for the survivor through the redirect instead.
     */
    java.util.Set<String> PERSON_COLUMNS_KEPT = java.util.Set.of("access_log.person_id");

    /** Remembers that the person {@code removedId} now lives on as {@code survivorId}. */
    void redirectPerson(long removedId, long survivorId, String by);
}
