package org.engagement.core.integrity;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The hash chains of the change history and the access log, on the caller's entity manager and transaction. An append
 * first takes its chain's head row lock (an UPDATE, which both Derby and PostgreSQL hold to the end of the
 * transaction), so appends from every server on the database are serialised and each gets the next place. The check
 * and the re-seal read the tables with plain SQL, so they see what the database holds, not what a cache remembers.
 */
public final class HashChain {

    public static final String CHANGE_LOG = "change_log";
    public static final String ACCESS_LOG = "access_log";

    /** The change-history field naming the last place pruned, in each entry that records a checkpoint's move. */
    public static final String PRUNED_THROUGH = "pruned through";

    /** The change-history field holding the checkpoint's hash, in each entry that records a checkpoint's move. */
    public static final String CHECKPOINT_HASH = "checkpoint hash";

    private static final int BATCH = 500;
    private static final String GENESIS = "genesis";

    private final EntityManager em;

    public HashChain(EntityManager em) {
        this.em = em;
    }

    /**
     * The next links for entries with these contents, in order, their places taken together under the chain's lock:
     * one read and two writes of the head however many entries (an import's history), not three per entry.
     */
    public List<ChainLink> appendAll(String chain, List<String> contents) {
        em.createNativeQuery("UPDATE log_chain_head SET entries = entries + ? WHERE chain_name = ?")
                .setParameter(1, contents.size())
                .setParameter(2, chain)
                .executeUpdate();
        Head head = head(chain);
        String previous = head.lastHash() != null ? head.lastHash() : sealGenesis(chain);
        long position = head.entries() - contents.size();
        List<ChainLink> links = new ArrayList<>(contents.size());
        for (String content : contents) {
            position++;
            String hash = hash(previous, position, content);
            links.add(new ChainLink(position, previous, hash));
            previous = hash;
        }
        em.createNativeQuery("UPDATE log_chain_head SET last_hash = ? WHERE chain_name = ?")
                .setParameter(1, previous)
                .setParameter(2, chain)
                .executeUpdate();
        return links;
    }

