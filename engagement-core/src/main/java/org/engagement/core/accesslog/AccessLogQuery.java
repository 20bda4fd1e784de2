package org.engagement.core.accesslog;

import java.time.LocalDate;

/**
 * One page of the access log as the data protection officer asks for it, newest first: about one person (null for
 * anyone), by one user (null for anyone), on or after {@code from} and on or before {@code to} (UK days; either may be
 * null), and which rows.
 */
public record AccessLogQuery(Long personId, String username, LocalDate from, LocalDate to, int first, int max) {

    public AccessLogQuery {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Ask for at least one row, from row 0 on.");
        }
        username = username == null || username.isBlank() ? null : username.strip();
    }
}
