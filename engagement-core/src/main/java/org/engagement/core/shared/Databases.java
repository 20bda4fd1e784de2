package org.engagement.core.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Which of the two supported databases a connection is to, for the few statements that differ between them. */
public final class Databases {

    private Databases() {}

    /** Embedded Derby; otherwise PostgreSQL. */
    public static boolean isDerby(Connection connection) throws SQLException {
        return connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("derby");
    }
}
