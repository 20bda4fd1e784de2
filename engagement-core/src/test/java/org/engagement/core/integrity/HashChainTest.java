package org.engagement.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.engagement.core.accesslog.AccessLog;
import org.engagement.core.audit.ChangeLog;
import org.engagement.core.shared.AccessDeniedException;
import org.engagement.core.shared.Actor;
import org.engagement.core.testing.FixedActor;
import org.engagement.core.testing.TestDatabase;
import org.engagement.core.user.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tamper evidence on a real database (Derby, and PostgreSQL in the build's second run): every entry of the change
 * history and the access log is chained by SHA-256; an edit made directly in the database, a deleted entry or an
 * edited entry older than the chain is found and named; appends from two servers at once are serialised into one
 * unbroken chain.
 */
class HashChainTest {

    private static final Actor DPO = new FixedActor("dora", Set.of(Role.DATA_PROTECTION_OFFICER));
    private static final Actor FIONA = new FixedActor("fiona", Set.of(Role.FAITH_LEAD));
    private static final Actor SYSTEM = new FixedActor("system", Set.of());

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private void history(int entries, String label) {
        db.inTransaction(em -> {
            ChangeLog log = new ChangeLog(em, FIONA);
            for (int i = 1; i <= entries; i++) {
                log.updated("Organisation", i, label + " " + i, Map.of("name", "Old " + i), Map.of("name", "New " + i));
            }
            return null;
        });
    }

    private void views(int entries) {
        db.inTransaction(em -> {
            AccessLog log = new AccessLog(em, FIONA, () -> "192.0.2.9", Clock.systemUTC());
            for (int i = 1; i <= entries; i++) {
                log.viewed("Person", i, (long) i);
            }
            return null;
        });
    }

    private List<ChainCheck> check() {
        return db.inTransaction(em -> new LogIntegrity(em, DPO).check());
    }

    private ChainCheck changeHistory() {
        return check().get(0);
    }

    private ChainCheck accessLog() {
        return check().get(1);
    }

    private void sql(String statement, Object... parameters) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement update = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            assertThat(update.executeUpdate()).isPositive();
        }
    }

    @Test
    void anEditMadeDirectlyInTheDatabaseIsFoundAtItsEntry() throws SQLException {
        history(5, "Renamed");
        views(4);
        assertThat(check())
                .allSatisfy(c -> assertThat(c.intact()).as(c.describe()).isTrue());
        assertThat(changeHistory().entries()).isEqualTo(5);
        assertThat(accessLog().entries()).isEqualTo(4);

        sql("UPDATE change_log SET summary = 'Renamed nothing' WHERE chain_position = 3");
        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.brokenAt()).isEqualTo(3);
            assertThat(c.describe()).contains("Broken at entry 3", "changed after it was written");
        });

        sql("UPDATE access_log SET username = 'somebody' WHERE chain_position = 2");
        assertThat(accessLog().brokenAt()).isEqualTo(2);
    }

    @Test
    void entriesAppendedTogetherTakeTheNextPlacesInOrderAndAnEditAmongThemIsFound() throws SQLException {
        history(2, "Renamed");
        db.inTransaction(em -> {
            new ChangeLog(em, FIONA)
                    .createdAll(
                            "Organisation",
                            List.of(
                                    new ChangeLog.Created(10, "Organisation A created", Map.of("name", "A")),
                                    new ChangeLog.Created(11, "Organisation B created", Map.of("name", "B")),
                                    new ChangeLog.Created(12, "Organisation C created", Map.of("name", "C"))));
            return null;
        });
        history(1, "Later");
        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).as(c.describe()).isTrue();
            assertThat(c.entries()).isEqualTo(6);
        });
        sql("UPDATE change_log SET summary = 'Organisation Forged created' WHERE chain_position = 4");
        assertThat(changeHistory().brokenAt()).isEqualTo(4);
    }

    @Test
    void anEditedFieldValueAndADeletedEntryAreFoundToo() throws SQLException {
        history(4, "Renamed");
        sql("UPDATE change_log_field SET after_value = 'Forged' WHERE entry_id ="
                + " (SELECT id FROM change_log WHERE chain_position = 2)");
        assertThat(changeHistory().brokenAt()).isEqualTo(2);

        views(3);
        sql("DELETE FROM access_log WHERE chain_position = 3");
        assertThat(accessLog()).satisfies(c -> assertThat(c.describe()).contains("Broken at entry 3", "missing"));
    }

    /** Prunes as the retention schedule does: the chain's oldest entries, then the checkpoint's chained record. */
    private int prune(String chain, long through) {
        return db.inTransaction(em -> {
            HashChain chains = new HashChain(em);
            HashChain.Checkpoint before = chains.checkpoint(chain);
            int pruned = chains.pruneThrough(chain, through);
            if (pruned > 0) {
                new ChangeLog(em, SYSTEM).checkpoint(chain, before, chains.checkpoint(chain));
            }
            return pruned;
        });
    }

    /** The hash an entry was stored with, as someone with the database in hand reads it. */
    private String storedHash(String chain, long position) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement read =
                        c.prepareStatement("SELECT entry_hash FROM " + chain + " WHERE chain_position = ?")) {
            read.setLong(1, position);
            try (var rows = read.executeQuery()) {
                assertThat(rows.next()).as("entry " + position + " of " + chain).isTrue();
                return rows.getString(1);
            }
        }
    }

    /**
     * What someone able to write to the database would do to hide entries: delete the next ones after the checkpoint
     * and move the checkpoint to the hash of the last one deleted, which the entry after it still links to.
     */
    private void pruneByHand(String chain, long from, long through) throws SQLException {
        String hash = storedHash(chain, through);
        for (long place = from; place <= through; place++) {
            if (chain.equals(HashChain.CHANGE_LOG)) {
                sql(
                        "DELETE FROM change_log_field WHERE entry_id = (SELECT id FROM change_log WHERE chain_position = ?)",
                        place);
            }
            sql("DELETE FROM " + chain + " WHERE chain_position = ?", place);
        }
        sql("UPDATE log_chain_head SET pruned_through = ?, pruned_hash = ? WHERE chain_name = ?", through, hash, chain);
    }

    @Test
    void aCheckpointMovedWithItsHashButWithoutItsChainedRecordIsFoundAndNotPrunedPast() throws SQLException {
        history(8, "Renamed");
        views(6);
        assertThat(prune(HashChain.CHANGE_LOG, 2)).isEqualTo(2);
        assertThat(prune(HashChain.ACCESS_LOG, 2)).isEqualTo(2);
        assertThat(check())
                .allSatisfy(c -> assertThat(c.intact()).as(c.describe()).isTrue());

        pruneByHand(HashChain.CHANGE_LOG, 3, 5);
        pruneByHand(HashChain.ACCESS_LOG, 3, 4);

        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.brokenAt()).isEqualTo(5);
            assertThat(c.describe())
                    .contains(
                            "entries 1 to 5 were deleted",
                            "the last checkpoint the change history records is after entry 2",
                            "moved outside the application");
        });
        assertThat(accessLog()).satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.brokenAt()).isEqualTo(4);
            assertThat(c.describe()).contains("the last checkpoint the change history records is after entry 2");
        });
        // The next retention run does not prune past a checkpoint that disagrees with its record, nor record it.
        assertThat(prune(HashChain.CHANGE_LOG, 7)).isZero();
        assertThat(prune(HashChain.ACCESS_LOG, 5)).isZero();
        assertThat(check()).noneSatisfy(c -> assertThat(c.intact()).isTrue());
    }

    @Test
    void aCheckpointSetByHandWhereTheScheduleNeverPrunedIsFound() throws SQLException {
        history(4, "Renamed");
        views(3);
        pruneByHand(HashChain.CHANGE_LOG, 1, 2);
        pruneByHand(HashChain.ACCESS_LOG, 1, 1);

        assertThat(check()).allSatisfy(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.describe()).contains("the change history records no such deletion");
        });
    }

    @Test
    void afterItsOldestEntriesArePrunedTheChainChecksFromTheCheckpointAndStillFindsAnEdit() throws SQLException {
        history(6, "Renamed");
        views(5);

        assertThat(prune(HashChain.CHANGE_LOG, 4)).isEqualTo(4);
        assertThat(prune(HashChain.ACCESS_LOG, 2)).isEqualTo(2);

        assertThat(check())
                .allSatisfy(c -> assertThat(c.intact()).as(c.describe()).isTrue());
        assertThat(changeHistory().prunedThrough()).isEqualTo(4);
        assertThat(changeHistory().describe()).contains("entries 1 to 4 were deleted under the retention schedule");
        assertThat(accessLog().prunedThrough()).isEqualTo(2);
        history(1, "After pruning");
        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).as(c.describe()).isTrue();
            // six, the two checkpoints' records, and one more
            assertThat(c.entries()).isEqualTo(9);
        });

        sql("UPDATE change_log SET summary = 'Renamed nothing' WHERE chain_position = 5");
        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.brokenAt()).isEqualTo(5);
        });
        sql("DELETE FROM access_log WHERE chain_position = 3");
        assertThat(accessLog()).satisfies(c -> assertThat(c.describe()).contains("Broken at entry 3", "missing"));
    }

    @Test
    void aCheckpointMovedByHandIsFoundTheEntryAfterItNoLongerFollows() throws SQLException {
        history(5, "Renamed");
        prune(HashChain.CHANGE_LOG, 2);
        // Someone deletes one more entry and moves the checkpoint past it without its hash.
        sql("DELETE FROM change_log_field WHERE entry_id = (SELECT id FROM change_log WHERE chain_position = 3)");
        sql("DELETE FROM change_log WHERE chain_position = 3");
        sql("UPDATE log_chain_head SET pruned_through = 3 WHERE chain_name = 'change_log'");

        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).isFalse();
            assertThat(c.brokenAt()).isEqualTo(4);
        });
    }

    @Test
    void entriesOlderThanTheChainAreSealedByItsGenesis() throws SQLException {
        for (long id = 900_001; id <= 900_002; id++) {
            sql(
                    "INSERT INTO change_log (id, record_type, record_id, action, changed_by, changed_at, summary)"
                            + " VALUES (?, 'Organisation', 7, 'UPDATED', 'before', ?, 'Written before the chain')",
                    id,
                    Timestamp.from(Instant.parse("2025-01-01T10:00:00Z").plusSeconds(id)));
        }
        history(2, "Chained");
        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).as(c.describe()).isTrue();
            assertThat(c.sealedBeforeChain()).isEqualTo(2);
        });

        sql("UPDATE change_log SET changed_by = 'someone else' WHERE id = 900002");
        assertThat(changeHistory())
                .satisfies(c -> assertThat(c.describe()).contains("Broken at entry (genesis)", "older than the chain"));
    }

    @Test
    void appendsFromTwoServersAtOnceMakeOneUnbrokenChain() throws Exception {
        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> done = new ArrayList<>();
            for (int server = 0; server < 2; server++) {
                boolean other = server == 1;
                Callable<Object> appends = () -> {
                    for (int batch = 0; batch < 5; batch++) {
                        java.util.function.Function<jakarta.persistence.EntityManager, Object> work = em -> {
                            ChangeLog log = new ChangeLog(em, FIONA);
                            for (int i = 0; i < 4; i++) {
                                log.created("Organisation", i, (other ? "B" : "A") + " entry", Map.of("name", "x"));
                            }
                            return null;
                        };
                        if (other) {
                            db.inTransactionOnAnotherServer(work);
                        } else {
                            db.inTransaction(work);
                        }
                    }
                    return null;
                };
                done.add(servers.submit(appends));
            }
            for (Future<Object> server : done) {
                server.get();
            }
        } finally {
            servers.shutdown();
        }
        assertThat(changeHistory()).satisfies(c -> {
            assertThat(c.intact()).as(c.describe()).isTrue();
            assertThat(c.entries()).isEqualTo(40);
        });
    }

    @Test
    void onlyTheOfficerChecks() {
        assertThatThrownBy(() -> db.inTransaction(em -> new LogIntegrity(em, FixedActor.admin()).check()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
