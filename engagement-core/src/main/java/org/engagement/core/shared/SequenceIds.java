package org.engagement.core.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

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

    public SequenceIds(Connection connection, String sequence) {
        this.sequence = sequence;
        this.connection = connection;
    }

    /** Takes further blocks on {@code c} (a new transaction's connection); the rest of the current block comes first. */
    public SequenceIds using(Connection c) {
        connection = c;
        return this;
    }

    public long next() throws SQLException {
        if (next > last) {
            boolean derby = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("derby");
            try (PreparedStatement nextValue = connection.prepareStatement(
                            derby ? "VALUES NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')");
                    ResultSet rs = nextValue.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
                next = last - ALLOCATION + 1;
            }
        }
        return next++;
    }
}
