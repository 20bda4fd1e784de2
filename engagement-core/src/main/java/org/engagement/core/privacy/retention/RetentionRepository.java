package org.engagement.core.privacy.retention;

import java.time.LocalDate;
import java.util.List;
import org.engagement.core.integrity.ChainCheck;
import org.engagement.core.integrity.HashChain;
import org.engagement.core.spi.RetainedRecord;

/** What the retention schedule reads and writes: its rows and runs, and the core's records as each kind comes due. */
public interface RetentionRepository {

    List<RetentionRule> rules();

    void add(RetentionRule rule);

    /** Stores the run and writes it, so it has its id for the history. */
    void add(RetentionRun run);

    void flush();

    List<RetentionRun> latestRuns(int count);

    /** Where a hash chain's check starts after pruning ({@link HashChain#CHANGE_LOG} or {@link HashChain#ACCESS_LOG}). */
    HashChain.Checkpoint checkpoint(String chain);

    /** Walks the change history's chain as it stands (see {@link HashChain#check}), before a run rewrites it. */
    ChainCheck checkHistory();

    /** Re-links the change history's chain after a run rewrote or deleted entries (see {@link HashChain#reseal}). */
    void resealHistory();

    /** Records of a core kind other than people that come due on or before the day, oldest first, at most limit. */
    List<RetainedRecord> due(String kind, LocalDate countsFromOnOrBefore, int limit);

    /**
     * People whose every role has ended on or before the day, and people with no role whose record last changed before
     * it; never one already erased or under restriction (the officer is weighing something).
     */
    List<RetainedRecord> peopleWithNoActiveRole(LocalDate day);

    /** Anonymises or deletes the records of a core kind other than people, as its row says; how many it changed. */
    int apply(String kind, List<Long> ids);
}
