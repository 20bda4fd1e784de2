package org.engagement.web.platform;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /**
     * pgjdbc's option to send a batch of inserts as multi-row inserts, which the bulk writes (the register and training
     * imports, the access and check logs) are: one statement per batch rather than one round trip per row. On unless
     * the URL sets it. It changes only what executeBatch reports for inserts, which nothing here reads.
     */
    private static final String REWRITE_BATCHED_INSERTS = "reWriteBatchedInserts";

    /** Derby's SQL state for "database shut down", which is how a successful shutdown is reported. */
    private static final String DERBY_SHUT_DOWN = "08006";
    /** Derby databases already booted and shut down once in this JVM (see {@link #recoverAndShutDown}). */
    private static final Set<String> RECOVERED = ConcurrentHashMap.newKeySet();

    private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

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
            String database = config.getValue("engagement.data.dir", String.class) + "/engagement";
            // An encrypted database boots only with its boot password, the recovering boot as much as the pool's.
            String attributes = config.getOptionalValue("engagement.db.boot.password", String.class)
                    .filter(password -> !password.isBlank())
                    .map(DerbyEncryption::attributes)
                    .orElse(null);
            recoverAndShutDown(database, attributes);
            EmbeddedDataSource derby = new EmbeddedDataSource();
            derby.setDatabaseName(database);
            derby.setCreateDatabase("create");
            derby.setConnectionAttributes(attributes);
            return derby;
        }
        if (url.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL)) {
            PGSimpleDataSource postgresql = new PGSimpleDataSource();
            postgresql.setURL(url);
            config.getOptionalValue("engagement.db.user", String.class).ifPresent(postgresql::setUser);
            config.getOptionalValue("engagement.db.password", String.class).ifPresent(postgresql::setPassword);
            if (!url.contains(REWRITE_BATCHED_INSERTS)) {
                postgresql.setReWriteBatchedInserts(true);
            }
            return postgresql;
        }
        throw new SQLException(
                "ENGAGEMENT_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database), or"
                        + " left unset for the embedded Derby database in ENGAGEMENT_DATA_DIR; it is \"" + url + "\".");
    }

    /**
     * Boots an existing Derby database once and shuts it down cleanly before the pool opens it. After an unclean stop
     * (the process killed, the power lost) Derby recovers from its log as it boots; on 10.16 the first large write
     * after such a recovery sometimes failed with {@code ERROR XBCA0: Cannot create new object with key Page(..) in
     * PageCache cache. The object already exists in the cache} (the register import after a kill in the middle of
     * one, about one try in two), and a second boot cleared it. A clean shutdown checkpoints the database and drops its
     * caches, so the boot the pool then makes is always a clean one. Derby is retired, so this is worked round here
     * rather than fixed upstream; CrashRecoveryIT kills the server during an import and imports again. Once per
     * database in a JVM: the container may create more than one instance of this class, and a shutdown must never
     * close connections in use.
     */
    private static void recoverAndShutDown(String database, String attributes) throws SQLException {
        if (!Files.exists(Path.of(database, "service.properties")) || !RECOVERED.add(database)) {
            return;
        }
        EmbeddedDataSource boot = new EmbeddedDataSource();
        boot.setDatabaseName(database);
        boot.setConnectionAttributes(attributes);
        // Booting runs the recovery; the connection itself is not needed.
        boot.getConnection().close();
        LOG.fine(() -> "Booted " + database + " once to recover it; shutting it down cleanly before the pool opens it");
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(database);
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
            throw new SQLException("Derby did not shut down " + database + " after recovering it.");
        } catch (SQLException shutDown) {
            if (!DERBY_SHUT_DOWN.equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
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
