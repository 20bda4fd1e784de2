package org.engagement.core.migration;

/** The schema could not be migrated; the application must not start serving on a half-migrated database. */
public class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
