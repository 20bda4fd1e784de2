package org.engagement.core.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Hands out ids from a database sequence the way EclipseLink does with the product's allocation size of 50 (a value V
 * reserves V-49..V), so rows written in bulk with JDBC and rows written by JPA never collide. Every sequence of the
 * product starts at 50 and steps by 50 (plugins/README.md).
 */
public final class SequenceIds {

    private static final int ALLOCATION = 50;

    private final String sequence;
    private Connection connection;
    private long next;
    private long last = -1;

    /** Blocks taken but not yet begun, by the value that reserved each (its last id); the lowest first. */
    private final Deque<Long> taken = new ArrayDeque<>();

    public SequenceIds(Connection connection, String sequence) {
        this.sequence = sequence;
        this.connection = connection;
    }

    /** Takes further blocks on {@code c} (a new transaction's connection); the rest of the current block comes first. */
    public SequenceIds using(Connection c) {
        connection = c;
        return this;
    }

    /**
     * Takes now every block that {@code count} more ids need. On PostgreSQL that is one round trip instead of one per
     * 50 ids (a first register import of 100,000 drivers takes 4,000 blocks, for its people and its drivers); embedded
     * Derby has no round trips, and takes them one by one.
     */
    public SequenceIds reserve(int count) throws SQLException {
        long blocks = ((long) count - available() + ALLOCATION - 1) / ALLOCATION;
        if (blocks > 0) {
            taken.addAll(take((int) blocks));
        }
        return this;
    }

    public long next() throws SQLException {
        if (next > last) {
            if (taken.isEmpty()) {
                taken.addAll(take(1));
            }
            last = taken.poll();
            next = last - ALLOCATION + 1;
        }
        return next++;
    }

    private long available() {
        return Math.max(0, last - next + 1) + (long) taken.size() * ALLOCATION;
    }

    private List<Long> take(int blocks) throws SQLException {
        List<Long> values = new ArrayList<>(blocks);
        if (Databases.isDerby(connection)) {
            try (PreparedStatement nextValue = connection.prepareStatement("VALUES NEXT VALUE FOR " + sequence)) {
                for (int i = 0; i < blocks; i++) {
                    values.add(single(nextValue));
                }
            }
        } else {
            try (PreparedStatement nextValues =
                    connection.prepareStatement("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)")) {
                nextValues.setInt(1, blocks);
                try (ResultSet rs = nextValues.executeQuery()) {
                    while (rs.next()) {
                        values.add(rs.getLong(1));
                    }
                }
            }
        }
        // In the order taken: another writer may take blocks between them, so they need not be adjacent.
        Collections.sort(values);
        return values;
    }

    private static long single(PreparedStatement nextValue) throws SQLException {
        try (ResultSet rs = nextValue.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
