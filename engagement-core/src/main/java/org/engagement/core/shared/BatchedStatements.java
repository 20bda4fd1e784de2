package org.engagement.core.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Statements written together, row by row: their batches are sent every {@value #BATCH} rows, and what is left when
 * the caller flushes at the end. Sending them together keeps each batch's rows in step (a person before its driver).
 */
public final class BatchedStatements {

    private static final int BATCH = 1000;

    private final PreparedStatement[] statements;
    private int pending;

    public BatchedStatements(PreparedStatement... statements) {
        this.statements = statements.clone();
    }

    public void rowAdded() throws SQLException {
        if (++pending == BATCH) {
            flush();
        }
    }

    public void flush() throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        pending = 0;
    }
}
