package org.engagement.web.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.engagement.core.migration.DerbyEncryption;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The application's database as configuration chooses it, for the container's connection pool
 * (WEB-INF/glassfish-resources.xml): embedded Derby in {@code engagement.data.dir} unless {@code engagement.db.url}
 * (ENGAGEMENT_DB_URL) names a PostgreSQL database, with {@code engagement.db.user} and {@code engagement.db.password}.
 * A pool definition cannot switch its driver class on a setting, so this class does: it hands the pool the driver's
 * own data source, configured, and adds nothing else (the pool, the transactions and the statements are the
 * container's and the driver's). It reads the settings through MicroProfile Config when the pool opens its first
 * connection, once the application's own defaults (META-INF/microprofile-config.properties) are visible.
 */
public class ConfiguredDataSource implements DataSource {

    /** The value of {@code engagement.db.url} that means the embedded database (the default). */
    public static final String EMBEDDED = "embedded";

    private static final String POSTGRESQL = "jdbc:postgresql:";

    private DataSource chosen;

    private synchronized DataSource chosen() throws SQLException {
        if (chosen == null) {
            chosen = choose(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
        }
        return chosen;
    }

    private static DataSource choose(Config config) throws SQLException {
        String url = config.getOptionalValue("engagement.db.url", String.class)
                .orElse(EMBEDDED)
                .strip();
        if (EMBEDDED.equals(url)) {
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(config.getValue("engagement.data.dir", String.class) + "/engagement");
            derby.setCreateDatabase("create");
            config.getOptionalValue("engagement.db.boot.password", String.class)
                    .filter(password -> !password.isBlank())
                    .ifPresent(password -> derby.setConnectionAttributes(DerbyEncryption.attributes(password)));
            return derby;
        }
        if (url.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL)) {
            PGSimpleDataSource postgresql = new PGSimpleDataSource();
            postgresql.setURL(url);
            config.getOptionalValue("engagement.db.user", String.class).ifPresent(postgresql::setUser);
            config.getOptionalValue("engagement.db.password", String.class).ifPresent(postgresql::setPassword);
            return postgresql;
        }
        throw new SQLException(
                "ENGAGEMENT_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database), or"
                        + " left unset for the embedded Derby database in ENGAGEMENT_DATA_DIR; it is \"" + url + "\".");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return chosen().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return chosen().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return chosen().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        chosen().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        chosen().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return chosen().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("org.engagement.web.platform");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return chosen().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || chosen().isWrapperFor(type);
    }
}
