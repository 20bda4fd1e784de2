package org.engagement.core.testing.application;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Stands in for a module's application class that runs JDBC on the data source itself (ModuleContractTest). */
public class ConnectsDirectly {

    DataSource dataSource;

    int open() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getTransactionIsolation();
        }
    }
}
