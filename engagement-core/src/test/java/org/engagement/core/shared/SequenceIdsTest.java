package org.engagement.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.engagement.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ids from a real sequence of the core's schema (Derby, and PostgreSQL in the build's second run): blocks of 50 as
 * EclipseLink takes them, whether taken one at a time or reserved ahead for a bulk write.
 */
class SequenceIdsTest {

    private static final String SEQUENCE = "person_seq";

    private final TestDatabase db = new TestDatabase();

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void reservingAheadTakesEveryBlockTheIdsNeedAtOnceAndNoMore() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            long before = nextValue(c);
            SequenceIds ids = new SequenceIds(c, SEQUENCE).reserve(120);
            long reserved = nextValue(c);
            List<Long> handedOut = take(ids, 120);
            long after = nextValue(c);

            // 120 ids are three blocks, all taken by reserve: the sequence moved three steps before any id was used,
            // and none while they were handed out.
            assertThat(reserved - before).isEqualTo(4 * 50);
            assertThat(after - reserved).isEqualTo(50);
            assertThat(handedOut).doesNotHaveDuplicates().isSorted();
            assertThat(handedOut).allSatisfy(id -> assertThat(id).isBetween(before + 1, reserved - 50));
        }
    }

    @Test
    void idsReservedByOneWriterAreNeverHandedOutByAnother() throws SQLException {
        try (Connection c = db.dataSource().getConnection();
                Connection other = db.dataSource().getConnection()) {
            SequenceIds bulk = new SequenceIds(c, SEQUENCE).reserve(75);
            SequenceIds oneByOne = new SequenceIds(other, SEQUENCE);
            List<Long> all = new ArrayList<>(take(bulk, 30));
            all.addAll(take(oneByOne, 60));
            all.addAll(take(bulk, 45));
            all.addAll(take(oneByOne, 10));

            assertThat(all).hasSize(145).doesNotHaveDuplicates();
        }
    }

    @Test
    void moreIdsThanReservedGoOnTakingBlocks() throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            SequenceIds ids = new SequenceIds(c, SEQUENCE).reserve(10);

            assertThat(take(ids, 260)).doesNotHaveDuplicates().isSorted();
        }
    }

    private static List<Long> take(SequenceIds ids, int count) throws SQLException {
        List<Long> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(ids.next());
        }
        return taken;
    }

    /** The sequence's next value, read by hand: the last id of the block it reserves. */
    private static long nextValue(Connection c) throws SQLException {
        boolean derby = Databases.isDerby(c);
        try (PreparedStatement next = c.prepareStatement(
                        derby ? "VALUES NEXT VALUE FOR " + SEQUENCE : "SELECT nextval('" + SEQUENCE + "')");
                ResultSet rs = next.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