    /** Links the entries into the chain, in order, and saves them, in the entity manager's transaction. */
    public void persistLinked(String chain, List<? extends ChainedEntry> entries) {
        List<ChainLink> links = appendAll(
                chain, entries.stream().map(ChainedEntry::canonicalContent).toList());
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).link(links.get(i));
            em.persist(entries.get(i));
        }
    }

    /** Walks the chain from its genesis: intact, or the first entry that no longer matches. */
    public ChainCheck check(String chain) {
        return walk(chain, false).check();
    }

    /**
     * After an erasure rewrote entries (it anonymises them): recomputes every link from the first that no longer
     * matches (the genesis too, if an older entry was rewritten), under the chain's lock. Returns how many entries were
     * re-sealed, for the history entry that records it.
     */
    public long reseal(String chain) {
        em.flush();
        em.createNativeQuery("UPDATE log_chain_head SET entries = entries WHERE chain_name = ?")
                .setParameter(1, chain)
                .executeUpdate();
        return walk(chain, true).resealed;
    }

    /** Where the check starts after pruning: the last pruned place in the chain (0: none) and that entry's hash. */
    public record Checkpoint(long through, String hash) {

        static final Checkpoint NONE = new Checkpoint(0, null);

        /** As the change-history entry recording it holds it (see {@link #checkpointRecord}). */
        public Map<String, String> fields() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(PRUNED_THROUGH, String.valueOf(through));
            values.put(CHECKPOINT_HASH, hash == null ? "" : hash);
            return values;
        }
    }

    /**
     * The record type of the change-history entries that record each move of a chain's checkpoint (written by the
     * retention schedule when it prunes). The check compares the chain's checkpoint with the latest of them: the entry
     * is itself chained in the change history, after the change history's own checkpoint, so moving a checkpoint in
     * the database without a matching chained entry is found.
     */
    public static String checkpointRecord(String chain) {
        return CHANGE_LOG.equals(chain) ? "HistoryChainCheckpoint" : "AccessLogChainCheckpoint";
    }

    public Checkpoint checkpoint(String chain) {
        Head head = head(chain);
        return new Checkpoint(head.prunedThrough(), head.prunedHash());
    }

    /**
     * Deletes the chain's entries up to and including {@code position} (the retention schedule's oldest entries), under
     * the chain's lock, and records the checkpoint the check starts from: that place and the hash its entry was stored
     * with. The entries that remain still link to it, so an edit to any of them is still found; the entries pruned are
     * gone, and with them any edit they held. Returns how many entries were deleted.
     */
    public int pruneThrough(String chain, long position) {
        em.flush();
        em.createNativeQuery("UPDATE log_chain_head SET entries = entries WHERE chain_name = ?")
                .setParameter(1, chain)
                .executeUpdate();
        Head head = head(chain);
        if (position <= head.prunedThrough() || position > head.entries() || !checkpointAsRecorded(chain, head)) {
            // A checkpoint that disagrees with its record stays as it is: pruning on would bury the finding.
            return 0;
        }
        List<Entry> last = chained(chain, position, position);
        if (last.isEmpty()) {
            throw new IllegalStateException("Entry " + position + " of " + chain + " is missing: nothing pruned.");
        }
        update(
                "UPDATE log_chain_head SET pruned_through = ?, pruned_hash = ?, pruned_at = ? WHERE chain_name = ?",
                position,
                last.get(0).hash(),
                Timestamp.valueOf(java.time.LocalDateTime.now(ZoneOffset.UTC)),
                chain);
        String pruned = "chain_position IS NOT NULL AND chain_position <= " + position;
        if (CHANGE_LOG.equals(chain)) {
            em.createNativeQuery("DELETE FROM change_log_field WHERE entry_id IN (SELECT id FROM change_log WHERE "
                            + pruned + ")")
                    .executeUpdate();
        }
        return em.createNativeQuery("DELETE FROM " + chain + " WHERE " + pruned).executeUpdate();
    }

    private String sealGenesis(String chain) {
        String genesis = GENESIS;
        long count = 0;
        for (List<Entry> batch : legacy(chain)) {
            for (Entry entry : batch) {
                genesis = hash(genesis, 0, entry.content());
                count++;
            }
        }
        em.createNativeQuery("UPDATE log_chain_head SET genesis_hash = ?, genesis_entries = ?, sealed_at = ?"
                        + " WHERE chain_name = ?")
                .setParameter(1, genesis)
                .setParameter(2, count)
                .setParameter(3, Timestamp.valueOf(java.time.LocalDateTime.now(ZoneOffset.UTC)))
                .setParameter(4, chain)
                .executeUpdate();
        return genesis;
    }

    /** Walks the chain; with {@code repair}, re-links every entry from the first mismatch on instead of stopping. */
    private Walk walk(String chain, boolean repair) {
        Head head = head(chain);
        Walk walk = new Walk(chain, head);
        if (head.genesisHash() == null) {
            return walk;
        }
        String genesis = GENESIS;
        long sealed = 0;
        for (List<Entry> batch : legacy(chain)) {
            for (Entry entry : batch) {
                genesis = hash(genesis, 0, entry.content());
                sealed++;
            }
        }
        walk.sealed = sealed;
        if (!genesis.equals(head.genesisHash()) || sealed != head.genesisEntries()) {
            walk.fail(
                    null,
                    null,
                    "the entries older than the chain, sealed by its genesis (" + head.genesisEntries()
                            + "), were changed, added or removed (" + sealed + " now)");
            if (!repair) {
                return walk;
            }
            update(
                    "UPDATE log_chain_head SET genesis_hash = ?, genesis_entries = ? WHERE chain_name = ?",
                    genesis,
                    sealed,
                    chain);
        }
        // After the retention schedule pruned the oldest entries, the walk starts from the checkpoint it recorded.
        String previous = head.prunedThrough() > 0 ? head.prunedHash() : genesis;
        long expected = head.prunedThrough() + 1;
        for (long from = expected; from <= head.entries(); from += BATCH) {
            for (Entry entry : chained(chain, from, from + BATCH - 1)) {
                if (entry.position() != expected) {
                    walk.fail(expected, null, "entry " + expected + " is missing from the chain");
                    return walk;
                }
                String recomputed = hash(previous, expected, entry.content());
                boolean linked = previous.equals(entry.previousHash());
                boolean matches = recomputed.equals(entry.hash());
                if (!linked || !matches) {
                    walk.fail(
                            expected,
                            entry.id(),
                            !matches
                                    ? "its content no longer matches its hash: it was changed after it was written"
                                    : "it does not follow the entry before it");
                    if (!repair) {
                        return walk;
                    }
                    update(
                            "UPDATE " + chain + " SET previous_hash = ?, entry_hash = ? WHERE id = ?",
                            previous,
                            recomputed,
                            entry.id());
                    walk.resealed++;
                }
                previous = recomputed;
                expected++;
            }
        }
        if (expected - 1 != head.entries()) {
            walk.fail(expected, null, "entries from " + expected + " to " + head.entries() + " are missing");
            return walk;
        }
        if (repair) {
            update("UPDATE log_chain_head SET last_hash = ? WHERE chain_name = ?", previous, chain);
        } else if (!previous.equals(head.lastHash())) {
            walk.fail(head.entries(), null, "the chain's last hash is not the last entry's");
        } else if (!checkpointAsRecorded(chain, head)) {
            walk.fail(head.prunedThrough(), null, checkpointProblem(chain, head));
        }
        return walk;
    }

    /** Whether the chain's checkpoint is the one the latest chained checkpoint entry in the change history records. */
    private boolean checkpointAsRecorded(String chain, Head head) {
        Checkpoint recorded = recordedCheckpoint(chain).orElse(Checkpoint.NONE);
        return recorded.equals(new Checkpoint(head.prunedThrough(), head.prunedHash()));
    }

    private String checkpointProblem(String chain, Head head) {
        Optional<Checkpoint> recorded = recordedCheckpoint(chain);
        return "the checkpoint says entries 1 to " + head.prunedThrough() + " were deleted under the retention"
                + " schedule, but "
                + recorded.map(r -> "the last checkpoint the change history records is after entry " + r.through()
                                + (r.through() == head.prunedThrough() ? " with another hash" : ""))
                        .orElse("the change history records no such deletion")
                + ": the checkpoint was moved outside the application";
    }

    /** The checkpoint the latest chained checkpoint entry of this chain records, if any. */
    @SuppressWarnings("unchecked")
    private Optional<Checkpoint> recordedCheckpoint(String chain) {
        List<Object> latest = em.createNativeQuery("SELECT id FROM change_log WHERE record_type = ?"
                        + " AND chain_position IS NOT NULL ORDER BY chain_position DESC")
                .setParameter(1, checkpointRecord(chain))
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> after = new LinkedHashMap<>();
        for (Object[] field : (List<Object[]>)
                em.createNativeQuery("SELECT field_name, after_value FROM change_log_field WHERE entry_id = ?")
                        .setParameter(1, ((Number) latest.get(0)).longValue())
                        .getResultList()) {
            after.put((String) field[0], (String) field[1]);
        }
        String through = after.get(PRUNED_THROUGH);
        return Optional.of(new Checkpoint(through == null ? 0 : Long.parseLong(through), after.get(CHECKPOINT_HASH)));
    }

    private void update(String sql, Object... parameters) {
        var statement = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setParameter(i + 1, parameters[i]);
        }
        statement.executeUpdate();
    }

    private static final class Walk {
        private final String chain;
        private final Head head;
        private long sealed;
        private long resealed;
        private ChainCheck failure;

        Walk(String chain, Head head) {
            this.chain = chain;
            this.head = head;
        }

        void fail(Long position, Long entryId, String problem) {
            if (failure == null) {
                failure = ChainCheck.broken(
                        chain, head.entries(), sealed, head.prunedThrough(), position, entryId, problem);
            }
        }

        ChainCheck check() {
            return failure != null ? failure : ChainCheck.intact(chain, head.entries(), sealed, head.prunedThrough());
        }
    }

    private record Head(
            long entries,
            String lastHash,
            long genesisEntries,
            String genesisHash,
            long prunedThrough,
            String prunedHash) {}

    private Head head(String chain) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT entries, last_hash, genesis_entries, genesis_hash,"
                        + " pruned_through, pruned_hash FROM log_chain_head WHERE chain_name = ?")
                .setParameter(1, chain)
                .getSingleResult();
        return new Head(
                ((Number) row[0]).longValue(),
                (String) row[1],
                row[2] == null ? 0 : ((Number) row[2]).longValue(),
                (String) row[3],
                ((Number) row[4]).longValue(),
                (String) row[5]);
    }

    /** One chained or legacy entry as the database holds it. */
    private record Entry(long id, long position, String previousHash, String hash, String content) {}

    private List<Entry> chained(String chain, long from, long to) {
        return entries(chain, "chain_position BETWEEN " + from + " AND " + to, "chain_position");
    }

    /** The entries older than the chain, in id order, a batch at a time. */
    private Iterable<List<Entry>> legacy(String chain) {
        return () -> new java.util.Iterator<>() {
            private long afterId = -1;
            private List<Entry> next = load();

            private List<Entry> load() {
                List<Entry> batch = entries(chain, "chain_position IS NULL AND id > " + afterId, "id");
                if (!batch.isEmpty()) {
                    afterId = batch.get(batch.size() - 1).id();
                }
                return batch;
            }

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<Entry> next() {
                List<Entry> current = next;
                next = current.size() < BATCH ? List.of() : load();
                return current;
            }
        };
    }

    private List<Entry> entries(String chain, String condition, String order) {
        return CHANGE_LOG.equals(chain) ? changeLogEntries(condition, order) : accessLogEntries(condition, order);
    }

    @SuppressWarnings("unchecked")
    private List<Entry> changeLogEntries(String condition, String order) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, chain_position, previous_hash, entry_hash, record_type,"
                        + " record_id, action, changed_by, changed_at, summary FROM change_log WHERE " + condition
                        + " ORDER BY " + order)
                .setMaxResults(BATCH)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Object[]>> fields = new LinkedHashMap<>();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        List<Object[]> fieldRows = em.createNativeQuery("SELECT entry_id, field_name, before_value, after_value"
                        + " FROM change_log_field WHERE entry_id IN (" + join(ids) + ") ORDER BY entry_id, position")
                .getResultList();
        fieldRows.forEach(f -> fields.computeIfAbsent(((Number) f[0]).longValue(), id -> new ArrayList<>())
                .add(f));
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Canonical content = changeLogContent(
                    (String) r[4], ((Number) r[5]).longValue(), (String) r[6], (String) r[7], instant(r[8]), (String)
                            r[9]);
            fields.getOrDefault(id, List.of())
                    .forEach(f -> content.add(f[1]).add(f[2]).add(f[3]));
            entries.add(new Entry(id, position(r[1]), (String) r[2], (String) r[3], content.text()));
        }
        return entries;
    }

    @SuppressWarnings("unchecked")
    private List<Entry> accessLogEntries(String condition, String order) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, chain_position, previous_hash, entry_hash, viewed_at,"
                        + " username, roles, record_kind, record_id, person_id, detail, client_address FROM access_log"
                        + " WHERE " + condition + " ORDER BY " + order)
                .setMaxResults(BATCH)
                .getResultList();
        List<Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            String content = accessLogContent(
                    instant(r[4]),
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    number(r[8]),
                    number(r[9]),
                    (String) r[10],
                    (String) r[11]);
            entries.add(new Entry(((Number) r[0]).longValue(), position(r[1]), (String) r[2], (String) r[3], content));
        }
        return entries;
    }

    /** A change-history entry's canonical content before its fields (each field, before and after, follows). */
    public static Canonical changeLogContent(
            String recordType, long recordId, String action, String changedBy, Instant at, String summary) {
        return new Canonical()
                .add(recordType)
                .add(recordId)
                .add(action)
                .add(changedBy)
                .add(at)
                .add(summary);
    }

    /** An access-log entry's canonical content. */
    public static String accessLogContent(
            Instant at,
            String username,
            String roles,
            String recordKind,
            Long recordId,
            Long personId,
            String detail,
            String clientAddress) {
        return new Canonical()
                .add(at)
                .add(username)
                .add(roles)
                .add(recordKind)
                .add(recordId)
                .add(personId)
                .add(detail)
                .add(clientAddress)
                .text();
    }

    private static long position(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return ((Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static String hash(String previous, long position, String content) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previous.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(String.valueOf(position).getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            sha256.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
