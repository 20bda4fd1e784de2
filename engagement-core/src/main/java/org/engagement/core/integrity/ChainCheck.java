package org.engagement.core.integrity;

/**
 * The result of walking one chain: intact, or the first entry (by place in the chain and id) that no longer matches,
 * with what is wrong in words. {@code sealedBeforeChain} is how many entries older than the chain its genesis covers;
 * {@code prunedThrough} the last place in the chain the retention schedule deleted (0: none).
 */
public record ChainCheck(
        String chain,
        boolean intact,
        long entries,
        long sealedBeforeChain,
        long prunedThrough,
        Long brokenAt,
        Long brokenEntryId,
        String problem) {

    static ChainCheck intact(String chain, long entries, long sealed, long pruned) {
        return new ChainCheck(chain, true, entries, sealed, pruned, null, null, null);
    }

    static ChainCheck broken(
            String chain, long entries, long sealed, long pruned, Long position, Long entryId, String problem) {
        return new ChainCheck(chain, false, entries, sealed, pruned, position, entryId, problem);
    }

    /** In words, for the page and the re-seal's history entry. */
    public String describe() {
        if (intact) {
            return "Intact: " + entries + " entries chained"
                    + (sealedBeforeChain > 0
                            ? ", and " + sealedBeforeChain + " older entries sealed by its genesis"
                            : "")
                    + (prunedThrough > 0
                            ? "; entries 1 to " + prunedThrough
                                    + " were deleted under the retention schedule, and the check starts from the"
                                    + " checkpoint they left"
                            : "")
                    + ".";
        }
        return "Broken at entry " + (brokenAt == null ? "(genesis)" : brokenAt)
                + (brokenEntryId == null ? "" : " (record " + brokenEntryId + ")") + ": " + problem;
    }
}
